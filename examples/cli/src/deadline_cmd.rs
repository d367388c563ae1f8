//! `minzheng deadline ...` and `minzheng periods`.

use crate::io::{parse_date, print_json, weekday_en};
use crate::{Env, Failure};
use clap::Args;
use minzheng::deadline::{Extension, Suspension};
use serde_json::json;

#[derive(Args, Debug)]
pub struct DeadlineArgs {
    /// The period id, e.g. disclosure.reply (see `minzheng periods`).
    pub period: String,
    /// The start date (not counted), YYYY-MM-DD.
    pub start: String,
    /// A span not counted: FROM..TO (both inclusive), optionally FROM..TO:REASON. Repeatable.
    #[arg(long = "suspend", value_name = "FROM..TO[:REASON]")]
    pub suspend: Vec<String>,
    /// Apply the rule's extension; optionally the amount (default: the full extension allowed).
    #[arg(long, value_name = "AMOUNT", num_args = 0..=1, default_missing_value = "0")]
    pub extend: Option<u32>,
    /// Who approved the extension (default: the approver the rule requires).
    #[arg(long, value_name = "WHO", requires = "extend")]
    pub approved_by: Option<String>,
    /// When the extension was granted (default: the original due date).
    #[arg(long, value_name = "DATE", requires = "extend")]
    pub granted: Option<String>,
    /// The date the act was done (answer, decision...), for met / met late.
    #[arg(long, value_name = "DATE")]
    pub answered: Option<String>,
    /// The day to report the status for (default: the system date).
    #[arg(long, value_name = "DATE")]
    pub today: Option<String>,
    /// Workdays left at or below which the status is "due soon".
    #[arg(long, value_name = "N", default_value_t = 3)]
    pub due_soon: u32,
}

fn parse_suspension(text: &str) -> Result<Suspension, Failure> {
    let bad = || {
        Failure::new(
            "bad_suspension",
            format!("无法识别的中止期间“{text}”（应为 FROM..TO 或 FROM..TO:原因） / unreadable suspension \"{text}\" (expected FROM..TO or FROM..TO:REASON)"),
        )
    };
    let (span, reason) = match text.split_once(':') {
        Some((s, r)) => (s, r.trim().to_owned()),
        None => (text, "中止 / suspended".to_owned()),
    };
    let (from, to) = span.split_once("..").ok_or_else(bad)?;
    Ok(Suspension {
        from: parse_date(from)?,
        to: parse_date(to)?,
        reason,
    })
}

pub fn run(env: &Env, a: DeadlineArgs) -> Result<(), Failure> {
    let start = parse_date(&a.start)?;
    let suspensions = a
        .suspend
        .iter()
        .map(|s| parse_suspension(s))
        .collect::<Result<Vec<_>, _>>()?;
    let answered = a.answered.as_deref().map(parse_date).transpose()?;
    let (today, today_is_system) = match a.today.as_deref() {
        Some(t) => (parse_date(t)?, false),
        None => (chrono::Local::now().date_naive(), true),
    };
    let base = env
        .catalogue
        .clock(&a.period, start)?
        .with_suspensions(suspensions);
    let compute = |c: &minzheng::deadline::Clock| {
        if env.global.provisional {
            c.compute_provisional(&env.cal)
        } else {
            c.compute(&env.cal)
        }
    };
    let clock = match a.extend {
        None => base,
        Some(amount) => {
            let Some(ext_rule) = base.extension_rule().cloned() else {
                return Err(minzheng::deadline::DeadlineError::ExtensionNotAllowed {
                    rule: a.period.clone(),
                }
                .into());
            };
            let amount = if amount == 0 {
                ext_rule.period().map(|p| p.amount).unwrap_or(0)
            } else {
                amount
            };
            let granted = match a.granted.as_deref() {
                Some(g) => parse_date(g)?,
                None => compute(&base)?.due,
            };
            let approved_by = a
                .approved_by
                .clone()
                .or(ext_rule.approver.clone())
                .unwrap_or_else(|| "（未记录） / (not recorded)".to_owned());
            base.with_extensions([Extension {
                amount,
                approved_by,
                granted,
            }])
        }
    };
    let dl = compute(&clock)?;
    let status = dl.status(&env.cal, today, answered, a.due_soon)?;
    let rule = clock.rule();
    if env.global.json {
        return print_json(&json!({
            "rule": rule,
            "deadline": dl,
            "today": today,
            "status": status,
        }));
    }
    println!("{} {} / {}", rule.id, rule.name, rule.name_en);
    println!(
        "期限 / term: {} / {} — {}",
        rule.term.zh(),
        rule.term.en(),
        rule.basis
    );
    if let Some(o) = &rule.overridden {
        println!(
            "地方规定 / local rule of {} (national: {})",
            o.jurisdiction, o.national_basis
        );
    }
    println!(
        "起算 / start: {start} ({}) — {} / {}",
        weekday_en(start),
        rule.starts,
        rule.starts_en
    );
    if dl.original_due != dl.due {
        println!(
            "原届满日 / original due: {} ({})",
            dl.original_due,
            weekday_en(dl.original_due)
        );
    }
    println!("届满日 / due: {} ({})", dl.due, weekday_en(dl.due));
    println!(
        "状态 / status on {today}{}: {}",
        if today_is_system {
            " (system date)"
        } else {
            ""
        },
        status.describe()
    );
    println!("说明 / explanation:");
    for l in dl.explanation.lines() {
        println!("  {l}");
    }
    if !dl.warnings.is_empty() {
        println!("注意 / warnings:");
        for w in &dl.warnings {
            println!("  - {}", w.message());
        }
    }
    Ok(())
}

pub fn list_periods(env: &Env) -> Result<(), Failure> {
    if env.global.json {
        return print_json(&env.catalogue);
    }
    if let Some(j) = &env.catalogue.jurisdiction {
        println!("辖区 / jurisdiction: {j}");
    }
    for r in env.catalogue.rules() {
        let term = r.term.zh();
        let ext = r
            .extension
            .as_deref()
            .map(|e| format!("\t+{e}"))
            .unwrap_or_default();
        println!("{}\t{}\t{}\t{}{}", r.id, term, r.name, r.basis, ext);
    }
    Ok(())
}
