//! `minzheng notice build`: the public notice (公示) of approved cases — rows with only the
//! whitelisted fields, and the notice period's end date from the catalogue.

use crate::eligibility_cmd::{elig, load_profile, open};
use crate::io::{parse_date, print_json, read_error};
use crate::{Env, Failure};
use chrono::NaiveDate;
use clap::{Args, Subcommand, ValueEnum};
use minzheng::eligibility::{evaluate_in, notice, yuan, Context, Household, Outcome, Programme};
use std::io::{BufRead, BufReader};
use std::path::PathBuf;

#[derive(Args, Debug)]
pub struct NoticeArgs {
    /// The policy profile (.json or .toml).
    #[arg(long, value_name = "FILE")]
    pub profile: PathBuf,
    /// Households, one JSON per line (the approved cases).
    #[arg(long, value_name = "FILE")]
    pub input: PathBuf,
    /// The evaluation date.
    #[arg(long, value_name = "DATE")]
    pub date: String,
    /// The day the notice is posted.
    #[arg(long, value_name = "DATE")]
    pub posted: String,
    /// 低保 or 特困.
    #[arg(long, value_enum, default_value = "dibao")]
    pub programme: NoticeProgramme,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeProgramme {
    /// 最低生活保障.
    Dibao,
    /// 特困人员.
    Tekun,
}

#[derive(Subcommand, Debug)]
pub enum NoticeCommand {
    /// Build the public notice (公示) rows and the notice period's end date.
    Build(NoticeArgs),
}

pub fn run(env: &Env, cmd: NoticeCommand) -> Result<(), Failure> {
    let NoticeCommand::Build(a) = cmd;
    let profile = load_profile(&a.profile)?;
    let date = parse_date(&a.date)?;
    let posted: NaiveDate = parse_date(&a.posted)?;
    let ctx = Context::new(&profile, date).map_err(elig)?;
    let catalogue = ctx.version.catalogue(&env.catalogue)?;
    let programme = match a.programme {
        NoticeProgramme::Dibao => Programme::Dibao,
        NoticeProgramme::Tekun => Programme::Tekun,
    };
    let reader = BufReader::new(open(&a.input)?);
    let mut cases = Vec::new();
    let mut skipped = 0usize;
    for (n, line) in reader.lines().enumerate() {
        let line = line.map_err(|e| read_error(&a.input, &e))?;
        if line.trim().is_empty() {
            continue;
        }
        let hh: Household = serde_json::from_str(&line).map_err(|e| {
            Failure::new(
                "json",
                format!(
                    "{} 第 {} 行 / line {}: {e}",
                    a.input.display(),
                    n + 1,
                    n + 1
                ),
            )
        })?;
        let ev = evaluate_in(&hh, &ctx).map_err(|e| {
            Failure::coded(e.code(), &e).within(format_args!(
                "{} 第 {} 行 / line {}",
                a.input.display(),
                n + 1,
                n + 1
            ))
        })?;
        if ev
            .decision(programme)
            .is_none_or(|d| d.outcome != Outcome::Eligible)
        {
            skipped += 1;
        }
        cases.push((hh, ev));
    }
    let n = notice::build(
        programme,
        cases.iter().map(|(h, e)| (h, e)),
        posted,
        &env.cal,
        &catalogue,
    )?;
    if env.global.json {
        return print_json(&n);
    }
    println!(
        "{}公示 / public notice: {} 至 {} / posted {} until {} ({} 户 / rows; {skipped} 户未获批不列入 / not approved, not listed)",
        programme.as_zh(), n.posted, n.ends, n.posted, n.ends, n.rows.len()
    );
    println!(
        "姓名 / name\t家庭人口 / members\t保障金额（元/月） / yuan a month\t村（社区） / village"
    );
    for r in &n.rows {
        println!(
            "{}\t{}\t{}\t{}",
            r.name,
            r.household_size,
            yuan(r.amount_fen),
            r.village
        );
    }
    Ok(())
}
