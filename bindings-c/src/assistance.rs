//! Social-assistance cases (低保, 特困, 事实无人抚养儿童, 临时救助, ...), JSON in and out: the
//! case logs replayed by `minzheng::assistance::Procedure` with the calendar and the period
//! catalogue (NULL: the national one; a jurisdiction's shorter limits through
//! `minzheng_catalogue_new`), then the core's supervision, notices, 公示 rows, registers and
//! county figures. Every returned string is freed with `minzheng_string_free`.

use super::calendar::MinzhengCalendar;
use super::deadline::MinzhengCatalogue;
use super::errors::{self, Failure};
use super::ffi::{
    c_string, date, guard, in_ref, in_slice, in_str, opt_date, opt_ref, opt_str, out_ref,
};
use super::json::to_json;
use super::MinzhengResult;
use chrono::{Datelike, NaiveDate};
use minzheng::assistance::{
    self, AssistanceCase, AssistanceEvent, AssistanceNoticeKind, AssistanceTemplates, Figures,
    Level, NoticeContext, Procedure, Recipient,
};
use minzheng::deadline::Catalogue;
use serde::Serialize;
use std::ffi::c_char;

/// The level county figures are given at.
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MinzhengLevel {
    /// 县: the division codes as given.
    County = 1,
    /// 市: the codes rolled up to their first four digits, then `00`.
    City = 2,
    /// 省: the codes rolled up to their first two digits, then `0000`.
    Province = 3,
}

/// Runs `f` with the procedure of `cal` and `catalogue` (NULL: the national catalogue),
/// writing its string into `*out`.
///
/// # Safety
/// `cal` is NULL or a live handle; `catalogue` NULL or a live handle; `out` points to
/// writable memory.
unsafe fn with_procedure(
    cal: *const MinzhengCalendar,
    catalogue: *const MinzhengCatalogue,
    out: *mut *mut c_char,
    f: impl FnOnce(&Procedure<'_>) -> Result<*mut c_char, Failure>,
) -> MinzhengResult {
    guard(|| {
        // SAFETY: the caller's contract.
        let (cal, catalogue, out) = unsafe {
            (
                &in_ref(cal, "cal")?.inner,
                opt_ref(catalogue),
                out_ref(out, "out")?,
            )
        };
        let national;
        let periods = match catalogue {
            Some(c) => &c.inner,
            None => {
                national = Catalogue::national();
                &national
            }
        };
        *out = f(&Procedure::new(cal, periods))?;
        Ok(())
    })
}

/// The events of `logs_len` logs (JSON Lines each), in order; a bad line names its log.
///
/// # Safety
/// `logs` points to `logs_len` NUL-terminated strings (or `logs_len` is 0).
unsafe fn events_of(
    logs: *const *const c_char,
    logs_len: usize,
) -> Result<Vec<AssistanceEvent>, Failure> {
    let mut events = Vec::new();
    // SAFETY: the caller's contract.
    for (i, &log) in unsafe { in_slice(logs, logs_len, "logs") }?
        .iter()
        .enumerate()
    {
        // SAFETY: the caller's contract.
        let text = unsafe { in_str(log, "logs[i]") }.map_err(|f| errors::at_index(i, f))?;
        let parsed = assistance::parse_log(text).map_err(|e| errors::at_index(i, e.into()))?;
        events.extend(parsed);
    }
    Ok(events)
}

/// Every case of `events`, replayed (grouped by case, in order of first appearance); the first
/// case that cannot be replayed is the error.
fn replay(p: &Procedure<'_>, events: Vec<AssistanceEvent>) -> Result<Vec<AssistanceCase>, Failure> {
    assistance::replay_all(p, events)
        .into_iter()
        .map(|r| r.map_err(Failure::from))
        .collect()
}

/// The first day of the month of a `YYYYMMDD` date.
fn month_of(ymd: i32, what: &str) -> Result<NaiveDate, Failure> {
    let d = date(ymd, what)?;
    Ok(d.with_day(1).unwrap_or(d))
}

fn bad_format(format: u32, allowed_zh: &str, allowed_en: &str) -> Failure {
    errors::invalid_argument(
        format!("格式 {format} 无效（可用：{allowed_zh}）"),
        format!("format {format} is not valid (allowed: {allowed_en})"),
    )
}

#[derive(Serialize)]
struct Pending {
    timing: assistance::StepTiming,
    status: minzheng::window::Watch,
}

#[derive(Serialize)]
struct Replayed<'a> {
    case: &'a AssistanceCase,
    timings: Vec<assistance::StepTiming>,
    pending: Vec<Pending>,
    explanation: Vec<String>,
}

