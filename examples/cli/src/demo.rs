//! `minzheng demo`: a guided tour on the embedded data. Every date is fixed, so the tour prints
//! the same thing on every machine and every day.

use crate::io::weekday_en;
use crate::{Env, Failure};
use chrono::NaiveDate;
use minzheng::calendar::Calendar;
use minzheng::deadline::Clock;
use minzheng::eligibility::{
    evaluate, notice, EligibilityError, Household, Profile, Programme, SAMPLE_PROFILE_JSON,
};
use minzheng::id::{CreditCode, ResidentId};

const SAMPLE_HOUSEHOLD: &str = include_str!("../../data/household-sample.json");
const SAMPLE_REFUSED: &str = r#"{"members": [{"name": "冯一", "relation": "applicant", "birth_date": "1980-01-01",
  "income": [{"kind": "wages", "monthly_fen": 200000}]}], "assets": [], "residence": "110105",
  "area": "urban", "application_date": "2026-09-01"}"#;

fn elig(e: EligibilityError) -> Failure {
    Failure::new(e.code(), e.to_string())
}

fn d(y: i32, m: u32, day: u32) -> Result<NaiveDate, Failure> {
    NaiveDate::from_ymd_opt(y, m, day)
        .ok_or_else(|| Failure::new("internal", format!("demo date {y}-{m}-{day} invalid")))
}

fn heading(title: &str) {
    println!();
    println!("━━ {title}");
}

fn show_day(cal: &Calendar, date: NaiveDate, why: &str) -> Result<(), Failure> {
    let day = cal.day(date)?;
    let name = day
        .holiday
        .as_ref()
        .map(|h| format!(" {}", h.name))
        .unwrap_or_default();
    println!(
        "  {date} ({}) → {} {}{name}   {why}",
        weekday_en(date),
        day.kind.as_str(),
        day.kind.as_zh()
    );
    Ok(())
}

fn show_deadline(env: &Env, clock: &Clock, today: NaiveDate) -> Result<(), Failure> {
    let dl = clock.compute(&env.cal)?;
    let st = dl.status(&env.cal, today, None, 3)?;
    println!(
        "  {} — {} / {}",
        clock.rule().id,
        clock.rule().name,
        clock.rule().name_en
    );
    println!("  届满日 / due: {} ({})", dl.due, weekday_en(dl.due));
    println!("  状态 / status on {today}: {}", st.describe());
    for l in dl.explanation.lines() {
        println!("    {l}");
    }
    for w in &dl.warnings {
        println!("    ! {}", w.message());
    }
    Ok(())
}

