//! The hot paths of forms, crossing without JSON: dates as packed integers `YYYYMMDD` (the
//! JavaScript glue in `package/fast.js` reads and writes the `YYYY-MM-DD` strings), an
//! identity number's check as one string of fields. Each returns 0 (or an empty string) when
//! the input is not for the fast path; the glue then calls the public export, which throws or
//! answers exactly as documented. These exports are internal (`__mz…`, no TypeScript): the
//! package's `isWorkday`, `addWorkdays`, `nextWorkday`, `workdaysBetween` and
//! `validateResidentId` are the glue's, with the same signatures and results as the exports
//! of the same name in `minzheng.d.ts`.

use crate::calendar::with_calendar;
use chrono::{Datelike, NaiveDate};
use minzheng::errors::Coded;
use minzheng::id::{Expected, IdError, ResidentId, Sex};
use wasm_bindgen::prelude::*;

/// `YYYYMMDD` (year at least 1, as `dates::parse_date` demands) as a date.
fn unpack(ymd: u32) -> Option<NaiveDate> {
    let y = i32::try_from(ymd / 10_000).ok().filter(|y| *y >= 1)?;
    NaiveDate::from_ymd_opt(y, (ymd / 100) % 100, ymd % 100)
}

/// A date as `YYYYMMDD` (0 outside years 1–9999, which no calendar answer reaches).
fn pack(d: NaiveDate) -> u32 {
    match u32::try_from(d.year()) {
        Ok(y @ 1..=9999) => y * 10_000 + d.month() * 100 + d.day(),
        _ => 0,
    }
}

/// `isWorkday`: 1 or 0, or -1 when the slow path must answer (an impossible date, a year
/// without a notice).
#[wasm_bindgen(js_name = __mzIsWorkday, skip_typescript)]
pub fn fast_is_workday(ymd: u32) -> i32 {
    unpack(ymd)
        .and_then(|d| with_calendar(|c| c.is_workday(d)).ok())
        .map_or(-1, i32::from)
}

/// `addWorkdays`: the answer as `YYYYMMDD`, or 0 when the slow path must answer.
#[wasm_bindgen(js_name = __mzAddWorkdays, skip_typescript)]
pub fn fast_add_workdays(ymd: u32, n: i32) -> u32 {
    unpack(ymd)
        .and_then(|d| with_calendar(|c| c.add_workdays(d, i64::from(n))).ok())
        .map_or(0, pack)
}

/// `nextWorkday`: the answer as `YYYYMMDD`, or 0 when the slow path must answer.
#[wasm_bindgen(js_name = __mzNextWorkday, skip_typescript)]
pub fn fast_next_workday(ymd: u32) -> u32 {
    unpack(ymd)
        .and_then(|d| with_calendar(|c| c.next_workday(d)).ok())
        .map_or(0, pack)
}

/// `workdaysBetween`: the count, or -1 when the slow path must answer.
#[wasm_bindgen(js_name = __mzWorkdaysBetween, skip_typescript)]
pub fn fast_workdays_between(from: u32, to: u32) -> f64 {
    match (unpack(from), unpack(to)) {
        (Some(f), Some(t)) => with_calendar(|c| c.workdays_between(f, t)).map_or(-1.0, f64::from),
        _ => -1.0,
    }
}

/// The separator of the fields of [`fast_resident_id`] (never in a number or a message).
const SEP: char = '\u{1f}';

/// `validateResidentId` as fields separated by U+001F: `1, number, masked, division_code,
/// birth_date, sex, converted_from_15 (1/0), zh, en` when valid; `0, code, name, zh, en` when
/// not. The glue builds the `IdCheck<ResidentIdInfo>` object the export returns.
#[wasm_bindgen(js_name = __mzResidentId, skip_typescript)]
pub fn fast_resident_id(text: &str) -> String {
    let mut out = String::with_capacity(96);
    let mut field = |s: &str| {
        if !out.is_empty() {
            out.push(SEP);
        }
        out.push_str(s);
    };
    match ResidentId::parse(text) {
        Ok(id) => {
            field("1");
            field(id.number());
            field(&id.masked());
            field(id.division_code());
            field(&crate::iso(id.birth_date()));
            field(match id.sex() {
                Sex::Male => "male",
                Sex::Female => "female",
            });
            field(if id.converted_from_15() { "1" } else { "0" });
            field(crate::id::RESIDENT_OK_ZH);
            field(crate::id::OK_EN);
        }
        Err(e) => {
            field("0");
            field(&e.number().to_string());
            field(e.error_code().name());
            field(&e.zh());
            field(&e.en());
        }
    }
    out
}

/// `validateResidentId` as one number, for the glue to build the result without a string
/// crossing back. A valid number gives `((YYYYMMDD · 16 + check) · 2 + converted_from_15) · 2 +
/// female`, with the birth date and the check character (0–9, 10 for `X`), from which and the
/// characters typed the glue writes the 18-character number; an invalid one gives
/// `-(1 + variant + 8·params)`, a key that determines the error and so its messages (the glue
/// keeps the messages of each key it has seen, read once through [`fast_resident_id`]); 0 when
/// the error has no such key (the glue calls [`fast_resident_id`]).
#[wasm_bindgen(js_name = __mzResidentIdPacked, skip_typescript)]
pub fn fast_resident_id_packed(text: &str) -> f64 {
    match ResidentId::parse(text) {
        Ok(id) => {
            let check = match id.number().chars().last() {
                Some('X') => 10,
                Some(c) => c.to_digit(10).unwrap_or(15),
                None => 15,
            };
            let female = matches!(id.sex(), Sex::Female);
            ((f64::from(pack(id.birth_date())) * 16.0 + f64::from(check)) * 2.0
                + f64::from(u8::from(id.converted_from_15())))
                * 2.0
                + f64::from(u8::from(female))
        }
        Err(e) => error_key(&e).map_or(0.0, |(variant, params)| {
            -(1.0 + f64::from(variant) + 8.0 * params)
        }),
    }
}

