//! `minzheng assistance ...`: social-assistance cases — replay, supervise, notice, register,
//! figures, generate.

use crate::io::{parse_date, print_json, read_file};
use crate::{Env, Failure};
use chrono::NaiveDate;
use clap::{Subcommand, ValueEnum};
use minzheng::assistance::{
    group_by_case, parse_log, refusal_register, refusals_csv, relatives_csv, relatives_register,
    supervise, synth, timeliness, AssistanceCase, AssistanceError, AssistanceNoticeKind,
    AssistanceTemplates, Figures, Level, NoticeContext, Procedure, Recipient,
};
use serde_json::json;
use std::path::PathBuf;

impl From<AssistanceError> for Failure {
    fn from(e: AssistanceError) -> Self {
        Failure::coded(e.code(), &e)
    }
}

#[derive(Subcommand, Debug)]
pub enum AssistanceCommand {
    /// Replay case logs: state, every time limit with its rule, and the explanation.
    Replay {
        /// The log (JSON Lines).
        file: PathBuf,
        /// The day to report for.
        #[arg(long, value_name = "DATE")]
        today: String,
    },
    /// The supervision screen: every open case by urgency, and timeliness per township and step.
    Supervise {
        /// Case logs.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The day.
        #[arg(long, value_name = "DATE")]
        today: String,
        /// Workdays left at or below which a case is a warning.
        #[arg(long, default_value_t = 3)]
        warn: u32,
    },
    /// A filled notice for a case (Markdown or HTML).
    Notice {
        /// The log.
        file: PathBuf,
        /// The case.
        #[arg(long)]
        case: String,
        /// Which notice.
        #[arg(long, value_enum)]
        kind: KindArg,
        /// The issuing office.
        #[arg(long, default_value = "示例县民政局")]
        office: String,
        /// The reconsideration body (the people's government at the office's level).
        #[arg(long, default_value = "示例县人民政府")]
        review_body: String,
        /// The notice's date.
        #[arg(long, value_name = "DATE")]
        date: String,
        /// AssistanceTemplates replacing the standard ones (JSON).
        #[arg(long, value_name = "FILE")]
        templates: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Md)]
        format: Format,
    },
    /// A register: cases with close relatives of staff, or refusals with their notice dates.
    Register {
        /// Which register.
        #[arg(value_enum)]
        which: RegisterArg,
        /// Case logs.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The day (for notices still due).
        #[arg(long, value_name = "DATE")]
        today: String,
        /// Output format (csv or json).
        #[arg(long, value_enum, default_value_t = Format::Csv)]
        format: Format,
    },
    /// County figures for a month, from case logs or a recipients file (JSON Lines, streamed).
    Figures {
        /// Case logs (or, with --recipients, recipient records).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The files are recipient records (`{"division", "month", "category", "persons",
        /// "amount_fen"}` per line), not case logs.
        #[arg(long)]
        recipients: bool,
        /// The month (`YYYY-MM`), for case logs.
        #[arg(long)]
        month: Option<String>,
        /// Roll up to city or province.
        #[arg(long, value_enum, default_value_t = LevelArg::County)]
        level: LevelArg,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// Page title (HTML).
        #[arg(long, default_value = "社会救助分县数据")]
        title: String,
    },
    /// Write a synthetic year of cases across every programme (JSON Lines).
    Generate {
        /// The year.
        #[arg(long)]
        year: i32,
        /// Number of cases.
        #[arg(long, default_value_t = 2500)]
        count: usize,
        /// Random seed.
        #[arg(long, default_value_t = 2025)]
        seed: u64,
    },
}

/// Notice kinds.
#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum KindArg {
    /// 受理通知书.
    Acceptance,
    /// 补正材料一次性告知书.
    Correction,
    /// 不予受理通知书.
    NonAcceptance,
    /// 确认通知书.
    Approval,
    /// 不予确认通知书.
    Refusal,
    /// 减发通知书.
    Reduction,
    /// 停发通知书.
    Stop,
    /// 终止通知书.
    Termination,
}

impl From<KindArg> for AssistanceNoticeKind {
    fn from(k: KindArg) -> Self {
        match k {
            KindArg::Acceptance => AssistanceNoticeKind::Acceptance,
            KindArg::Correction => AssistanceNoticeKind::Correction,
            KindArg::NonAcceptance => AssistanceNoticeKind::NonAcceptance,
            KindArg::Approval => AssistanceNoticeKind::Approval,
            KindArg::Refusal => AssistanceNoticeKind::Refusal,
            KindArg::Reduction => AssistanceNoticeKind::Reduction,
            KindArg::Stop => AssistanceNoticeKind::Stop,
            KindArg::Termination => AssistanceNoticeKind::Termination,
        }
    }
}

/// Registers.
#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum RegisterArg {
    /// 单独登记备案: close relatives of caseworkers and village cadres.
    Relatives,
    /// Refusals with their written-notice dates.
    Refusals,
}

/// Levels.
#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum LevelArg {
    /// 县.
    County,
    /// 市.
    City,
    /// 省.
    Province,
}

/// Formats.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Markdown (notices).
    Md,
    /// HTML.
    Html,
    /// JSON.
    Json,
    /// CSV.
    Csv,
}

fn replay_files(p: &Procedure<'_>, files: &[PathBuf]) -> Result<Vec<AssistanceCase>, Failure> {
    let mut events = Vec::new();
    for f in files {
        events.extend(
            parse_log(&read_file(f)?)
                .map_err(|e| Failure::coded(e.code(), &e).within(f.display()))?,
        );
    }
    group_by_case(events)
        .into_iter()
        .map(|(_, evs)| p.replay(&evs).map_err(Failure::from))
        .collect()
}

fn month(text: &str) -> Result<NaiveDate, Failure> {
    parse_date(&format!("{text}-01"))
}

