//! `minzheng power import|export` and `minzheng disclosure import`: tables as bureaus publish
//! them. Progress and the summary go to stderr; the model to `--out` or stdout.

use crate::io::print_json;
use crate::tables_io::{csv_bytes, read_grid, xlsx_bytes, Encoding};
use crate::{Env, Failure};
use clap::ValueEnum;
use minzheng::disclosure::{DisclosureCatalogue, Taxonomy};
use minzheng::power::{self, PowerList};
use minzheng::tables::{
    detect_layout, export_disclosure_catalogue, export_power_list, import_disclosure_catalogue,
    import_power_list, import_process_table, import_service_guide, ImportReport, Layout,
};
use serde::Serialize;
use std::path::Path;

/// The layout of the table to import.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum LayoutArg {
    /// Decide from the header.
    Auto,
    /// A power or responsibility list (one item per row).
    Power,
    /// A service guide (element names and values side by side).
    Guide,
    /// A process table (程序 · 责任单位及责任人 · 工作内容 · 办结时限).
    Process,
}

/// Export formats.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// CSV (UTF-8 with BOM, or GB18030 with --encoding gb18030).
    Csv,
    /// Excel workbook.
    Xlsx,
    /// Each item's public sheet (八公开), one HTML file per item in the --out directory.
    Html,
}

fn write_out(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    std::fs::write(path, bytes).map_err(|e| {
        let p = path.display();
        Failure::new(
            "io",
            format!("无法写入文件 {p} / cannot write file {p}: {e}"),
        )
    })
}

fn json_text<T: Serialize>(v: &T) -> Result<String, Failure> {
    serde_json::to_string_pretty(v).map_err(|e| {
        Failure::new(
            "internal",
            format!("JSON 输出失败 / JSON output failed: {e}"),
        )
    })
}

/// Prints the report's details and summary on stderr.
fn print_report(report: &ImportReport) {
    for t in &report.title_lines {
        eprintln!("标题 / title: {t}");
    }
    for c in &report.unknown_columns {
        eprintln!("未知列 / unknown column: “{c}”（已保存在 attributes / kept in attributes）");
    }
    for i in &report.not_understood {
        let at = if i.row == 0 {
            String::new()
        } else {
            format!("第{}行 / row {}, ", i.row, i.row)
        };
        eprintln!(
            "未能识别 / not understood: {at}“{}”: “{}” — {} / {}",
            i.column, i.text, i.reason, i.reason_en
        );
    }
    for g in &report.gaps {
        let zh: Vec<&str> = g.missing.iter().map(|m| m.zh()).collect();
        let en: Vec<&str> = g.missing.iter().map(|m| m.en()).collect();
        eprintln!(
            "缺少 / lacks: [{}] {}: {} / {}",
            g.code,
            g.name,
            zh.join("、"),
            en.join(", ")
        );
    }
    if !report.findings.findings.is_empty() {
        eprintln!(
            "检查 / checks: {} 个错误，{} 个警告 / {} errors, {} warnings (详见 / see `minzheng power check`)",
            report.findings.errors(),
            report.findings.warnings(),
            report.findings.errors(),
            report.findings.warnings()
        );
    }
    for f in &report.disclosure_findings {
        eprintln!("{} {}: {}", f.check, f.path, f.message_zh);
    }
    eprintln!("{}", report.summary());
}

/// The output of an import in `--json` mode.
#[derive(Serialize)]
struct Imported<'a, T: Serialize> {
    model: &'a T,
    report: &'a ImportReport,
}

fn emit<T: Serialize>(
    env: &Env,
    model: &T,
    report: &ImportReport,
    out: Option<&Path>,
) -> Result<(), Failure> {
    print_report(report);
    if let Some(path) = out {
        write_out(path, json_text(model)?.as_bytes())?;
        eprintln!("已写入 / written: {}", path.display());
        if env.global.json {
            print_json(report)?;
        }
        return Ok(());
    }
    if env.global.json {
        return print_json(&Imported { model, report });
    }
    println!("{}", json_text(model)?);
    Ok(())
}

