//! `minzheng request ...`, `minzheng report annual ...`, `minzheng disclosure ...`.

use crate::io::{parse_date, print_json, read_file};
use crate::{Env, Failure};
use chrono::NaiveDate;
use clap::{Subcommand, ValueEnum};
use minzheng::disclosure::{
    group_by_case, parse_log, synth, AnnualReport, CaseReport, CaseSummary, DisclosureCatalogue,
    DisclosureError, Replayer, ReportInput, ReviewRecord, Severity, Taxonomy,
};
use serde_json::json;
use std::path::PathBuf;

impl From<DisclosureError> for Failure {
    fn from(e: DisclosureError) -> Self {
        Failure::coded(e.code(), &e)
    }
}

#[derive(Subcommand, Debug)]
pub enum RequestCommand {
    /// Replay a JSON Lines log of request events: state, due date, status and explanation per case.
    Replay {
        /// The log (one event per line; several cases may share a file).
        file: PathBuf,
        /// The day to report the status for (default: the system date).
        #[arg(long, value_name = "DATE")]
        today: Option<String>,
        /// Only this case.
        #[arg(long, value_name = "ID")]
        case: Option<String>,
    },
    /// Write a synthetic year of request logs (JSON Lines) to stdout, for samples and tests.
    Generate {
        /// The year.
        #[arg(long)]
        year: i32,
        /// Number of cases.
        #[arg(long, default_value_t = 240)]
        count: usize,
        /// Random seed.
        #[arg(long, default_value_t = 2025)]
        seed: u64,
    },
}

#[derive(Subcommand, Debug)]
pub enum ReportCommand {
    /// The annual disclosure report from a year's request logs.
    Annual {
        /// Request logs (JSON Lines), all cases of the year and those carried over.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The year reported on.
        #[arg(long)]
        year: i32,
        /// Sections 一, 二, 四, 五, 六 (JSON: office, overview, proactive, review, problems,
        /// other_matters).
        #[arg(long, value_name = "FILE")]
        input: Option<PathBuf>,
        /// The reporting office (when no --input is given).
        #[arg(long, value_name = "NAME")]
        office: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Md)]
        format: Format,
    },
}

