//! What a form shows about an entered division code: never a refusal (codes are renamed and
//! abolished, and the lists may be older or newer than the code), but a remark a caseworker can
//! act on. Shared by identity numbers, credit codes, a household's residence and a profile's
//! jurisdiction, each with its own stable remark codes.

use super::{Division, DivisionTable};
use crate::id::Remark;

/// "not found in the division lists of 1980–2020", under the remark code `code`.
///
/// ```
/// # #[cfg(feature = "divisions")] {
/// use minzheng::division::{not_listed, DivisionTable};
/// let r = not_listed("110199", DivisionTable::embedded(), "household.residence_not_listed", "户籍所在地", "the residence");
/// assert_eq!(r.code, "household.residence_not_listed");
/// assert!(r.en.contains("not found in the division lists of 1980–2020"));
/// # }
/// ```
pub fn not_listed(
    code: &str,
    table: &DivisionTable,
    remark_code: &'static str,
    what_zh: &str,
    what_en: &str,
) -> Remark {
    let (from, to) = (
        table.earliest_revision() / 100,
        table.latest_revision() / 100,
    );
    Remark::new(
        remark_code,
        format!("{what_zh} {code} 不在 {from}–{to} 年的行政区划代码表中（代码可能更早已撤销或为新设，不据此判定无效）"),
        format!("{what_en} {code} is not found in the division lists of {from}–{to} (it may be older or newer than the lists; not a reason to refuse)"),
    )
}

/// For a code no longer in the latest list: when it was in use and, where the names show it,
/// its current successor, under the remark code `code`; `None` for a current code.
pub fn not_current(d: &Division, remark_code: &'static str) -> Option<Remark> {
    if d.current {
        return None;
    }
    let (succ_zh, succ_en) = match &d.successor {
        Some(s) => (
            format!("；据名称推断现为 {} {}", s.code, s.name),
            format!("; by its name, now {} {}", s.code, s.name),
        ),
        None => (String::new(), String::new()),
    };
    Some(Remark::new(
        remark_code,
        format!(
            "区划代码 {}（{}）使用于 {}–{} 年，现已不再使用{succ_zh}",
            d.code, d.full_name, d.first_year, d.last_year
        ),
        format!(
            "division code {} ({}) was in use {}–{} and is no longer listed{succ_en}",
            d.code, d.full_name, d.first_year, d.last_year
        ),
    ))
}

/// Whether the six-digit code `inner` lies within the division `outer`: a province
/// (`XX0000`) holds every code starting with its two digits, a prefecture (`XXXX00`) every
/// code starting with its four, a county only itself. Both must be six ASCII digits.
///
/// ```
/// use minzheng::division::within;
/// assert!(within("110105", "110000"));
/// assert!(within("330106", "330100"));
/// assert!(within("330106", "330106"));
/// assert!(!within("330206", "330100"));
/// assert!(!within("3301", "330000"));
/// ```
pub fn within(inner: &str, outer: &str) -> bool {
    if !super::is_code(inner) || !super::is_code(outer) {
        return false;
    }
    let keep = if outer.ends_with("0000") {
        2
    } else if outer.ends_with("00") {
        4
    } else {
        6
    };
    inner.get(..keep) == outer.get(..keep)
}

/// The remarks on an entered code: not listed (a warning), or listed but no longer current.
pub(crate) fn remarks(
    code: &str,
    table: &DivisionTable,
    codes: (&'static str, &'static str),
    what: (&str, &str),
) -> Option<Remark> {
    match table.lookup(code) {
        None => Some(not_listed(code, table, codes.0, what.0, what.1)),
        Some(d) => not_current(&d, codes.1),
    }
}
