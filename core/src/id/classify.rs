//! Which identifier a string is: one decision for the CLI, the cross-check and every binding.

use super::credit::category_name;
use super::normalise::normalise;
use super::resident::yyyymmdd;
use super::{CreditCode, ForeignPermanentId, IdError, ResidentId};
use crate::division::DivisionTable;
use chrono::NaiveDate;
use serde::Serialize;

/// The identifiers the library knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum IdKind {
    /// 公民身份号码 (GB 11643), also on residence permits of Hong Kong, Macao and Taiwan
    /// residents ([`Holder`](super::Holder)).
    Resident,
    /// 统一社会信用代码 (GB 32100).
    Credit,
    /// 外国人永久居留身份证号码, 2023 edition (recognised only, see [`ForeignPermanentId`]).
    ForeignPermanent,
}

impl IdKind {
    /// The name in Chinese.
    pub fn zh(self) -> &'static str {
        match self {
            IdKind::Resident => "公民身份号码",
            IdKind::Credit => "统一社会信用代码",
            IdKind::ForeignPermanent => "外国人永久居留身份证号码",
        }
    }

    /// The name in English.
    pub fn en(self) -> &'static str {
        match self {
            IdKind::Resident => "resident identity number",
            IdKind::Credit => "unified social credit code",
            IdKind::ForeignPermanent => "foreigner's permanent residence identity number",
        }
    }
}

/// A valid identifier of any kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Identifier {
    /// A valid resident identity number.
    Resident(ResidentId),
    /// A valid unified social credit code.
    Credit(CreditCode),
    /// A well-formed foreigner's permanent residence identity number.
    ForeignPermanent(ForeignPermanentId),
}

/// What a string was taken to be, and whether it is a valid one.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Classified {
    /// The kind the string was read as (also when it is invalid: the error then says what is
    /// wrong against that kind's standard).
    pub kind: IdKind,
    /// The identifier, or why it is not a valid one of `kind`.
    pub result: Result<Identifier, IdError>,
    /// Every kind the string could be, `kind` first: more than one when the string is valid
    /// (or invalid) as more than one kind and nothing decides — a form should then ask.
    pub could_be: Vec<IdKind>,
}

impl Classified {
    /// `true` when the string could be more than one kind.
    pub fn is_ambiguous(&self) -> bool {
        self.could_be.len() > 1
    }
}

/// Decides which identifier `text` is, and checks it against that standard.
///
/// The shape decides: 15 digits, or 18 characters whose first 17 are digits, are read as a
/// resident number, so a wrong birth date or check character is reported as such — even when
/// the same characters happen to pass the credit code's check, as `11010519491331002X` does
/// (one in 31 resident-shaped strings would). Only when the first two digits are no province
/// code is another reading tried: 17 digits starting with `9` are a foreigner's permanent
/// residence number or an enterprise's all-digit credit code — when both readings are valid
/// and the credit code's department, category and division are known, the result says it
/// could be either ([`Classified::could_be`]); otherwise the valid reading wins. A valid
/// resident number that is also a plausible valid credit code is likewise flagged. 18
/// characters whose first 14 are digits with a real birth date in positions 7–14 are a
/// resident number (a typo after the birth date); a value of only digits (and a final `X`) is a
/// resident number of the wrong length; anything else is read as a credit code. The value is
/// normalised first ([`normalise`](super::normalise)). Division codes are checked against the
/// embedded table when the `divisions` feature is on ([`classify_with`] takes another).
///
/// ```
/// use minzheng::id::{classify, IdError, IdKind, Identifier};
/// let c = classify("11010519491331002X"); // month 13
/// assert_eq!(c.kind, IdKind::Resident);
/// assert!(matches!(c.result, Err(IdError::BadBirthDate { .. })));
/// assert!(!c.is_ambiguous());
/// assert!(matches!(classify("91350100M000100Y43").result, Ok(Identifier::Credit(_))));
/// ```
pub fn classify(text: &str) -> Classified {
    classify_with(text, None, crate::division::default_table())
}

