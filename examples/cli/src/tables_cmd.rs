//! `minzheng power import|export` and `minzheng disclosure import`: tables as bureaus publish
//! them. Progress and the summary go to stderr; the model to `--out` or stdout.

use crate::io::print_json;
use crate::tables_io::{csv_bytes, read_sheets, table_html, xlsx_bytes, Encoding, Sheet};
use crate::{Env, Failure};
use clap::ValueEnum;
use minzheng::disclosure::{DisclosureCatalogue, Taxonomy};
use minzheng::power::{self, PowerList};
use minzheng::tables::{
    detect_layout, export_disclosure_table, export_power_table, fill_merged_cells,
    import_disclosure_catalogue, import_disclosure_catalogue_merged, import_power_list,
    import_power_list_merged, import_process_table, import_service_guide, import_sheets,
    sheet_is_skipped, ImportReport, Layout, NamedLayout, Table, TableShape,
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
    /// With --layout: the table as an HTML page (merged cells as rowspan/colspan). Without:
    /// each item's public sheet (八公开), one HTML file per item in the --out directory.
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
        eprintln!("{} {}: {}", f.rule, f.path(), f.zh);
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

/// Imports one sheet as a power list, in the layout given or detected.
fn import_sheet(
    sheet: &Sheet,
    layout: LayoutArg,
    authority: &str,
) -> Result<(PowerList, ImportReport), Failure> {
    let layout = match layout {
        LayoutArg::Auto => detect_layout(&sheet.grid)?,
        LayoutArg::Power => Layout::PowerList,
        LayoutArg::Guide => Layout::ServiceGuide,
        LayoutArg::Process => Layout::ProcessTable,
    };
    eprintln!("版式 / layout: {layout:?}");
    Ok(match layout {
        Layout::ServiceGuide => import_service_guide(&sheet.grid, authority)?,
        Layout::ProcessTable => {
            let grid = fill_merged_cells(&sheet.grid, &sheet.merges);
            let (item, report) = import_process_table(&grid, &sheet.name)?;
            let list = PowerList {
                authority: authority.to_owned(),
                as_of: None,
                items: vec![item],
            };
            (list, report)
        }
        Layout::DisclosureCatalogue => {
            return Err(Failure::new(
                "wrong_layout",
                "这是政务公开标准目录，请用 `minzheng disclosure import` / this is a disclosure catalogue: use `minzheng disclosure import`",
            ))
        }
        // Merges read from the file replace the ones the importer would infer from blanks.
        Layout::PowerList | Layout::Auto if !sheet.merges.is_empty() => {
            import_power_list_merged(&sheet.grid, &sheet.merges, authority)?
        }
        Layout::PowerList | Layout::Auto => import_power_list(&sheet.grid, authority)?,
        other => {
            return Err(Failure::new(
                "wrong_layout",
                format!("版式 {other:?} 不能导入为权责清单 / layout {other:?} cannot be imported as a power list"),
            ))
        }
    })
}

/// Whether a sheet that failed so is left out (the library's rule, `sheet_is_skipped`).
fn skippable(e: &Failure, sheets: usize) -> bool {
    sheet_is_skipped(&e.code, sheets)
}

/// Reads every sheet of a table file (or the one `--sheet` names) and hands each to `take`,
/// which imports it and keeps what it read. A sheet without a table of the kind wanted is
/// skipped when the workbook has others. Returns the combined report and whether several
/// sheets were imported (the caller then re-runs the checks on the combined model).
fn each_sheet(
    file: &Path,
    encoding: Encoding,
    pick: Option<&str>,
    none: (&str, &str),
    mut take: impl FnMut(&Sheet) -> Result<ImportReport, Failure>,
) -> Result<(ImportReport, bool), Failure> {
    eprintln!("读取 / reading {} …", file.display());
    let sheets = read_sheets(file, encoding, pick)?;
    let done = import_sheets(
        &sheets,
        |s| s.name.as_str(),
        |e: &Failure| e.code.as_str(),
        |sheet| {
            eprintln!(
                "已读取 {} 行（{}） / read {} rows ({})",
                sheet.grid.len(),
                sheet.how,
                sheet.grid.len(),
                sheet.how
            );
            take(sheet)
        },
    )?;
    for s in &done.skipped {
        eprintln!(
            "跳过工作表 / skipped sheet “{}”: {}",
            s.sheet, s.reason.message
        );
    }
    if done.imported == 0 {
        return Err(Failure::new(
            "no_header",
            format!(
                "{} 的工作表中没有{} / no sheet of {} holds {}",
                file.display(),
                none.0,
                file.display(),
                none.1
            ),
        ));
    }
    Ok((done.report, done.imported > 1))
}

/// Reads a table file (every sheet, or `--sheet`) as one power list: the items of every
/// sheet holding a list, in sheet order, and the combined report.
fn import_file(
    file: &Path,
    layout: LayoutArg,
    encoding: Encoding,
    pick: Option<&str>,
    authority: &str,
) -> Result<(PowerList, ImportReport), Failure> {
    let mut list = PowerList {
        authority: authority.to_owned(),
        as_of: None,
        items: Vec::new(),
    };
    let (mut report, several) = each_sheet(
        file,
        encoding,
        pick,
        ("可导入的表格", "a table"),
        |sheet| {
            let (part, report) = import_sheet(sheet, layout, authority)?;
            if list.authority.is_empty() {
                list.authority = part.authority;
            }
            list.items.extend(part.items);
            Ok(report)
        },
    )?;
    if several {
        report.findings = power::check(&list);
    }
    Ok((list, report))
}

/// `minzheng power import`.
#[allow(clippy::too_many_arguments)]
pub fn power_import(
    env: &Env,
    file: &Path,
    layout: LayoutArg,
    encoding: Encoding,
    sheet: Option<&str>,
    authority: Option<&str>,
    into: Option<(&Path, &str)>,
    out: Option<&Path>,
) -> Result<(), Failure> {
    let (list, mut report) = import_file(file, layout, encoding, sheet, authority.unwrap_or(""))?;
    let Some((path, code)) = into else {
        return emit(env, &list, &report, out);
    };
    // Attach the process to an item of an existing list, and check the whole list.
    let [item] = list.items.as_slice() else {
        return Err(Failure::new(
            "not_one_item",
            "--into 需要一个流程表（可用 --sheet 选择工作表） / --into takes one process table (choose a sheet with --sheet)",
        ));
    };
    if report.layout != Layout::ProcessTable {
        return Err(Failure::new(
            "wrong_layout",
            "--into 只用于流程表 / --into is for a process table",
        ));
    }
    let mut target = crate::power_cmd::load(path)?;
    // An unknown code is the library's error, with suggestions.
    target.item(code)?;
    // The item, or the main item of the sub-item, that `item()` found.
    let owns = |i: &minzheng::power::PowerItem| {
        i.code == code || i.sub_items.iter().any(|s| s.code == code)
    };
    if let Some(slot) = target.items.iter_mut().find(|i| owns(i)) {
        slot.process = item.process.clone();
    }
    report.findings = power::check(&target);
    emit(env, &target, &report, out)
}

/// How an export writes its table.
pub struct ExportArgs<'a> {
    /// csv, xlsx or html.
    pub format: ExportFormat,
    /// The CSV encoding (and of CSV tables read).
    pub encoding: Encoding,
    /// A layout name, `same`, or none (canonical; public pages for html).
    pub layout: Option<&'a str>,
    /// The table whose layout `same` reproduces.
    pub like: Option<&'a Path>,
    /// The item to write (service guide, process table).
    pub item: Option<&'a str>,
    /// The sheet of table files read.
    pub sheet: Option<&'a str>,
    /// The output file (directory for public pages).
    pub out: Option<&'a Path>,
}

