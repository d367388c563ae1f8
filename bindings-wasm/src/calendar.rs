//! The working-day calendar and statutory deadlines.

use crate::error::{Failure, Outcome};
use crate::json::{from_js, to_js};
use crate::types::{DeadlineResult, ExplanationLine};
use crate::{date, opt_date};
use minzheng::calendar::{Calendar, LoadMode};
use minzheng::deadline::{Catalogue, Clock, Extension, Period, PeriodRule, Suspension};
use minzheng::errors::ErrorCode;
use minzheng::{Citation, Confidence};
use serde::Deserialize;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

thread_local! {
    /// The calendar of this instance: the embedded notices, plus any notice or overlay loaded at
    /// run time. The core has no globals; the binding owns this one.
    static CALENDAR: RefCell<Calendar> = RefCell::new(Calendar::china());
    /// The national catalogue of statutory periods.
    static PERIODS: Catalogue = Catalogue::national();
}

pub(crate) fn with_calendar<T>(f: impl FnOnce(&Calendar) -> T) -> T {
    CALENDAR.with(|c| f(&c.borrow()))
}

pub(crate) fn with_periods<T>(f: impl FnOnce(&Catalogue) -> T) -> T {
    PERIODS.with(f)
}

/// Whether `date` (`YYYY-MM-DD`) is an official working day (a make-up Saturday is one).
#[wasm_bindgen(js_name = isWorkday)]
pub fn is_workday(date_text: &str) -> Outcome<bool> {
    let d = date(date_text)?;
    Ok(with_calendar(|c| c.is_workday(d))?)
}

/// The day's kind (`workday`, `weekend`, `holiday`, `makeup`) and, for holidays and make-up
/// days, the holiday it belongs to.
#[wasm_bindgen(js_name = day, unchecked_return_type = "Day")]
pub fn day(date_text: &str) -> Outcome<JsValue> {
    let d = date(date_text)?;
    to_js(&with_calendar(|c| c.day(d))?)
}

/// The n-th workday after (n > 0) or before (n < 0) `date`, the date itself not counted.
#[wasm_bindgen(js_name = addWorkdays)]
pub fn add_workdays(date_text: &str, n: i32) -> Outcome<String> {
    let d = date(date_text)?;
    Ok(crate::iso(with_calendar(|c| {
        c.add_workdays(d, i64::from(n))
    })?))
}

/// `date` when it is a workday, else the first workday after it.
#[wasm_bindgen(js_name = nextWorkday)]
pub fn next_workday(date_text: &str) -> Outcome<String> {
    let d = date(date_text)?;
    Ok(crate::iso(with_calendar(|c| c.next_workday(d))?))
}

/// Workdays after `from` up to and including `to`.
#[wasm_bindgen(js_name = workdaysBetween)]
pub fn workdays_between(from: &str, to: &str) -> Outcome<u32> {
    let (from, to) = (date(from)?, date(to)?);
    Ok(with_calendar(|c| c.workdays_between(from, to))?)
}

/// Which years the calendar answers for, with each notice, the gaps, the Decembers a missing
/// next-year notice may still change, and the overlays applied.
#[wasm_bindgen(js_name = coverage, unchecked_return_type = "Coverage")]
pub fn coverage() -> Outcome<JsValue> {
    to_js(&with_calendar(|c| c.coverage()))
}

/// Loads notices at run time (e.g. next year's, published in December) from a calendar data
/// file (its JSON text or object). With `replace`, the file's years replace loaded ones;
/// otherwise a year already loaded is an error. All or nothing: an invalid file changes nothing.
#[wasm_bindgen(js_name = loadNotices, unchecked_return_type = "LoadReport")]
pub fn load_notices(
    #[wasm_bindgen(unchecked_param_type = "string | object")] data: JsValue,
    replace: Option<bool>,
) -> Outcome<JsValue> {
    let text = crate::json::text_of(&data, "data")?;
    let mode = if replace.unwrap_or(false) {
        LoadMode::Replace
    } else {
        LoadMode::AddOnly
    };
    let report = CALENDAR.with(|c| c.borrow_mut().load_json(&text, mode))?;
    to_js(&report)
}