/// The variant and parameters of an identity-number error, when they fit in a number: every
/// field the messages are made of.
fn error_key(e: &IdError) -> Option<(u8, f64)> {
    const PLANE: f64 = 0x11_0000 as f64;
    // Up to eight digits: the value and how many digits (a leading zero counts).
    let digits = |t: &str| -> Option<f64> {
        let n: u32 = t
            .parse()
            .ok()
            .filter(|_| t.len() <= 8 && t.bytes().all(|b| b.is_ascii_digit()))?;
        Some(f64::from(n) + 1e8 * f64::from(8 - u8::try_from(t.len()).ok()?))
    };
    match e {
        IdError::Empty => Some((0, 0.0)),
        IdError::WrongLength { len, expected } if expected == "18/15" => {
            Some((1, f64::from(u32::try_from(*len).ok()?)))
        }
        IdError::BadCharacter {
            position,
            character,
            expected,
        } => {
            let expected = match expected {
                Expected::Digit => 0.0,
                Expected::DigitOrX => 1.0,
                Expected::Nine => 2.0,
                Expected::CreditSymbol => 3.0,
                #[allow(unreachable_patterns)]
                _ => return None,
            };
            Some((
                2,
                (f64::from(u32::try_from(*position).ok()?) * PLANE
                    + f64::from(u32::from(*character)))
                    * 4.0
                    + expected,
            ))
        }
        IdError::BadBirthDate { text, position } => Some((
            3,
            digits(text)? + 1e9 * f64::from(u32::try_from(*position).ok()?),
        )),
        IdError::UnknownProvince { code } => Some((4, digits(code)?)),
        IdError::CheckCharacterWrong { expected, found } => Some((
            5,
            f64::from(u32::from(*expected)) * PLANE + f64::from(u32::from(*found)),
        )),
        _ => None,
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn dates_pack_and_unpack_as_the_strict_parser_reads_them() {
        assert_eq!(unpack(20261001), NaiveDate::from_ymd_opt(2026, 10, 1));
        assert_eq!(unpack(20260230), None);
        assert_eq!(unpack(101), None); // year 0
        assert_eq!(unpack(20261300), None);
        let d = NaiveDate::from_ymd_opt(987, 3, 9);
        assert_eq!(d.map(pack), Some(9870309));
    }

    #[test]
    fn fast_paths_agree_with_the_calendar() {
        assert_eq!(fast_is_workday(20261010), 1); // a make-up Saturday
        assert_eq!(fast_is_workday(20261001), 0);
        assert_eq!(fast_is_workday(20310105), -1); // no notice: the slow path throws
        assert_eq!(fast_add_workdays(20260930, 1), 20261008);
        assert_eq!(fast_add_workdays(20260230, 1), 0);
        assert_eq!(fast_next_workday(20260930), 20260930);
        assert_eq!(fast_next_workday(20261001), 20261008);
        assert_eq!(fast_workdays_between(20260930, 20261009), 2.0);
    }

    #[test]
    fn an_identity_number_crosses_as_fields() {
        let ok = fast_resident_id("11010519491231002x");
        let f: Vec<&str> = ok.split(SEP).collect();
        assert_eq!(f.first(), Some(&"1"));
        assert_eq!(f.get(1), Some(&"11010519491231002X"));
        assert_eq!(f.get(4), Some(&"1949-12-31"));
        assert_eq!(f.get(5), Some(&"female"));
        assert_eq!(f.len(), 9);
        let bad = fast_resident_id("110105194912310022");
        let f: Vec<&str> = bad.split(SEP).collect();
        assert_eq!(f.first(), Some(&"0"));
        assert_eq!(f.get(2), Some(&"id.check_character_wrong"));
        assert_eq!(f.len(), 5);
    }

    #[test]
    fn an_identity_number_crosses_as_one_number() {
        // 1949-12-31, check character X, not converted, female.
        let packed = |ymd: f64, check: f64, converted: f64, female: f64| {
            ((ymd * 16.0 + check) * 2.0 + converted) * 2.0 + female
        };
        assert_eq!(
            fast_resident_id_packed(" 11010519491231002x"),
            packed(19491231.0, 10.0, 0.0, 1.0)
        );
        // 1977-07-06, converted (check character 8 computed), male.
        let converted = fast_resident_id_packed("320311770706001");
        assert_eq!(converted, packed(19770706.0, 8.0, 1.0, 0.0));
        // Errors: the same key for the same error, different keys for different ones.
        let wrong = fast_resident_id_packed("110105194912310022");
        assert!(wrong < 0.0);
        assert_eq!(wrong, fast_resident_id_packed("110105194912310022 "));
        assert_ne!(wrong, fast_resident_id_packed("110105194912310023"));
        assert_ne!(
            fast_resident_id_packed("1101"),
            fast_resident_id_packed("11010")
        );
        assert_eq!(fast_resident_id_packed(""), -1.0);
        // Birth dates of 6 and 8 digits that read as the same number differ.
        assert_ne!(
            error_key(&IdError::BadBirthDate {
                text: "000101".into(),
                position: 7
            }),
            error_key(&IdError::BadBirthDate {
                text: "00000101".into(),
                position: 7
            })
        );
    }
}