/// [`classify`], with the birth date of a resident number also checked against `today` when
/// given, and division codes against `divisions` when given.
pub fn classify_with(
    text: &str,
    today: Option<NaiveDate>,
    divisions: Option<&DivisionTable>,
) -> Classified {
    let t = normalise(text).text;
    let resident = |t: &str| match today {
        Some(d) => ResidentId::parse_on(t, d),
        None => ResidentId::parse(t),
    };
    let credit_ok = |t: &str| {
        CreditCode::parse(t)
            .ok()
            .filter(|c| plausible_credit(c, divisions))
    };
    let one = |kind, result| Classified {
        kind,
        result,
        could_be: vec![kind],
    };
    match kind_of(&t) {
        Shape::Foreign => {
            let f = ForeignPermanentId::parse(&t);
            let c = CreditCode::parse(&t);
            match (f, c) {
                (Ok(_), Ok(c)) if plausible_credit(&c, divisions) => Classified {
                    kind: IdKind::Credit,
                    result: Ok(Identifier::Credit(c)),
                    could_be: vec![IdKind::Credit, IdKind::ForeignPermanent],
                },
                (Ok(f), _) => one(
                    IdKind::ForeignPermanent,
                    Ok(Identifier::ForeignPermanent(f)),
                ),
                (Err(_), Ok(c)) => one(IdKind::Credit, Ok(Identifier::Credit(c))),
                (Err(_), Err(e)) => Classified {
                    kind: IdKind::Credit,
                    result: Err(e),
                    could_be: vec![IdKind::Credit, IdKind::ForeignPermanent],
                },
            }
        }
        Shape::Resident => match resident(&t) {
            Ok(id) => {
                let mut c = one(IdKind::Resident, Ok(Identifier::Resident(id)));
                if credit_ok(&t).is_some() {
                    c.could_be.push(IdKind::Credit);
                }
                c
            }
            // An all-digit credit code whose first two digits are no province stays a credit
            // code; any other failure is the resident number's.
            Err(e @ IdError::UnknownProvince { .. }) => match CreditCode::parse(&t) {
                Ok(c) => one(IdKind::Credit, Ok(Identifier::Credit(c))),
                Err(_) => one(IdKind::Resident, Err(e)),
            },
            Err(e) => one(IdKind::Resident, Err(e)),
        },
        Shape::Credit => one(
            IdKind::Credit,
            CreditCode::parse(&t).map(Identifier::Credit),
        ),
    }
}

/// A valid credit code whose department, category and division make sense (the division's
/// province part is a province, and the division is listed when a table is given).
fn plausible_credit(c: &CreditCode, divisions: Option<&DivisionTable>) -> bool {
    let division = c.division_code();
    let province_ok = division
        .get(0..2)
        .and_then(|p| p.parse::<u8>().ok())
        .is_some_and(|p| super::resident::is_province(p) || p == 10);
    category_name(c.department(), c.category()).is_some()
        && province_ok
        && divisions.is_none_or(|t| t.contains(division))
}

enum Shape {
    Resident,
    Credit,
    Foreign,
}

/// The kind a normalised string's shape says.
fn kind_of(t: &str) -> Shape {
    let b = t.as_bytes();
    let digits = |n: usize| b.len() >= n && b.iter().take(n).all(u8::is_ascii_digit);
    let last_ok =
        |c: Option<&u8>| c.is_some_and(|c| c.is_ascii_digit() || matches!(c, b'X' | b'x'));
    let all_resident_chars = !b.is_empty()
        && b.split_last()
            .is_some_and(|(last, body)| body.iter().all(u8::is_ascii_digit) && last_ok(Some(last)));
    match b.len() {
        15 if digits(15) => Shape::Resident,
        18 if digits(17) && b.first() == Some(&b'9') => Shape::Foreign,
        // Positions 7–14 a real date (read by hand, as `birth_date_of` does: chrono's format
        // parser is large code in the browser package), looked at only when it decides.
        18 if digits(17) || (digits(14) && b.get(6..14).and_then(yyyymmdd).is_some()) => {
            Shape::Resident
        }
        18 => Shape::Credit,
        _ if all_resident_chars => Shape::Resident,
        _ => Shape::Credit,
    }
}