/// Whether a path names a table (CSV or spreadsheet) rather than a model file.
fn is_table(path: &Path) -> bool {
    crate::tables_io::is_spreadsheet(path)
        || path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
}

/// The shape of the first table in a file, as the import read it (a catalogue's with `env`).
fn shape_of(env: Option<&Env>, path: &Path, args: &ExportArgs) -> Result<TableShape, Failure> {
    eprintln!("版式取自 / layout taken from {}", path.display());
    let sheets = read_sheets(path, args.encoding, args.sheet)?;
    let mut last = None;
    for sheet in &sheets {
        let shape = if let Some(env) = env {
            import_catalogue_sheet(env, sheet, "")
                .map(|(_, r)| r.shape)
                .map_err(Failure::from)
        } else {
            import_sheet(sheet, LayoutArg::Auto, "").map(|(_, r)| r.shape)
        };
        match shape {
            Ok(s) => return Ok(s),
            Err(e) if skippable(&e, sheets.len()) => last = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last.unwrap_or_else(|| Failure::new("no_header", "没有表格 / no table")))
}

/// The shape to export with: a named layout, the layout of `--like` (or of FILE when it is a
/// table) for `same`, or the default. `env` for a disclosure catalogue.
fn export_shape(
    env: Option<&Env>,
    file: &Path,
    args: &ExportArgs,
    default: NamedLayout,
) -> Result<TableShape, Failure> {
    match args.layout {
        None => Ok(default.shape()),
        Some("same") => {
            let source = match (args.like, is_table(file)) {
                (Some(like), _) => like,
                (None, true) => file,
                (None, false) => {
                    return Err(Failure::new(
                        "missing_like",
                        "--layout same 需要 --like 表格（或导出的文件本身是表格） / --layout same needs --like TABLE (or a table as FILE)",
                    ))
                }
            };
            shape_of(env, source, args)
        }
        Some(name) => Ok(NamedLayout::from_name(name)?.shape()),
    }
}

/// Rows before the data: title lines and header rows (`<th>` in HTML).
fn head_rows(shape: &TableShape) -> usize {
    match shape.layout {
        Layout::ServiceGuide => shape.title_lines.len(),
        Layout::ProcessTable => 2,
        _ => shape.title_lines.len() + if shape.two_row_header() { 2 } else { 1 },
    }
}

/// Writes a table as CSV, xlsx (with its merged cells) or an HTML page to `out` (CSV and
/// HTML may go to stdout).
fn write_table(
    table: &Table,
    shape: &TableShape,
    args: &ExportArgs,
    sheet: &str,
) -> Result<(), Failure> {
    let bytes = match args.format {
        ExportFormat::Csv => csv_bytes(&table.rows, args.encoding),
        ExportFormat::Xlsx => xlsx_bytes(&[(sheet, table)])?,
        ExportFormat::Html => table_html(table, sheet, head_rows(shape)).into_bytes(),
    };
    match args.out {
        Some(path) => {
            write_out(path, &bytes)?;
            eprintln!("已写入 / written: {}", path.display());
            Ok(())
        }
        None if args.format == ExportFormat::Xlsx => Err(Failure::new(
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

/// Reads a catalogue: JSON, or a table file (every sheet, or `--sheet`).
fn load_catalogue(
    env: &Env,
    file: &Path,
    args: &ExportArgs,
) -> Result<DisclosureCatalogue, Failure> {
    if !is_table(file) {
        return serde_json::from_str(&crate::io::read_file(file)?).map_err(|e| {
            Failure::new(
                "invalid_catalogue",
                format!("{}: 目录格式有误 / invalid catalogue: {e}", file.display()),
            )
        });
    }
    Ok(import_catalogue_file(env, file, args.encoding, args.sheet, "")?.0)
}

/// `minzheng disclosure export`.
pub fn disclosure_export(env: &Env, file: &Path, args: &ExportArgs) -> Result<(), Failure> {
    let catalogue = load_catalogue(env, file, args)?;
    let shape = export_shape(Some(env), file, args, NamedLayout::DisclosureCanonical)?;
    let table = export_disclosure_table(&catalogue, &shape)?;
    eprintln!(
        "导出 {} 条 / exported {} entries",
        catalogue.entries.len(),
        catalogue.entries.len()
    );
    write_table(&table, &shape, args, "政务公开目录")
}

/// `minzheng power export`.
pub fn power_export(file: &Path, args: &ExportArgs) -> Result<(), Failure> {
    let mut list = if is_table(file) {
        import_file(file, LayoutArg::Auto, args.encoding, args.sheet, "")?.0
    } else {
        crate::power_cmd::load(file)?
    };
    if let Some(code) = args.item {
        let item = list.item(code)?.clone();
        list.items = vec![item];
    }
    if args.format == ExportFormat::Html && args.layout.is_none() {
        return public_pages(&list, args.out);
    }
    let shape = export_shape(None, file, args, NamedLayout::Canonical)?;
    let table = export_power_table(&list, &shape)?;
    eprintln!(
        "导出 {} 项，{} 行 / exported {} items, {} rows",
        list.items.len(),
        table.rows.len(),
        list.items.len(),
        table.rows.len()
    );
    let sheet = match shape.layout {
        Layout::ServiceGuide => "办事指南",
        Layout::ProcessTable => "权力运行流程",
        _ => "权责清单",
    };
    write_table(&table, &shape, args, sheet)
}

/// Each item's public sheet (八公开), one HTML file per item in the directory.
fn public_pages(list: &PowerList, out: Option<&Path>) -> Result<(), Failure> {
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
    Ok(())
}

/// Imports one sheet as a disclosure catalogue, with the merges the file declares if any.
fn import_catalogue_sheet(
    env: &Env,
    sheet: &Sheet,
    office: &str,
) -> Result<(DisclosureCatalogue, ImportReport), minzheng::tables::TableError> {
    let taxonomy = Taxonomy::seed001();
    if sheet.merges.is_empty() {
        import_disclosure_catalogue(&sheet.grid, office, &env.cal, &env.catalogue, &taxonomy)
    } else {
        import_disclosure_catalogue_merged(
            &sheet.grid,
            &sheet.merges,
            office,
            &env.cal,
            &env.catalogue,
            &taxonomy,
        )
    }
}

/// Reads a catalogue table file (every sheet, or `--sheet`): the entries of every sheet
/// holding a catalogue, in sheet order, with the combined report.
fn import_catalogue_file(
    env: &Env,
    file: &Path,
    encoding: Encoding,
    pick: Option<&str>,
    office: &str,
) -> Result<(DisclosureCatalogue, ImportReport), Failure> {
    let mut catalogue = DisclosureCatalogue {
        office: office.to_owned(),
        entries: Vec::new(),
    };
    let (mut report, several) = each_sheet(
        file,
        encoding,
        pick,
        ("政务公开目录", "a catalogue"),
        |sheet| {
            let (part, report) =
                import_catalogue_sheet(env, sheet, office).map_err(Failure::from)?;
            catalogue.entries.extend(part.entries);
            Ok(report)
        },
    )?;
    if several {
        report.disclosure_findings =
            catalogue.check(&env.cal, &env.catalogue, &Taxonomy::seed001());
    }
    Ok((catalogue, report))
}

/// `minzheng disclosure import`.
pub fn disclosure_import(
    env: &Env,
    file: &Path,
    encoding: Encoding,
    sheet: Option<&str>,
    office: Option<&str>,
    out: Option<&Path>,
) -> Result<(), Failure> {
    let (catalogue, report) =
        import_catalogue_file(env, file, encoding, sheet, office.unwrap_or(""))?;
    emit(env, &catalogue, &report, out)
}
