//! `minzheng window ...`: replay, supervise, notice, stats, generate.

use crate::io::{parse_date, print_json, read_file};
use crate::{Env, Failure};
use chrono::NaiveDate;
use clap::{Args, Subcommand, ValueEnum};
use minzheng::window::{
    group_by_case, parse_log, supervise, synth, Desk, NoticeKind, Templates, WindowCase,
    WindowError, WindowItem, WindowStats,
};
use serde_json::json;
use std::collections::BTreeMap;
use std::path::PathBuf;

impl From<WindowError> for Failure {
    fn from(e: WindowError) -> Self {
        Failure::coded(e.code(), &e)
    }
}

/// Where the items come from.
#[derive(Args, Debug, Clone)]
pub struct ItemsArg {
    /// The power list (its items handled on application) or a JSON array of window items.
    #[arg(long, value_name = "FILE")]
    pub items: PathBuf,
}

#[derive(Subcommand, Debug)]
pub enum WindowCommand {
    /// Replay case logs: state, clock, due date and notes per case.
    Replay {
        /// The log (JSON Lines).
        file: PathBuf,
        #[command(flatten)]
        items: ItemsArg,
        /// The day to report for (default: the system date).
        #[arg(long, value_name = "DATE")]
        today: Option<String>,
    },
    /// The supervision screen: every open case, most urgent first.
    Supervise {
        /// Case logs.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[command(flatten)]
        items: ItemsArg,
        /// The day.
        #[arg(long, value_name = "DATE")]
        today: String,
        /// Workdays left at or below which a case is a warning.
        #[arg(long, default_value_t = 3)]
        warn: u32,
    },
    /// A filled formal notice (文书) for a case.
    Notice {
        /// The log.
        file: PathBuf,
        #[command(flatten)]
        items: ItemsArg,
        /// The case.
        #[arg(long)]
        case: String,
        /// Which document.
        #[arg(long, value_enum)]
        kind: KindArg,
        /// The issuing office.
        #[arg(long, default_value = "示例市民政局")]
        office: String,
        /// The document's date (default: the relevant event's date or the system date).
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
        /// Templates replacing the standard ones (JSON).
        #[arg(long, value_name = "FILE")]
        templates: Option<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = NoticeFormat::Md)]
        format: NoticeFormat,
    },
    /// Service statistics of a period.
    Stats {
        /// Case logs.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[command(flatten)]
        items: ItemsArg,
        /// First day.
        #[arg(long, value_name = "DATE")]
        from: String,
        /// Last day.
        #[arg(long, value_name = "DATE")]
        to: String,
        /// The office (page title).
        #[arg(long, default_value = "示例市民政局")]
        office: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = StatsFormat::Json)]
        format: StatsFormat,
    },
    /// Write a synthetic year of cases over the items (JSON Lines), for samples and tests.
    Generate {
        #[command(flatten)]
        items: ItemsArg,
        /// The year.
        #[arg(long)]
        year: i32,
        /// Number of cases.
        #[arg(long, default_value_t = 5000)]
        count: usize,
        /// Random seed.
        #[arg(long, default_value_t = 2025)]
        seed: u64,
    },
}

/// Document kinds on the command line.
#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum KindArg {
    /// 受理通知书.
    Acceptance,
    /// 不予受理通知书.
    NonAcceptance,
    /// 补正材料通知书.
    Correction,
    /// 准予许可决定书.
    Grant,
    /// 不予许可决定书.
    Denial,
    /// 送达回证.
    ServiceReceipt,
}

impl From<KindArg> for NoticeKind {
    fn from(k: KindArg) -> Self {
        match k {
            KindArg::Acceptance => NoticeKind::Acceptance,
            KindArg::NonAcceptance => NoticeKind::NonAcceptance,
            KindArg::Correction => NoticeKind::Correction,
            KindArg::Grant => NoticeKind::Grant,
            KindArg::Denial => NoticeKind::Denial,
            KindArg::ServiceReceipt => NoticeKind::ServiceReceipt,
        }
    }
}

/// Notice formats.
#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum NoticeFormat {
    /// Markdown.
    Md,
    /// Printable HTML.
    Html,
}

/// Statistics formats.
#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum StatsFormat {
    /// JSON.
    Json,
    /// CSV.
    Csv,
    /// HTML page with charts.
    Html,
}

/// Reads window items: a power list (its items handled on application), or a JSON array of
/// window items.
pub fn load_items(path: &std::path::Path) -> Result<Vec<WindowItem>, Failure> {
    let text = read_file(path)?;
    if let Ok(list) = minzheng::power::PowerList::from_json(&text) {
        return Ok(minzheng::window::window_items(&list));
    }
    serde_json::from_str(&text).map_err(|e| {
        Failure::new(
            "bad_items",
            format!("{}: 既不是权责清单也不是窗口事项列表 / neither a power list nor a list of window items: {e}", path.display()),
        )
    })
}

fn replay_files(desk: &Desk<'_>, files: &[PathBuf]) -> Result<Vec<WindowCase>, Failure> {
    let mut events = Vec::new();
    for f in files {
        events.extend(
            parse_log(&read_file(f)?)
                .map_err(|e| Failure::coded(e.code(), &e).within(f.display()))?,
        );
    }
    group_by_case(events)
        .into_iter()
        .map(|(_, evs)| desk.replay(&evs).map_err(Failure::from))
        .collect()
}