/// `minzheng power import`.
pub fn power_import(
    env: &Env,
    file: &Path,
    layout: LayoutArg,
    encoding: Encoding,
    authority: Option<&str>,
    into: Option<(&Path, &str)>,
    out: Option<&Path>,
) -> Result<(), Failure> {
    eprintln!("读取 / reading {} …", file.display());
    let (grid, how) = read_grid(file, encoding)?;
    eprintln!(
        "已读取 {} 行（{how}） / read {} rows ({how})",
        grid.len(),
        grid.len()
    );
    let layout = match layout {
        LayoutArg::Auto => detect_layout(&grid)?,
        LayoutArg::Power => Layout::PowerList,
        LayoutArg::Guide => Layout::ServiceGuide,
        LayoutArg::Process => Layout::ProcessTable,
    };
    eprintln!("版式 / layout: {layout:?}");
    let authority = authority.unwrap_or("");
    let (list, report) = match layout {
        Layout::ServiceGuide => import_service_guide(&grid, authority)?,
        Layout::ProcessTable => {
            let stem = file
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let (item, mut report) = import_process_table(&grid, &stem)?;
            match into {
                // Attach the process to an item of an existing list, and check the whole list.
                Some((path, code)) => {
                    let mut list = crate::power_cmd::load(path)?;
                    // An unknown code is the library's error, with suggestions.
                    list.item(code)?;
                    // The item, or the main item of the sub-item, that `item()` found.
                    let owns = |i: &minzheng::power::PowerItem| {
                        i.code == code || i.sub_items.iter().any(|s| s.code == code)
                    };
                    if let Some(slot) = list.items.iter_mut().find(|i| owns(i)) {
                        slot.process = item.process;
                    }
                    report.findings = power::check(&list);
                    (list, report)
                }
                None => {
                    let list = PowerList {
                        authority: authority.to_owned(),
                        as_of: None,
                        items: vec![item],
                    };
                    (list, report)
                }
            }
        }
        Layout::DisclosureCatalogue => {
            return Err(Failure::new(
                "wrong_layout",
                "这是政务公开标准目录，请用 `minzheng disclosure import` / this is a disclosure catalogue: use `minzheng disclosure import`",
            ))
        }
        Layout::PowerList | Layout::Auto => import_power_list(&grid, authority)?,
    };
    emit(env, &list, &report, out)
}

/// Writes a grid as CSV or xlsx to `out` (CSV may go to stdout).
fn write_grid(
    grid: &minzheng::tables::Grid,
    format: ExportFormat,
    encoding: Encoding,
    sheet: &str,
    out: Option<&Path>,
) -> Result<(), Failure> {
    let bytes = match format {
        ExportFormat::Csv => csv_bytes(grid, encoding),
        ExportFormat::Xlsx => xlsx_bytes(grid, sheet),
        ExportFormat::Html => {
            return Err(Failure::new(
                "bad_format",
                "此表格只能导出为 csv 或 xlsx / this table exports as csv or xlsx only",
            ))
        }
    };
    match out {
        Some(path) => {
            write_out(path, &bytes)?;
            eprintln!("已写入 / written: {}", path.display());
            Ok(())
        }
        None if format == ExportFormat::Xlsx => Err(Failure::new(
            "missing_out",
            "xlsx 导出需要 --out 文件 / xlsx export needs an --out file",
        )),
        None => {
            use std::io::Write;
            std::io::stdout()
                .write_all(&bytes)
                .map_err(|e| Failure::new("io", format!("输出失败 / cannot write output: {e}")))
        }
    }
}

/// `minzheng disclosure export`.
pub fn disclosure_export(
    catalogue: &DisclosureCatalogue,
    format: ExportFormat,
    encoding: Encoding,
    out: Option<&Path>,
) -> Result<(), Failure> {
    let grid = export_disclosure_catalogue(catalogue);
    eprintln!(
        "导出 {} 条 / exported {} entries",
        catalogue.entries.len(),
        catalogue.entries.len()
    );
    write_grid(&grid, format, encoding, "政务公开目录", out)
}

/// `minzheng power export`.
pub fn power_export(
    list: &PowerList,
    format: ExportFormat,
    encoding: Encoding,
    out: Option<&Path>,
) -> Result<(), Failure> {
    if format == ExportFormat::Html {
        let Some(dir) = out else {
            return Err(Failure::new(
                "missing_out",
                "HTML 导出需要 --out 目录 / HTML export needs an --out directory",
            ));
        };
        std::fs::create_dir_all(dir).map_err(|e| {
            let p = dir.display();
            Failure::new(
                "io",
                format!("无法创建目录 {p} / cannot create directory {p}: {e}"),
            )
        })?;
        for item in &list.items {
            let safe: String = item
                .code
                .chars()
                .map(|c| {
                    if c.is_alphanumeric() || c == '-' || c == '_' {
                        c
                    } else {
                        '_'
                    }
                })
                .collect();
            write_out(
                &dir.join(format!("{safe}.html")),
                power::publish_html(item).as_bytes(),
            )?;
        }
        eprintln!(
            "已写入 {} 个公开页面到 {} / wrote {} public sheets to {}",
            list.items.len(),
            dir.display(),
            list.items.len(),
            dir.display()
        );
        return Ok(());
    }
    let grid = export_power_list(list);
    eprintln!(
        "导出 {} 项，{} 行 / exported {} items, {} rows",
        list.items.len(),
        grid.len().saturating_sub(1),
        list.items.len(),
        grid.len().saturating_sub(1)
    );
    write_grid(&grid, format, encoding, "权责清单", out)
}

/// `minzheng disclosure import`.
pub fn disclosure_import(
    env: &Env,
    file: &Path,
    encoding: Encoding,
    office: Option<&str>,
    out: Option<&Path>,
) -> Result<(), Failure> {
    eprintln!("读取 / reading {} …", file.display());
    let (grid, how) = read_grid(file, encoding)?;
    eprintln!(
        "已读取 {} 行（{how}） / read {} rows ({how})",
        grid.len(),
        grid.len()
    );
    let (catalogue, report) = import_disclosure_catalogue(
        &grid,
        office.unwrap_or(""),
        &env.cal,
        &env.catalogue,
        &Taxonomy::seed001(),
    )?;
    emit(env, &catalogue, &report, out)
}