#[derive(Subcommand, Debug)]
pub enum DisclosureCommand {
    /// Check a disclosure catalogue (exit 1 if any error-level finding).
    Check {
        /// The catalogue (JSON).
        catalogue: PathBuf,
    },
    /// The review stage and timeliness of proactive items (JSON array of review records).
    Timeliness {
        /// The review records.
        file: PathBuf,
        /// The day to report for (default: the system date).
        #[arg(long, value_name = "DATE")]
        today: Option<String>,
    },
    /// Import a standard disclosure catalogue (基层政务公开标准目录) from CSV (UTF-8 or
    /// GB18030) or .xlsx; the catalogue goes to --out (or stdout), the report to stderr.
    Import {
        /// The table (.csv, .xlsx).
        file: PathBuf,
        /// The CSV encoding.
        #[arg(long, value_enum, default_value = "auto")]
        encoding: crate::tables_io::Encoding,
        /// The sheet of a workbook to read (name or 1-based number; default: every sheet
        /// holding a catalogue, their entries in one catalogue).
        #[arg(long, value_name = "NAME|N")]
        sheet: Option<String>,
        /// The publishing office.
        #[arg(long)]
        office: Option<String>,
        /// Write the catalogue (JSON) here instead of stdout.
        #[arg(long, value_name = "FILE.json")]
        out: Option<PathBuf>,
    },
    /// Export a catalogue as a table: the canonical layout (default), the standard catalogue
    /// as counties publish it (--layout catalogue: two-row header, ■/□ channels, merged
    /// cells), or a bureau's own (--layout same --like TABLE); as CSV, .xlsx or an HTML page.
    Export {
        /// The catalogue (JSON), or a catalogue table (.csv, .xlsx).
        catalogue: PathBuf,
        /// Output format.
        #[arg(long, value_enum)]
        format: crate::tables_cmd::ExportFormat,
        /// The layout: catalogue-canonical (default), catalogue, or `same`.
        #[arg(long, value_name = "NAME|same")]
        layout: Option<String>,
        /// The table whose layout `--layout same` reproduces.
        #[arg(long, value_name = "TABLE")]
        like: Option<PathBuf>,
        /// The sheet of workbooks read (name or 1-based number; default: every sheet).
        #[arg(long, value_name = "NAME|N")]
        sheet: Option<String>,
        /// CSV encoding (utf-8 with BOM, or gb18030).
        #[arg(long, value_enum, default_value = "utf-8")]
        encoding: crate::tables_io::Encoding,
        /// Output file; CSV and HTML go to stdout without it.
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

/// Report formats.
#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum Format {
    /// JSON.
    Json,
    /// Markdown.
    Md,
    /// CSV.
    Csv,
    /// Printable HTML.
    Html,
}

fn today_or_system(t: Option<&str>) -> Result<NaiveDate, Failure> {
    match t {
        Some(t) => parse_date(t),
        None => Ok(chrono::Local::now().date_naive()),
    }
}

fn print_case(r: &CaseReport) {
    println!("案件 / case {} — {}", r.id, r.state.label());
    println!("  收到申请日 / receipt: {}", r.receipt);
    if let Some(u) = r.correction_until {
        println!("  补正期限 / correction due by: {u}");
    }
    if let Some((d, k)) = &r.closure {
        let row = k.report_row();
        println!("  办结 / closed {d}: {} {}", row.group(), row.label());
    }
    if let Some(dl) = &r.deadline {
        if dl.original_due != dl.due {
            println!("  原答复期限 / original due: {}", dl.original_due);
        }
        println!("  答复期限 / reply due: {}", dl.due);
    }
    if let Some(s) = &r.status {
        println!("  状态 / status: {}", s.describe());
    }
    if let Some(dl) = &r.deadline {
        for l in dl.explanation.lines() {
            println!("    {l}");
        }
    }
    for n in &r.notes {
        println!("  ! {} {} / {}", n.code, n.zh, n.en);
    }
}

pub fn run_request(env: &Env, cmd: RequestCommand) -> Result<(), Failure> {
    match cmd {
        RequestCommand::Replay { file, today, case } => {
            let today = today_or_system(today.as_deref())?;
            let events = parse_log(&read_file(&file)?)?;
            let mut replayer = Replayer::new(&env.cal, &env.catalogue);
            if env.global.provisional {
                replayer = replayer.provisional();
            }
            let mut reports = Vec::new();
            let mut failures = Vec::new();
            for (id, evs) in group_by_case(events) {
                if case.as_deref().is_some_and(|c| c != id) {
                    continue;
                }
                match replayer
                    .replay(&evs)
                    .and_then(|c| replayer.report(&c, today))
                {
                    Ok(r) => reports.push(r),
                    Err(e) => failures.push((id, e)),
                }
            }
            if let Some(c) = &case {
                if reports.is_empty() && failures.is_empty() {
                    return Err(Failure::new(
                        "unknown_case",
                        format!("日志中没有案件 {c} / no case {c} in the log"),
                    ));
                }
            }
            if env.global.json {
                let errs: Vec<_> = failures
                    .iter()
                    .map(|(id, e)| json!({"case": id, "error": e.code(), "message": e.to_string()}))
                    .collect();
                print_json(&json!({"today": today, "cases": reports, "errors": errs}))?;
            } else {
                for r in &reports {
                    print_case(r);
                }
                for (id, e) in &failures {
                    println!("案件 / case {id}: 错误 / error: {e}");
                }
            }
            if let Some((_, e)) = failures.into_iter().next() {
                return Err(Failure::coded(e.code(), &e)
                    .within("部分案件无法重放 / some cases could not be replayed"));
            }
            Ok(())
        }
        RequestCommand::Generate { year, count, seed } => {
            let mut out = String::new();
            for e in synth::synthetic_year(&env.cal, seed, year, count) {
                let line = serde_json::to_string(&e).map_err(|e| {
                    Failure::new(
                        "internal",
                        format!("JSON 输出失败 / JSON output failed: {e}"),
                    )
                })?;
                out.push_str(&line);
                out.push('\n');
            }
            print!("{out}");
            Ok(())
        }
    }
}

/// Replays every case of the files into report summaries; the first failing case is an error.
pub fn summaries(env: &Env, files: &[PathBuf]) -> Result<Vec<CaseSummary>, Failure> {
    let mut events = Vec::new();
    for f in files {
        events.extend(
            parse_log(&read_file(f)?)
                .map_err(|e| Failure::coded(e.code(), &e).within(f.display()))?,
        );
    }
    let replayer = Replayer::new(&env.cal, &env.catalogue);
    group_by_case(events)
        .into_iter()
        .map(|(_, evs)| {
            replayer
                .replay(&evs)
                .map(|c| CaseSummary::from(&c))
                .map_err(Failure::from)
        })
        .collect()
}

pub fn run_report(env: &Env, cmd: ReportCommand) -> Result<(), Failure> {
    let ReportCommand::Annual {
        files,
        year,
        input,
        office,
        format,
    } = cmd;
    let mut input: ReportInput = match &input {
        Some(p) => serde_json::from_str(&read_file(p)?).map_err(|e| {
            Failure::new(
                "bad_report_input",
                format!(
                    "{}: 年度报告输入有误 / invalid report input: {e}",
                    p.display()
                ),
            )
        })?,
        None => ReportInput {
            office: String::new(),
            overview: String::new(),
            proactive: Default::default(),
            review: Default::default(),
            problems: String::new(),
            other_matters: String::new(),
        },
    };
    if let Some(o) = office {
        input.office = o;
    }
    let report = AnnualReport::build(year, input, summaries(env, &files)?)?;
    match format {
        Format::Json => print_json(&report)?,
        Format::Md => print!("{}", report.to_markdown()),
        Format::Csv => print!("{}", report.to_csv()),
        Format::Html => print!("{}", report.to_html()),
    }
    Ok(())
}

pub fn run_disclosure(env: &Env, cmd: DisclosureCommand) -> Result<(), Failure> {
    match cmd {
        DisclosureCommand::Import {
            file,
            encoding,
            sheet,
            office,
            out,
        } => crate::tables_cmd::disclosure_import(
            env,
            &file,
            encoding,
            sheet.as_deref(),
            office.as_deref(),
            out.as_deref(),
        ),
        DisclosureCommand::Export {
            catalogue,
            format,
            layout,
            like,
            sheet,
            encoding,
            out,
        } => crate::tables_cmd::disclosure_export(
            env,
            &catalogue,
            &crate::tables_cmd::ExportArgs {
                format,
                encoding,
                layout: layout.as_deref(),
                like: like.as_deref(),
                item: None,
                sheet: sheet.as_deref(),
                out: out.as_deref(),
            },
        ),
        DisclosureCommand::Check { catalogue } => {
            let cat: DisclosureCatalogue =
                serde_json::from_str(&read_file(&catalogue)?).map_err(|e| {
                    Failure::new(
                        "bad_catalogue",
                        format!(
                            "{}: 目录格式有误 / invalid catalogue: {e}",
                            catalogue.display()
                        ),
                    )
                })?;
            let findings = cat.check(&env.cal, &env.catalogue, &Taxonomy::seed001());
            let errors = findings
                .iter()
                .filter(|f| f.severity == Some(Severity::Error))
                .count();
            if env.global.json {
                print_json(
                    &json!({"office": cat.office, "entries": cat.entries.len(), "findings": findings}),
                )?;
            } else {
                for f in &findings {
                    println!(
                        "{}\t{}\t{}\t{} / {}",
                        f.rule,
                        f.level(),
                        f.path(),
                        f.zh,
                        f.en
                    );
                }
                println!(
                    "{}：{} 条目，{} 个错误，{} 个提示 / {} entries, {} error(s), {} warning(s)",
                    cat.office,
                    cat.entries.len(),
                    errors,
                    findings.len() - errors,
                    cat.entries.len(),
                    errors,
                    findings.len() - errors
                );
            }
            if errors > 0 {
                return Err(Failure::new(
                    "check_failed",
                    format!("目录有 {errors} 个错误 / the catalogue has {errors} error(s)"),
                ));
            }
            Ok(())
        }
        DisclosureCommand::Timeliness { file, today } => {
            let today = today_or_system(today.as_deref())?;
            let records: Vec<ReviewRecord> =
                serde_json::from_str(&read_file(&file)?).map_err(|e| {
                    Failure::new(
                        "bad_review_records",
                        format!(
                            "{}: 审核记录格式有误 / invalid review records: {e}",
                            file.display()
                        ),
                    )
                })?;
            let mut states = Vec::new();
            for r in &records {
                let st = r.state(&env.cal, &env.catalogue, today)?;
                states.push((r, st));
            }
            if env.global.json {
                let v: Vec<_> = states
                    .iter()
                    .map(|(r, s)| json!({"item": r.item, "formed": r.formed, "state": s}))
                    .collect();
                return print_json(&json!({"today": today, "items": v}));
            }
            for (r, s) in &states {
                println!(
                    "{}\t{}\t形成 / formed {}\t应公开 / due {}\t{}",
                    r.item,
                    s.stage.label(),
                    r.formed,
                    s.deadline.due,
                    s.status.describe()
                );
            }
            Ok(())
        }
    }
}