fn today_or_system(t: Option<&str>) -> Result<NaiveDate, Failure> {
    match t {
        Some(t) => parse_date(t),
        None => Ok(chrono::Local::now().date_naive()),
    }
}

pub fn run(env: &Env, cmd: WindowCommand) -> Result<(), Failure> {
    match cmd {
        WindowCommand::Replay { file, items, today } => {
            let desk = Desk::new(&env.cal, load_items(&items.items)?)?;
            let today = today_or_system(today.as_deref())?;
            let cases = replay_files(&desk, &[file])?;
            let mut out = Vec::new();
            for c in &cases {
                let clock = desk.clock(c, today)?;
                out.push((c, clock));
            }
            if env.global.json {
                let v: Vec<_> = out.iter().map(|(c, k)| json!({"case": c, "clock": k.map(|(k, d)| json!({"clock": k, "due": d}))})).collect();
                return print_json(&json!({"today": today, "cases": v}));
            }
            for (c, k) in &out {
                let item = desk.item(&c.item).map(|i| i.name.as_str()).unwrap_or("");
                println!("{}\t{} {}\t{}", c.id, c.item, item, c.state.label());
                if let Some((clock, due)) = k {
                    println!("  {}时限 / {clock:?} due: {due}", clock.label());
                }
                for n in &c.notes {
                    println!("  ! {} {} / {}", n.code, n.zh, n.en);
                }
            }
            Ok(())
        }
        WindowCommand::Supervise {
            files,
            items,
            today,
            warn,
        } => {
            let desk = Desk::new(&env.cal, load_items(&items.items)?)?;
            let today = parse_date(&today)?;
            let cases = replay_files(&desk, &files)?;
            let rows = supervise(&desk, &cases, today, warn)?;
            if env.global.json {
                return print_json(&json!({"today": today, "rows": rows}));
            }
            for r in &rows {
                let name = desk.item(r.item).map(|i| i.name.as_str()).unwrap_or("");
                println!(
                    "{}\t{}\t{} {}\t{}时限 {}\t{}",
                    r.watch.as_str(),
                    r.case,
                    r.item,
                    name,
                    r.clock.label(),
                    r.due,
                    r.watch.describe()
                );
            }
            let count = |w: &str| rows.iter().filter(|r| r.watch.as_str() == w).count();
            println!(
                "{today}：在办 {} 件，超时 {}，今日到期 {}，预警 {} / {} open, {} overdue, {} due today, {} warning",
                rows.len(), count("overdue"), count("due_today"), count("warning"),
                rows.len(), count("overdue"), count("due_today"), count("warning")
            );
            Ok(())
        }
        WindowCommand::Notice {
            file,
            items,
            case,
            kind,
            office,
            date,
            templates,
            format,
        } => {
            let desk = Desk::new(&env.cal, load_items(&items.items)?)?;
            let cases = replay_files(&desk, &[file])?;
            let c = cases.iter().find(|c| c.id == case).ok_or_else(|| {
                Failure::new(
                    "unknown_case",
                    format!("日志中没有案件 {case} / no case {case} in the log"),
                )
            })?;
            let templates = match templates {
                Some(p) => Templates::from_json(&read_file(&p)?)?,
                None => Templates::standard(),
            };
            let kind = NoticeKind::from(kind);
            let date = match date {
                Some(d) => parse_date(&d)?,
                None => c
                    .notice_date(kind)
                    .unwrap_or_else(|| chrono::Local::now().date_naive()),
            };
            let n = templates.fill(kind, &desk, c, &office, date)?;
            match format {
                NoticeFormat::Md => print!("{}", n.markdown),
                NoticeFormat::Html => print!("{}", n.to_html()),
            }
            Ok(())
        }
        WindowCommand::Stats {
            files,
            items,
            from,
            to,
            office,
            format,
        } => {
            let desk = Desk::new(&env.cal, load_items(&items.items)?)?;
            let (from, to) = (parse_date(&from)?, parse_date(&to)?);
            if from > to {
                return Err(minzheng::calendar::CalendarError::FromAfterTo { from, to }.into());
            }
            let cases = replay_files(&desk, &files)?;
            let stats = WindowStats::compute(&desk, &office, &cases, from, to)?;
            match format {
                StatsFormat::Json => print_json(&stats)?,
                StatsFormat::Csv => print!("{}", stats.to_csv()),
                StatsFormat::Html => {
                    let names: BTreeMap<String, String> = desk
                        .items()
                        .map(|i| (i.code.clone(), i.name.clone()))
                        .collect();
                    print!("{}", stats.to_html(&names));
                }
            }
            Ok(())
        }
        WindowCommand::Generate {
            items,
            year,
            count,
            seed,
        } => {
            let list = load_items(&items.items)?;
            Desk::new(&env.cal, list.clone())?;
            let mut out = String::new();
            for e in synth::synthetic_cases(&env.cal, seed, year, count, &list) {
                out.push_str(
                    &serde_json::to_string(&e)
                        .map_err(|e| Failure::new("internal", e.to_string()))?,
                );
                out.push('\n');
            }
            print!("{out}");
            Ok(())
        }
    }
}