/// Replays the social-assistance cases of an event log (JSON Lines; one case or many, grouped
/// by `case` in order of first appearance) and reports each on `today` (YYYYMMDD): state,
/// every time limit with its rule, period, start, due date and when it was done
/// (最低生活保障审核确认办法 第十五、十七、二十、二十一、二十二条, 特困人员认定办法, ...), the pending
/// ones most urgent first with their status (`warn_at`: workdays left at or below which a
/// limit is a warning), and the explanation, line by line. `catalogue`: the period catalogue
/// (NULL: the national one; a jurisdiction's shorter limits through `minzheng_catalogue_new`).
/// `*out`: `{"today": "YYYY-MM-DD", "cases": [{"case": AssistanceCase, "timings":
/// [StepTiming], "pending": [{"timing": StepTiming, "status": Watch}], "explanation":
/// [string]}]}`.
///
/// Errors: `eventlog.bad_event` (with its line; an empty log is one), `eventlog.out_of_order`,
/// `eventlog.event_refused` (an event not allowed in the case's state: nothing is written;
/// replay the log up to that event to see the case as it stood), the calendar's errors.
///
/// Thread safety: `cal` and `catalogue` may be shared with other threads' reads.
///
/// # Safety
/// `cal` is a live handle; `catalogue` NULL or a live handle; `events_jsonl` NUL-terminated;
/// `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_assistance_replay_json(
    cal: *const MinzhengCalendar,
    catalogue: *const MinzhengCatalogue,
    events_jsonl: *const c_char,
    today: i32,
    warn_at: u32,
    out: *mut *mut c_char,
) -> MinzhengResult {
    // SAFETY: the caller's contract.
    unsafe {
        with_procedure(cal, catalogue, out, |p| {
            let events = assistance::parse_log(in_str(events_jsonl, "events_jsonl")?)?;
            let today = date(today, "today")?;
            if events.is_empty() {
                // The core's error for an empty log (`bad_event`, line 0), as a disclosure
                // request's replay gives it.
                p.replay(&events)?;
            }
            let cases = replay(p, events)?;
            let mut rows = Vec::with_capacity(cases.len());
            for c in &cases {
                rows.push(Replayed {
                    case: c,
                    timings: p.timings(c)?,
                    pending: p
                        .pending(c, today, warn_at)?
                        .into_iter()
                        .map(|(timing, status)| Pending { timing, status })
                        .collect(),
                    explanation: p.explain(c, today)?,
                });
            }
            to_json(
                "cases",
                &serde_json::json!({ "today": today, "cases": rows }),
            )
        })
    }
}

/// The bureau's supervision screen over `logs_len` case logs (each JSON Lines, one case or
/// many; one case's events may span logs, in date order): every open case by
/// urgency with the step whose limit binds first, overdue and due-soon warnings (`warn_at`:
/// workdays left at or below which a case is a warning), the cases no limit watches with the
/// days they have lain, and the timeliness of each township and step on `today`. `*out`:
/// `{"today", "rows": [CaseRow], "timeliness": [{"township", "step", "timeliness":
/// {"on_time", "late", "overdue", "pending"}, "on_time_permille"}]}`.
///
/// Errors: as `minzheng_assistance_replay_json`, the message naming the log (`logs[i]`).
///
/// # Safety
/// `cal` is a live handle; `catalogue` NULL or a live handle; `logs` points to `logs_len`
/// NUL-terminated strings (NULL allowed when `logs_len` is 0); `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_assistance_supervise_json(
    cal: *const MinzhengCalendar,
    catalogue: *const MinzhengCatalogue,
    logs: *const *const c_char,
    logs_len: usize,
    today: i32,
    warn_at: u32,
    out: *mut *mut c_char,
) -> MinzhengResult {
    // SAFETY: the caller's contract.
    unsafe {
        with_procedure(cal, catalogue, out, |p| {
            let events = events_of(logs, logs_len)?;
            let today = date(today, "today")?;
            let cases = replay(p, events)?;
            let rows = assistance::supervise(p, &cases, today, warn_at)?;
            let t: Vec<serde_json::Value> = assistance::timeliness(p, &cases, today)?
                .iter()
                .map(|((town, step), v)| {
                    serde_json::json!({"township": town, "step": step, "timeliness": v,
                        "on_time_permille": v.on_time_permille()})
                })
                .collect();
            to_json(
                "supervision",
                &serde_json::json!({"today": today, "rows": rows, "timeliness": t}),
            )
        })
    }
}