/// Masks anything ID-like for display and logs: keeps the first six and the last four
/// characters (a resident number's division code and the end of its sequence), stars in
/// between; ten characters or fewer are all stars. Spaces around are dropped.
///
/// ```
/// assert_eq!(minzheng::id::mask(" 11010519491231002X "), "110105********002X");
/// assert_eq!(minzheng::id::mask("12345"), "*****");
/// ```
pub fn mask(text: &str) -> String {
    let chars: Vec<char> = text.trim().chars().collect();
    let n = chars.len();
    if n <= 10 {
        return "*".repeat(n);
    }
    chars
        .iter()
        .enumerate()
        .map(|(i, c)| if i < 6 || i + 4 >= n { *c } else { '*' })
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(20_000))]
        /// The hand-written reader (`resident::yyyymmdd`) says what chrono's `%Y%m%d` says on eight digits (the only
        /// input `kind_of` uses its answer for: the 14 leading characters are digits; chrono
        /// also takes signs and spaces).
        #[test]
        fn yyyymmdd_is_chrono_s(
            y in 0u32..10_000, m in 0u32..14, d in 0u32..33,
            other in "[0-9]{8}",
        ) {
            for text in [format!("{y:04}{m:02}{d:02}"), other] {
                let chrono = chrono::NaiveDate::parse_from_str(&text, "%Y%m%d").is_ok();
                proptest::prop_assert_eq!(yyyymmdd(text.as_bytes()).is_some(), chrono, "{}", text);
            }
        }
    }

    #[test]
    fn an_impossible_birth_date_is_an_invalid_resident_number() {
        let c = classify("11010519491331002X");
        // The same characters pass the credit code's check: the shape still decides.
        assert!(CreditCode::parse("11010519491331002X").is_ok());
        assert_eq!(c.kind, IdKind::Resident);
        assert_eq!(
            c.result,
            Err(IdError::BadBirthDate {
                text: "19491331".into(),
                position: 7,
            })
        );
    }

    #[test]
    fn shapes_decide_the_kind() {
        let kind = |s: &str| classify(s).kind;
        assert_eq!(kind("11010519491231002X"), IdKind::Resident);
        assert_eq!(kind("110105491231002"), IdKind::Resident);
        assert_eq!(kind("110105194912310021"), IdKind::Resident); // check wrong
        assert_eq!(kind("11010519491231002"), IdKind::Resident); // 17 digits
        assert_eq!(kind("11010519491231A02X"), IdKind::Resident); // typo after the birth date
        assert_eq!(kind("91350100M000100Y43"), IdKind::Credit);
        assert_eq!(kind("91350100M000100Y4"), IdKind::Credit);
        assert_eq!(kind(""), IdKind::Credit);
        assert_eq!(
            kind("１１０１０５１９４９１２３１００２Ｘ"),
            IdKind::Resident
        );
        assert!(matches!(
            classify("110105194912310021").result,
            Err(IdError::CheckCharacterWrong { .. })
        ));
        assert!(matches!(
            classify("11010519491231002").result,
            Err(IdError::WrongLength { len: 17, .. })
        ));
    }

    #[test]
    fn an_all_digit_valid_credit_code_is_a_credit_code() {
        let body = "91350100000100001";
        let code = format!("{body}{}", super::super::credit_check_char(body).unwrap());
        let c = classify(&code);
        assert_eq!(c.kind, IdKind::Credit, "{code}");
        assert!(matches!(c.result, Ok(Identifier::Credit(_))));
    }

    #[test]
    fn masking_keeps_six_and_four() {
        assert_eq!(mask("11010519491231002X"), "110105********002X");
        assert_eq!(mask("1101051949"), "**********");
        assert_eq!(mask("91350100M000100Y43"), "913501********0Y43");
        assert_eq!(mask("王芳王芳王芳王芳王芳王芳"), "王芳王芳王芳**王芳王芳");
    }
}
