//! WebAssembly bindings of minzheng for browser forms.
//!
//! Each function is a one-line translation of the core API: dates cross the boundary as
//! `YYYY-MM-DD` strings, errors as JavaScript `Error`s carrying the core's bilingual message.
//! npm packaging, TypeScript types and the browser test suite arrive with the bindings work;
//! the rules all live in the `minzheng` crate.

use chrono::NaiveDate;
use minzheng::calendar::Calendar;
use wasm_bindgen::prelude::*;

fn date(text: &str) -> Result<NaiveDate, JsError> {
    minzheng::dates::parse_date(text).map_err(js)
}

thread_local! {
    /// The embedded calendar, built once per thread (the core stays free of globals; the
    /// binding owns this cache).
    static CALENDAR: Calendar = Calendar::china();
}

fn js(e: impl std::fmt::Display) -> JsError {
    JsError::new(&e.to_string())
}

/// Whether `date` (`YYYY-MM-DD`) is an official working day.
#[wasm_bindgen(js_name = isWorkday)]
pub fn is_workday(date_text: &str) -> Result<bool, JsError> {
    let d = date(date_text)?;
    CALENDAR.with(|c| c.is_workday(d)).map_err(js)
}

/// The n-th workday after (n > 0) or before (n < 0) `date`, the date itself not counted.
#[wasm_bindgen(js_name = addWorkdays)]
pub fn add_workdays(date_text: &str, n: i32) -> Result<String, JsError> {
    let d = date(date_text)?;
    CALENDAR
        .with(|c| c.add_workdays(d, i64::from(n)))
        .map(|d| d.to_string())
        .map_err(js)
}

/// Workdays after `from` up to and including `to`.
#[wasm_bindgen(js_name = workdaysBetween)]
pub fn workdays_between(from: &str, to: &str) -> Result<u32, JsError> {
    let (from, to) = (date(from)?, date(to)?);
    CALENDAR.with(|c| c.workdays_between(from, to)).map_err(js)
}