/// A filled notice for the case `case_id` of an event log (JSON Lines), in social-assistance
/// wording: `kind` is `"acceptance"` (受理通知书), `"correction"` (补正材料一次性告知书, every
/// missing item at once), `"non_acceptance"`, `"approval"` (amount and first month),
/// `"refusal"` (the reasons and the remedies: 行政复议 60 days before `reconsideration_body`,
/// 行政诉讼 6 months), `"reduction"`, `"stop"` or `"termination"`; issued by `office` on `day`.
/// `templates_json`: the bureau's templates (`{"templates": {"refusal": {"title", "body"},
/// ...}}`, every placeholder checked), or NULL for the standard ones. `format`:
/// `MINZHENG_REPORT_FORMAT_JSON` (`{"kind", "title", "markdown"}`),
/// `MINZHENG_REPORT_FORMAT_MARKDOWN` or `MINZHENG_REPORT_FORMAT_HTML` (a printable page).
///
/// Errors: the replay's errors, `assistance.bad_template` (a template that cannot be used, or
/// a case that lacks what the notice needs: no half-filled notice), `general.json` (an
/// unknown kind), `general.invalid_argument` (an unknown case, a format not listed).
///
/// # Safety
/// `cal` is a live handle; `catalogue` and `templates_json` NULL or valid; the other strings
/// NUL-terminated; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_assistance_notice(
    cal: *const MinzhengCalendar,
    catalogue: *const MinzhengCatalogue,
    events_jsonl: *const c_char,
    case_id: *const c_char,
    kind: *const c_char,
    office: *const c_char,
    reconsideration_body: *const c_char,
    day: i32,
    templates_json: *const c_char,
    format: u32,
    out: *mut *mut c_char,
) -> MinzhengResult {
    // SAFETY: the caller's contract.
    unsafe {
        with_procedure(cal, catalogue, out, |p| {
            let events = assistance::parse_log(in_str(events_jsonl, "events_jsonl")?)?;
            let case_id = in_str(case_id, "case_id")?;
            let kind: AssistanceNoticeKind =
                serde_json::from_value(serde_json::Value::from(in_str(kind, "kind")?))
                    .map_err(|e| errors::json("kind", &e))?;
            let ctx = NoticeContext {
                office: in_str(office, "office")?,
                reconsideration_body: in_str(reconsideration_body, "reconsideration_body")?,
                date: date(day, "day")?,
            };
            let templates = match opt_str(templates_json, "templates_json")? {
                Some(t) => AssistanceTemplates::from_json(t)?,
                None => AssistanceTemplates::standard(),
            };
            if !matches!(format, 1 | 3 | 4) {
                return Err(bad_format(
                    format,
                    "1 JSON、3 Markdown、4 HTML",
                    "1 JSON, 3 Markdown, 4 HTML",
                ));
            }
            let cases = replay(p, events)?;
            let case = cases.iter().find(|c| c.id == case_id).ok_or_else(|| {
                errors::invalid_argument(
                    format!("日志中没有案件 {case_id}"),
                    format!("no case {case_id} in the log"),
                )
            })?;
            let notice = templates.fill(kind, p, case, &ctx)?;
            match format {
                1 => to_json("notice", &notice),
                3 => c_string(notice.markdown),
                _ => c_string(notice.to_html()),
            }
        })
    }
}