pub fn run(env: &Env) -> Result<(), Failure> {
    let cal = &env.cal;
    let cat = &env.catalogue;
    println!(
        "minzheng {} — 民政规则代码库导览 / a guided tour",
        env!("CARGO_PKG_VERSION")
    );
    println!("All dates below are fixed examples on the embedded data; nothing reads the clock.");

    heading("1. 工作日历覆盖范围 / Calendar coverage");
    let cov = cal.coverage();
    if let (Some(first), Some(last)) = (cov.years.first(), cov.years.last()) {
        println!(
            "  {} notices embedded, {}–{}; the latest: {} ({}).",
            cov.years.len(),
            first.year,
            last.year,
            last.notice,
            last.published.map(|p| p.to_string()).unwrap_or_default()
        );
    }
    for r in &cov.revisable {
        println!(
            "  {}..{} may still change with the {} notice, not yet loaded (load it with --data).",
            r.from, r.to, r.missing_year
        );
    }

    heading("2. 日期类型 / What kind of day is it?");
    show_day(
        cal,
        d(2026, 2, 14)?,
        "Saturday worked for the 2026 Spring Festival (调休上班)",
    )?;
    show_day(
        cal,
        d(2026, 2, 16)?,
        "除夕, inside the 9-day block (2025 rule change: 春节 4 days)",
    )?;
    show_day(
        cal,
        d(2020, 2, 1)?,
        "was a make-up day until the 2020 extension (国办发明电〔2020〕1号)",
    )?;
    show_day(
        cal,
        d(2005, 12, 31)?,
        "worked for the 2006 元旦 — a block crossing the year end",
    )?;
    show_day(
        cal,
        d(2024, 2, 9)?,
        "除夕 2024 was only 'encouraged' as rest: a workday",
    )?;

    heading("3. 工作日加减 / Adding and counting workdays (the start day is never counted)");
    let base = d(2024, 10, 8)?;
    println!(
        "  5 workdays before {base}: {}   (09-29 was a Sunday worked for National Day)",
        cal.add_workdays(base, -5)?
    );
    let start = d(2026, 9, 24)?;
    println!("  10 workdays after {start}: {}   (中秋 09-25..27 and 国庆 10-01..07 skipped, 09-20 and 10-10 worked)", cal.add_workdays(start, 10)?);
    println!(
        "  Workdays in (2026-01-01, 2026-12-31]: {}",
        cal.workdays_between(d(2026, 1, 1)?, d(2026, 12, 31)?)?
    );

    heading("4. 依申请公开答复期限 / A disclosure request across the National Day block");
    let received = d(2026, 9, 18)?;
    show_deadline(
        env,
        &cat.clock("disclosure.reply", received)?,
        d(2026, 10, 19)?,
    )?;

    heading("5. 征求第三方意见中止计算并延长 / Third-party consultation, then an extension");
    let clock = cat
        .clock("disclosure.reply", received)?
        .suspend(
            d(2026, 9, 28)?,
            d(2026, 10, 16)?,
            "征求第三方意见（第三十二条）",
        )
        .extend(20, "政府信息公开工作机构负责人", d(2026, 10, 30)?);
    show_deadline(env, &clock, d(2026, 11, 20)?)?;

    heading(
        "6. 行政许可：专家评审时间不计入 / Licensing with an expert review (行政许可法 第四十五条)",
    );
    let clock = cat.clock("licensing.decision", d(2025, 9, 26)?)?.suspend(
        d(2025, 10, 13)?,
        d(2025, 10, 17)?,
        "专家评审",
    );
    show_deadline(env, &clock, d(2025, 11, 10)?)?;

    heading("7. 低保公示 7 日，末日遇休息日顺延 / A 7-day public notice that ends on a rest day");
    println!("  Posted 2026-02-09: the 7th day, 02-16, is 除夕 inside the Spring Festival block.");
    show_deadline(
        env,
        &cat.clock("dibao.public_notice", d(2026, 2, 9)?)?,
        d(2026, 2, 24)?,
    )?;

    heading("8. 没有数据的年份 / A year without a notice");
    let future = d(2027, 3, 1)?;
    match cal.is_workday(future) {
        Ok(_) => println!("  unexpected: {future} answered without data"),
        Err(e) => println!("  strict: {e}"),
    }
    let p = cal.provisional().add_workdays(d(2026, 12, 24)?, 10)?;
    println!(
        "  provisional (asked for explicitly): 10 workdays after 2026-12-24 → {} (provisional: {})",
        p.value, p.provisional
    );

    heading("9. 身份证号码与统一社会信用代码 / Identifiers");
    for n in [
        "11010519491231002X",
        "110105194912310021",
        "370101010203997",
    ] {
        match ResidentId::parse(n) {
            Ok(id) => println!(
                "  {n} → valid, shown as {}, born {}, {} / {:?}{}",
                id.masked(),
                id.birth_date(),
                id.sex().as_zh(),
                id.sex(),
                if id.converted_from_15() {
                    format!(", 18-digit form {}", id.number())
                } else {
                    String::new()
                }
            ),
            Err(e) => println!("  {n} → {e}"),
        }
    }
    match CreditCode::parse("91350100M000100Y43") {
        Ok(c) => println!(
            "  91350100M000100Y43 → valid credit code, department {} ({})",
            c.department(),
            c.department_name().unwrap_or("?")
        ),
        Err(e) => println!("  91350100M000100Y43 → {e}"),
    }

    heading("10. 社会救助资格：一户家庭的完整说明 / Eligibility: a household, fully explained");
    println!("  Profile: examples/data/profile-sample-city.json (SAMPLE values: 低保 standard 1,000 yuan urban).");
    println!("  Household: examples/data/household-sample.json — a couple in their seventies, the husband with a");
    println!("  grade-1 physical disability and a village-committee relative, their son in prison, a granddaughter");
    println!("  whose parents are detained and out of contact.");
    let profile = Profile::from_json(SAMPLE_PROFILE_JSON).map_err(elig)?;
    let hh = Household::from_json(SAMPLE_HOUSEHOLD).map_err(elig)?;
    let on = d(2026, 6, 15)?;
    let ev = evaluate(&hh, &profile, on).map_err(elig)?;
    for dec in &ev.decisions {
        if dec.programme == Programme::TemporaryAssistance || dec.programme == Programme::Orphan {
            continue;
        }
        println!();
        for (k, line) in dec.explanation().iter().enumerate() {
            println!("  {}{line}", if k == 0 { "" } else { "  " });
        }
    }
    let rows = notice::rows(Programme::Dibao, [(&hh, &ev)]);
    println!();
    println!(
        "  公示 / public notice rows once approved: {} (name, members, amount, village only; never the ID number; the granddaughter's child benefit is never posted)",
        if rows.is_empty() { "none yet — the case is in manual review (home visit first)".to_owned() } else { format!("{rows:?}") }
    );
    let refused = Household::from_json(SAMPLE_REFUSED).map_err(elig)?;
    let rev = evaluate(&refused, &profile, on).map_err(elig)?;
    if let Some(dec) = rev.decision(Programme::Dibao) {
        if let Some(dl) = dec
            .refusal_notice_due(d(2026, 9, 30)?, cal, cat)
            .map_err(elig)?
        {
            println!(
                "  A refusal decided on 2026-09-30 (income 2,000 yuan, one person): written notice with reasons due {} — National Day skipped, 10-10 is a make-up workday.",
                dl.due
            );
        }
    }

    heading("Next");
    println!("  minzheng calendar range 2026-09-19 2026-10-11");
    println!("  minzheng deadline disclosure.reply 2026-09-18 --suspend 2026-09-28..2026-10-16:征求意见 --today 2026-10-20");
    println!("  minzheng periods");
    println!("  minzheng id check 11010519491231002X --json");
    println!("  minzheng eligibility evaluate --profile examples/data/profile-sample-city.json --household examples/data/household-sample.json --date 2026-06-15");
    println!("  minzheng eligibility batch --profile examples/data/profile-sample-city.json --input examples/data/households-sample.csv --date 2026-06-15");
    println!("  minzheng notice build --profile examples/data/profile-sample-city.json --input examples/data/households-sample.jsonl --date 2026-06-15 --posted 2026-06-19");
    println!("  Power lists, disclosure and window cases join this tour as they land.");
    Ok(())
}
