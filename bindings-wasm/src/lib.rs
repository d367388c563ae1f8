//! WebAssembly bindings of minzheng for browser forms: the npm package `minzheng`.
//!
//! Each function is a translation of the core API, nothing more: dates cross the boundary as
//! `YYYY-MM-DD` strings, models as plain objects with the field names of the JSON models, and
//! failures as a thrown `MinzhengError` carrying the stable error number and name and the
//! message in Chinese and English. Validators meant to run while a user types return a result
//! (`{ ok, code, name, field, zh, en, ... }`) instead of throwing. The rules all live in the
//! `minzheng` crate; `COVERAGE.md` (at the repository's root) lists which core functions each
//! export translates.

// The groups of exports behind Cargo features (Cargo.toml, `[features]`); calendar, deadlines
// and identifiers are always in.
#[cfg(feature = "assistance")]
mod assistance;
mod calendar;
#[cfg(feature = "cases")]
mod cases;
#[cfg(feature = "eligibility")]
mod eligibility;
mod error;
mod fast;
mod id;
mod json;
#[cfg(feature = "power")]
mod power;
pub mod types;

#[cfg(feature = "assistance")]
pub use assistance::*;
pub use calendar::*;
#[cfg(feature = "cases")]
pub use cases::*;
#[cfg(feature = "eligibility")]
pub use eligibility::*;
pub use id::*;
#[cfg(feature = "power")]
pub use power::*;

use chrono::NaiveDate;
use error::Outcome;

/// A `YYYY-MM-DD` argument, read by the core's one strict parser.
pub(crate) fn date(text: &str) -> Outcome<NaiveDate> {
    Ok(minzheng::dates::parse_date(text)?)
}

/// A date as `YYYY-MM-DD`, written by hand: on the hot path of `addWorkdays` and the decoders.
pub(crate) fn iso(d: NaiveDate) -> String {
    use chrono::Datelike;
    let (y, m, day) = (d.year(), d.month(), d.day());
    if !(0..=9999).contains(&y) {
        return d.to_string();
    }
    let y = y.unsigned_abs();
    let digit = |n: u32| char::from(b'0' + (n % 10) as u8);
    [
        digit(y / 1000),
        digit(y / 100),
        digit(y / 10),
        digit(y),
        '-',
        digit(m / 10),
        digit(m),
        '-',
        digit(day / 10),
        digit(day),
    ]
    .iter()
    .collect()
}

/// An optional `YYYY-MM-DD` argument (`undefined` or `null` for none).
pub(crate) fn opt_date(text: Option<String>) -> Outcome<Option<NaiveDate>> {
    text.map(|t| date(&t)).transpose()
}

#[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = include_str!("../ts/types.d.ts");

#[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
const TS_MODELS: &str = include_str!("../ts/models.d.ts");

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    #[test]
    fn dates_are_strict_yyyy_mm_dd() {
        assert_eq!(
            super::date("2026-10-01").ok(),
            chrono::NaiveDate::from_ymd_opt(2026, 10, 1)
        );
        let d = chrono::NaiveDate::from_ymd_opt(987, 3, 9);
        assert_eq!(d.map(super::iso).as_deref(), Some("0987-03-09"));
        for bad in [
            "2026-9-5",
            "2026-02-30",
            "20261001",
            "2026/10/01",
            " 2026-10-01",
            "2026-10-1x",
            "",
        ] {
            assert!(super::date(bad).is_err(), "{bad}");
        }
    }
}