pub fn run(env: &Env, cmd: AssistanceCommand) -> Result<(), Failure> {
    let p = Procedure::new(&env.cal, &env.catalogue);
    match cmd {
        AssistanceCommand::Replay { file, today } => {
            let today = parse_date(&today)?;
            let cases = replay_files(&p, &[file])?;
            if env.global.json {
                let mut v = Vec::new();
                for c in &cases {
                    v.push(json!({"case": c, "timings": p.timings(c)?, "explanation": p.explain(c, today)?}));
                }
                return print_json(&json!({"today": today, "cases": v}));
            }
            for c in &cases {
                for line in p.explain(c, today)? {
                    println!("{line}");
                }
                println!();
            }
            Ok(())
        }
        AssistanceCommand::Supervise { files, today, warn } => {
            let today = parse_date(&today)?;
            let cases = replay_files(&p, &files)?;
            let rows = supervise(&p, &cases, today, warn)?;
            let t = timeliness(&p, &cases, today)?;
            if env.global.json {
                let t: Vec<_> = t
                    .iter()
                    .map(|((town, step), v)| json!({"township": town, "step": step, "timeliness": v, "on_time_permille": v.on_time_permille()}))
                    .collect();
                return print_json(&json!({"today": today, "rows": rows, "timeliness": t}));
            }
            for r in &rows {
                println!(
                    "{}\t{}\t{}\t{}\t{}\t{}",
                    r.watch.map_or("no_limit", |w| w.as_str()),
                    r.case,
                    r.programme.as_zh(),
                    r.township,
                    r.step.map_or("—", |s| s.zh()),
                    match (r.due, r.watch) {
                        (Some(d), Some(w)) => format!("{d} {}", w.describe()),
                        _ => format!(
                            "无法定时限，已 {} 日无进展 / no limit, {} day(s) idle",
                            r.waiting_days, r.waiting_days
                        ),
                    }
                );
            }
            println!("\n乡镇（街道）\t环节\t按时\t超时办结\t已超时\t进行中");
            for ((town, step), v) in &t {
                println!(
                    "{town}\t{}\t{}\t{}\t{}\t{}",
                    step.zh(),
                    v.on_time,
                    v.late,
                    v.overdue,
                    v.pending
                );
            }
            Ok(())
        }
        AssistanceCommand::Notice {
            file,
            case,
            kind,
            office,
            review_body,
            date,
            templates,
            format,
        } => {
            let cases = replay_files(&p, &[file])?;
            let c = cases.iter().find(|c| c.id == case).ok_or_else(|| {
                Failure::new(
                    "unknown_case",
                    format!("日志中没有案件 {case} / no case {case} in the log"),
                )
            })?;
            let templates = match templates {
                Some(f) => AssistanceTemplates::from_json(&read_file(&f)?)?,
                None => AssistanceTemplates::standard(),
            };
            let ctx = NoticeContext {
                office: &office,
                reconsideration_body: &review_body,
                date: parse_date(&date)?,
            };
            let n = templates.fill(AssistanceNoticeKind::from(kind), &p, c, &ctx)?;
            match format {
                Format::Html => print!("{}", n.to_html()),
                Format::Json => print_json(&n)?,
                _ => print!("{}", n.markdown),
            }
            Ok(())
        }
        AssistanceCommand::Register {
            which,
            files,
            today,
            format,
        } => {
            let today = parse_date(&today)?;
            let cases = replay_files(&p, &files)?;
            let json_out = format == Format::Json || env.global.json;
            match which {
                RegisterArg::Relatives => {
                    let rows = relatives_register(&cases);
                    if json_out {
                        return print_json(&rows);
                    }
                    print!("{}", relatives_csv(&rows));
                }
                RegisterArg::Refusals => {
                    let rows = refusal_register(&p, &cases, today)?;
                    if json_out {
                        return print_json(&rows);
                    }
                    print!("{}", refusals_csv(&rows));
                }
            }
            Ok(())
        }
        AssistanceCommand::Figures {
            files,
            recipients,
            month: m,
            level,
            format,
            title,
        } => {
            let figures = if recipients {
                let mut f = Figures::new();
                for file in &files {
                    let text = read_file(file)?;
                    for (i, line) in text.lines().enumerate() {
                        if line.trim().is_empty() {
                            continue;
                        }
                        let r: Recipient = serde_json::from_str(line).map_err(|e| {
                            Failure::new("bad_input", format!("{}:{}: {e}", file.display(), i + 1))
                        })?;
                        f.add(&r).map_err(|e| {
                            Failure::coded(e.code(), &e).within(format_args!(
                                "{}:{}",
                                file.display(),
                                i + 1
                            ))
                        })?;
                    }
                }
                f
            } else {
                let m = m.ok_or_else(|| {
                    Failure::new(
                        "bad_input",
                        "案件日志须指定 --month / case logs need --month",
                    )
                })?;
                let cases = replay_files(&p, &files)?;
                Figures::from_cases(&cases, month(&m)?, |_| None)
            };
            let figures = match level {
                LevelArg::County => figures,
                LevelArg::City => figures.roll_up(Level::City),
                LevelArg::Province => figures.roll_up(Level::Province),
            };
            match format {
                Format::Csv => print!("{}", figures.to_csv()),
                Format::Html => print!("{}", figures.to_html(&title)),
                _ => print_json(&figures.to_json())?,
            }
            Ok(())
        }
        AssistanceCommand::Generate { year, count, seed } => {
            for e in synth::sample_year(&env.cal, seed, year, count) {
                let line = serde_json::to_string(&e)
                    .map_err(|e| Failure::new("internal", e.to_string()))?;
                println!("{line}");
            }
            Ok(())
        }
    }
}
