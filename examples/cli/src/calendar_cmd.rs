//! `minzheng calendar ...`

use crate::io::{parse_date, print_json, provisional_note, weekday_en};
use crate::{batch, Env, Failure};
use clap::Subcommand;
use minzheng::calendar::Day;
use serde_json::json;
use std::path::PathBuf;

#[derive(Subcommand, Debug)]
pub enum CalendarCommand {
    /// The kind of one day: DATE<TAB>KIND<TAB>WEEKDAY[<TAB>HOLIDAY<TAB>SOURCE].
    Day {
        /// The date, YYYY-MM-DD.
        date: String,
    },
    /// One line per date from FROM to TO (inclusive): DATE<TAB>KIND<TAB>WEEKDAY[<TAB>HOLIDAY<TAB>SOURCE].
    Range {
        /// First date.
        from: String,
        /// Last date.
        to: String,
    },
    /// The N-th workday after DATE (N < 0: before), DATE not counted.
    Add {
        /// The date (omit with --batch).
        #[arg(required_unless_present = "batch")]
        date: Option<String>,
        /// Number of workdays, may be negative.
        #[arg(allow_negative_numbers = true, required_unless_present = "batch")]
        n: Option<i64>,
        /// Read lines "DATE N" from FILE (or - for stdin), write one result per line.
        #[arg(long, value_name = "FILE", conflicts_with_all = ["date", "n"])]
        batch: Option<PathBuf>,
    },
    /// Workdays after FROM up to and including TO.
    Between {
        /// Start (excluded).
        from: String,
        /// End (included).
        to: String,
    },
    /// The holiday blocks of a notice year, with make-up days and the notice.
    Holidays {
        /// The year.
        year: i32,
    },
    /// Which years are covered, with their notices.
    Coverage,
}

fn day_line(d: &Day) -> String {
    let mut s = format!("{}\t{}\t{}", d.date, d.kind.as_str(), weekday_en(d.date));
    if let Some(h) = &d.holiday {
        s.push_str(&format!("\t{}\t{}", h.name, h.source.reference()));
    }
    s
}

fn get_day(env: &Env, date: chrono::NaiveDate) -> Result<Day, Failure> {
    if env.global.provisional {
        Ok(env.cal.provisional().day(date))
    } else {
        Ok(env.cal.day(date)?)
    }
}

pub fn run(env: &Env, cmd: CalendarCommand) -> Result<(), Failure> {
    match cmd {
        CalendarCommand::Day { date } => {
            let day = get_day(env, parse_date(&date)?)?;
            if env.global.json {
                return print_json(&day);
            }
            if day.provisional {
                provisional_note();
            }
            println!("{}", day_line(&day));
        }
        CalendarCommand::Range { from, to } => {
            let (from, to) = (parse_date(&from)?, parse_date(&to)?);
            if from > to {
                return Err(minzheng::calendar::CalendarError::FromAfterTo { from, to }.into());
            }
            if (to - from).num_days() > 366 * 200 {
                return Err(Failure::new(
                    "range_too_long",
                    "日期范围超过 200 年 / the range is longer than 200 years",
                ));
            }
            let mut days = Vec::new();
            let mut d = Some(from);
            while let Some(cur) = d.filter(|c| *c <= to) {
                days.push(get_day(env, cur)?);
                d = cur.succ_opt();
            }
            if env.global.json {
                return print_json(&days);
            }
            if days.iter().any(|d| d.provisional) {
                provisional_note();
            }
            let mut out = String::new();
            for day in &days {
                out.push_str(&day_line(day));
                out.push('\n');
            }
            print!("{out}");
        }
        CalendarCommand::Add { date, n, batch } => {
            if let Some(path) = batch {
                return batch::run(env, &path);
            }
            let (Some(date), Some(n)) = (date, n) else {
                return Err(Failure::new(
                    "usage",
                    "需要 DATE 和 N / DATE and N are required",
                ));
            };
            let date = parse_date(&date)?;
            let (value, provisional) = if env.global.provisional {
                let a = env.cal.provisional().add_workdays(date, n)?;
                (a.value, a.provisional)
            } else {
                (env.cal.add_workdays(date, n)?, false)
            };
            if env.global.json {
                return print_json(
                    &json!({"date": date, "n": n, "result": value, "provisional": provisional}),
                );
            }
            if provisional {
                provisional_note();
            }
            println!("{value}");
        }
        CalendarCommand::Between { from, to } => {
            let (from, to) = (parse_date(&from)?, parse_date(&to)?);
            let (value, provisional) = if env.global.provisional {
                let a = env.cal.provisional().workdays_between(from, to)?;
                (a.value, a.provisional)
            } else {
                (env.cal.workdays_between(from, to)?, false)
            };
            if env.global.json {
                return print_json(&json!({"from": from, "to": to, "workdays": value,
                    "interval": "(from, to]", "provisional": provisional}));
            }
            if provisional {
                provisional_note();
            }
            println!("{value}");
        }
        CalendarCommand::Holidays { year } => {
            let h = env.cal.holidays(year)?;
            if env.global.json {
                return print_json(&h);
            }
            let n = h.notice;
            println!(
                "{} 年放假安排 / holiday arrangements {} — {}{}",
                n.year,
                n.year,
                n.number,
                n.published.map(|d| format!("（{d}）")).unwrap_or_default()
            );
            for a in &n.amendments {
                println!(
                    "  修改 / amended by {} {}",
                    a.notice,
                    a.title.clone().unwrap_or_default()
                );
            }
            for b in &n.holidays {
                let (first, last) = (b.days_off.first(), b.days_off.last());
                let span = match (first, last) {
                    (Some(f), Some(l)) if f != l => format!("{f} … {l}"),
                    (Some(f), _) => f.to_string(),
                    _ => String::new(),
                };
                let makeup = if b.makeup_workdays.is_empty() {
                    "无调休上班 / no make-up days".to_owned()
                } else {
                    format!(
                        "调休上班 / make-up days: {}",
                        b.makeup_workdays
                            .iter()
                            .map(|d| format!("{d} ({})", weekday_en(*d)))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                };
                println!(
                    "{}\t{}\t{} 天 / {} day(s) off\t{}",
                    b.name,
                    span,
                    b.days_off.len(),
                    b.days_off.len(),
                    makeup
                );
                if let Some(c) = &b.clause {
                    println!("\t{c}");
                }
            }
            for (overlay, r) in &h.local {
                println!("{}\t{}\tlocal:{overlay}", r.name, r.date);
            }
        }
        CalendarCommand::Coverage => {
            let c = env.cal.coverage();
            if env.global.json {
                return print_json(&c);
            }
            for y in &c.years {
                println!(
                    "{}\t{}\t{}{}",
                    y.year,
                    y.notice,
                    y.published
                        .or(y.released)
                        .map(|d| d.to_string())
                        .unwrap_or_else(|| "-".to_owned()),
                    if y.amendments.is_empty() {
                        String::new()
                    } else {
                        format!("\tamended by {}", y.amendments.join(", "))
                    }
                );
            }
            if !c.gaps.is_empty() {
                println!(
                    "缺少年份 / missing years: {}",
                    c.gaps
                        .iter()
                        .map(|y| y.to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                );
            }
            for r in &c.revisable {
                println!("注意 / note: {}..{} 可能被尚未载入的 {} 年通知调整 / {}..{} may still be changed by the {} notice, not yet loaded",
                    r.from, r.to, r.missing_year, r.from, r.to, r.missing_year);
            }
            for o in &c.overlays {
                println!("地方叠加 / overlay: {o}");
            }
        }
    }
    Ok(())
}
