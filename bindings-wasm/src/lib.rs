//! WebAssembly bindings of minzheng for browser forms: the npm package `minzheng`.
//!
//! Each function is a translation of the core API, nothing more: dates cross the boundary as
//! `YYYY-MM-DD` strings, models as plain objects with the field names of the JSON models, and
//! failures as a thrown `MinzhengError` carrying the stable error number and name and the
//! message in Chinese and English. Validators meant to run while a user types return a result
//! (`{ ok, code, name, field, zh, en, ... }`) instead of throwing. The rules all live in the
//! `minzheng` crate; `COVERAGE.md` lists which core function each export translates.

mod calendar;
mod cases;
mod eligibility;
mod error;
mod id;
mod json;
mod power;
pub mod types;

pub use calendar::*;
pub use cases::*;
pub use eligibility::*;
pub use id::*;
pub use power::*;

use chrono::NaiveDate;
use error::{Failure, Outcome};

/// A `YYYY-MM-DD` argument (strict: four-digit year, two-digit month and day).
pub(crate) fn date(text: &str) -> Outcome<NaiveDate> {
    let b = text.as_bytes();
    let shaped = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        });
    // TODO(issue 12): minzheng::dates::parse_date once merged.
    let parsed = if shaped {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
    } else {
        None
    };
    parsed.ok_or_else(|| {
        Failure::binding(
            "invalid_date",
            &format!("无法识别的日期“{text}”（应为 YYYY-MM-DD）"),
            &format!("unparseable date \"{text}\" (expected YYYY-MM-DD)"),
        )
    })
}

/// An optional `YYYY-MM-DD` argument (`undefined` or `null` for none).
pub(crate) fn opt_date(text: Option<String>) -> Outcome<Option<NaiveDate>> {
    text.map(|t| date(&t)).transpose()
}

#[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = include_str!("../ts/types.d.ts");

#[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
const TS_MODELS: &str = include_str!("../ts/models.d.ts");