/// The 公示 rows of the cases of `logs_len` case logs paid for the month of `month`
/// (YYYYMMDD, any day of the month): nothing but name, household size, amount and village
/// (the privacy rules, LEGAL.md F), for 低保, 特困 and 临时救助 only — never 事实无人抚养儿童,
/// nor 孤儿 and the disability subsidies, whose texts require no 公示. `*out`: a JSON array of
/// `{"name", "household_size", "amount_fen", "village"}`, in case order.
///
/// Errors: as `minzheng_assistance_supervise_json`.
///
/// # Safety
/// As `minzheng_assistance_supervise_json`.
#[no_mangle]
pub unsafe extern "C" fn minzheng_assistance_public_rows_json(
    cal: *const MinzhengCalendar,
    catalogue: *const MinzhengCatalogue,
    logs: *const *const c_char,
    logs_len: usize,
    month: i32,
    out: *mut *mut c_char,
) -> MinzhengResult {
    // SAFETY: the caller's contract.
    unsafe {
        with_procedure(cal, catalogue, out, |p| {
            let events = events_of(logs, logs_len)?;
            let month = month_of(month, "month")?;
            let cases = replay(p, events)?;
            to_json("rows", &assistance::public_rows(&cases, month))
        })
    }
}

/// The register of cases with a close relative of a caseworker or village cadre (单独登记备案;
/// 最低生活保障审核确认办法 第十一条, applied to every programme), from `logs_len` case logs:
/// each with its acceptance, the county's home visit, the decision, and whether it was decided
/// without the visit (第二十条第二款). `format`: `MINZHENG_REPORT_FORMAT_JSON` (an array of
/// `RelativeRow`) or `MINZHENG_REPORT_FORMAT_CSV` (a Chinese header).
///
/// Errors: as `minzheng_assistance_supervise_json`; a format not listed.
///
/// # Safety
/// As `minzheng_assistance_supervise_json`.
#[no_mangle]
pub unsafe extern "C" fn minzheng_assistance_relatives_register(
    cal: *const MinzhengCalendar,
    catalogue: *const MinzhengCatalogue,
    logs: *const *const c_char,
    logs_len: usize,
    format: u32,
    out: *mut *mut c_char,
) -> MinzhengResult {
    // SAFETY: the caller's contract.
    unsafe {
        with_procedure(cal, catalogue, out, |p| {
            if !matches!(format, 1 | 2) {
                return Err(bad_format(format, "1 JSON、2 CSV", "1 JSON, 2 CSV"));
            }
            let cases = replay(p, events_of(logs, logs_len)?)?;
            let rows = assistance::relatives_register(&cases);
            match format {
                1 => to_json("register", &rows),
                _ => c_string(assistance::relatives_csv(&rows)),
            }
        })
    }
}

/// The register of refusals (不予受理 and 不予确认) of `logs_len` case logs on `today`, with
/// their written-notice due dates and the day notified, so that a supervisor sees any refusal
/// without a timely written notice (低保 第二十一条, 特困 第十八条: 3 working days; other
/// programmes: no number of days set). `format`: `MINZHENG_REPORT_FORMAT_JSON` (an array of
/// `RefusalRow`) or `MINZHENG_REPORT_FORMAT_CSV`.
///
/// Errors: as `minzheng_assistance_supervise_json`; a format not listed.
///
/// # Safety
/// As `minzheng_assistance_supervise_json`.
#[no_mangle]
pub unsafe extern "C" fn minzheng_assistance_refusal_register(
    cal: *const MinzhengCalendar,
    catalogue: *const MinzhengCatalogue,
    logs: *const *const c_char,
    logs_len: usize,
    today: i32,
    format: u32,
    out: *mut *mut c_char,
) -> MinzhengResult {
    // SAFETY: the caller's contract.
    unsafe {
        with_procedure(cal, catalogue, out, |p| {
            if !matches!(format, 1 | 2) {
                return Err(bad_format(format, "1 JSON、2 CSV", "1 JSON, 2 CSV"));
            }
            let today = date(today, "today")?;
            let cases = replay(p, events_of(logs, logs_len)?)?;
            let rows = assistance::refusal_register(p, &cases, today)?;
            match format {
                1 => to_json("register", &rows),
                _ => c_string(assistance::refusals_csv(&rows)),
            }
        })
    }
}