/// Applies a local overlay (a jurisdiction's extra rest days, `{ name, rest_days: [{ date,
/// name, basis }] }`). All or nothing.
#[wasm_bindgen(js_name = addOverlay)]
pub fn add_overlay(
    #[wasm_bindgen(unchecked_param_type = "Overlay | string")] overlay: JsValue,
) -> Outcome<()> {
    // Read by the core's own reader, as in C and Java: a malformed overlay is the calendar's
    // `invalid_data` (1004) in every face, not a binding's `general.json` (bad-input corpus,
    // tests/bad-inputs/cases.json, `overlay-*`).
    let text = crate::json::text_of(&overlay, "overlay")?;
    Ok(CALENDAR.with(|c| c.borrow_mut().add_overlay_json(&text))?)
}

/// Back to the embedded national calendar (drops loaded notices and overlays).
#[wasm_bindgen(js_name = resetCalendar)]
pub fn reset_calendar() {
    CALENDAR.with(|c| *c.borrow_mut() = Calendar::china());
}

/// The catalogue of named statutory periods (`disclosure.reply`, `licensing.decision`, ...),
/// each with its period and citation.
#[wasm_bindgen(js_name = periods, unchecked_return_type = "PeriodRule[]")]
pub fn periods() -> Outcome<JsValue> {
    with_periods(|p| to_js(p.rules()))
}

/// The explanation of a deadline, line by line, in each language.
pub(crate) fn explanation_lines(deadline: &minzheng::deadline::Deadline) -> Vec<ExplanationLine> {
    let e = &deadline.explanation;
    e.lines_zh()
        .into_iter()
        .zip(e.lines_en())
        .map(|(zh, en)| ExplanationLine { zh, en })
        .collect()
}

/// A deadline request: a named period or an ad-hoc one, its start, suspensions and extensions,
/// and optionally today (and the answer date) for the status.
#[derive(Deserialize)]
struct DeadlineRequest {
    period: Option<String>,
    period_def: Option<Period>,
    start: String,
    #[serde(default)]
    suspensions: Vec<Suspension>,
    #[serde(default)]
    extensions: Vec<Extension>,
    today: Option<String>,
    answered: Option<String>,
    due_soon_threshold: Option<u32>,
}

/// The due date of a period started on `start` (not counted), with suspensions and
/// extensions, every step and every day not counted; with `today`, where it stands.
#[wasm_bindgen(js_name = computeDeadline, unchecked_return_type = "DeadlineResult")]
pub fn compute_deadline(
    #[wasm_bindgen(unchecked_param_type = "DeadlineRequest")] request: JsValue,
) -> Outcome<JsValue> {
    let r: DeadlineRequest = from_js(&request, "request")?;
    let start = date(&r.start)?;
    let clock = match (r.period_def, r.period) {
        (Some(period), _) => {
            let basis = Citation::new("民法典", "第二百零二条", Confidence::V1);
            let rule = PeriodRule::new("ad_hoc", "期间", "period", period, basis);
            Clock::new(rule, None, start)
        }
        (None, Some(id)) => with_periods(|p| p.clock(&id, start))?,
        (None, None) => {
            return Err(Failure::binding(
                ErrorCode::InvalidArgument,
                "缺少期间（period 或 period_def）",
                "no period given (period or period_def)",
            ))
        }
    }
    .with_suspensions(r.suspensions)
    .with_extensions(r.extensions);
    let deadline = with_calendar(|c| clock.compute(c))?;
    let today = opt_date(r.today)?;
    let answered = opt_date(r.answered)?;
    let status = match today {
        Some(t) => Some(with_calendar(|c| {
            deadline.status(c, t, answered, r.due_soon_threshold.unwrap_or(3))
        })?),
        None => None,
    };
    let lines = explanation_lines(&deadline);
    let warnings = deadline
        .warnings
        .iter()
        .map(|w| ExplanationLine {
            zh: w.zh(),
            en: w.en(),
        })
        .collect();
    let status_text = status.map(|s| (s.zh(), s.en()));
    to_js(&DeadlineResult {
        due: crate::iso(deadline.due),
        status_name: status.map(|s| s.as_str().to_owned()),
        status_zh: status_text.as_ref().map(|t| t.0.clone()),
        status_en: status_text.map(|t| t.1),
        status,
        explanation: lines,
        warnings_text: warnings,
        deadline: &deadline,
    })
}