/// County figures (seed 001: recipients and amounts by county): households, persons and the
/// month's amount per division code, month and programme (低保 urban and rural, 特困
/// centralised and dispersed, the two subsidies, 孤儿, 事实无人抚养儿童, 临时救助), from
/// `logs_len` case logs (each case's amount for the month of `month`, YYYYMMDD, any day of the
/// month; 0 allowed only without logs) merged with a batch of recipient records
/// (`recipients_jsonl`: JSON Lines of `{"division", "month": "YYYY-MM", "category",
/// "persons", "amount_fen"}`, or NULL for none), rolled up to `level` (`MinzhengLevel`).
/// `format`: `MINZHENG_REPORT_FORMAT_JSON` (`{"rows": [{"division", "month", "category",
/// "households", "persons", "amount_fen"}], "unclassified"}`), `MINZHENG_REPORT_FORMAT_CSV` or
/// `MINZHENG_REPORT_FORMAT_HTML` (a page with a chart, titled `title`; NULL: 社会救助分县数据).
///
/// Errors: as `minzheng_assistance_supervise_json`; `general.json` or `assistance.bad_input`
/// for a recipient line (naming it; nothing is counted); a level or format not listed.
///
/// # Safety
/// `cal` is a live handle; `catalogue`, `recipients_jsonl` and `title` NULL or valid; `logs`
/// points to `logs_len` NUL-terminated strings; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_assistance_figures(
    cal: *const MinzhengCalendar,
    catalogue: *const MinzhengCatalogue,
    logs: *const *const c_char,
    logs_len: usize,
    month: i32,
    recipients_jsonl: *const c_char,
    level: u32,
    format: u32,
    title: *const c_char,
    out: *mut *mut c_char,
) -> MinzhengResult {
    // SAFETY: the caller's contract.
    unsafe {
        with_procedure(cal, catalogue, out, |p| {
            let level = match level {
                1 => Level::County,
                2 => Level::City,
                3 => Level::Province,
                other => {
                    return Err(errors::invalid_argument(
                        format!("层级 {other} 无效（1 县、2 市、3 省）"),
                        format!("level {other} is not valid (1 county, 2 city, 3 province)"),
                    ))
                }
            };
            if !matches!(format, 1 | 2 | 4) {
                return Err(bad_format(
                    format,
                    "1 JSON、2 CSV、4 HTML",
                    "1 JSON, 2 CSV, 4 HTML",
                ));
            }
            let title = opt_str(title, "title")?.unwrap_or("社会救助分县数据");
            let events = events_of(logs, logs_len)?;
            let month = match (opt_date(month, "month")?, events.is_empty()) {
                (Some(m), _) => Some(m.with_day(1).unwrap_or(m)),
                (None, true) => None,
                (None, false) => return Err(errors::bad_date("month", month)),
            };
            let mut figures = match month {
                Some(m) => Figures::from_cases(&replay(p, events)?, m, |_| None),
                None => Figures::new(),
            };
            if let Some(text) = opt_str(recipients_jsonl, "recipients_jsonl")? {
                let mut batch = Figures::new();
                for (i, line) in text.lines().enumerate() {
                    if line.trim().is_empty() {
                        continue;
                    }
                    let what = format!("recipients_jsonl 第 {} 行 / line {}", i + 1, i + 1);
                    let r: Recipient =
                        serde_json::from_str(line).map_err(|e| errors::json(&what, &e))?;
                    batch.add(&r).map_err(|e| {
                        let f = Failure::from(e);
                        Failure {
                            zh: format!("{what}：{}", f.zh),
                            en: format!("{what}: {}", f.en),
                            ..f
                        }
                    })?;
                }
                figures = figures.merge(&batch);
            }
            let figures = figures.roll_up(level);
            match format {
                1 => to_json("figures", &figures.to_json()),
                2 => c_string(figures.to_csv()),
                _ => c_string(figures.to_html(title)),
            }
        })
    }
}
