//! Which identifier a string is: one decision for the CLI, the cross-check and every binding.

use super::{CreditCode, IdError, ResidentId};
use serde::Serialize;

/// The two identifiers the library knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum IdKind {
    /// 公民身份号码 (GB 11643).
    Resident,
    /// 统一社会信用代码 (GB 32100).
    Credit,
}

impl IdKind {
    /// The name in Chinese.
    pub fn zh(self) -> &'static str {
        match self {
            IdKind::Resident => "公民身份号码",
            IdKind::Credit => "统一社会信用代码",
        }
    }

    /// The name in English.
    pub fn en(self) -> &'static str {
        match self {
            IdKind::Resident => "resident identity number",
            IdKind::Credit => "unified social credit code",
        }
    }
}

/// A valid identifier of either kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Identifier {
    /// A valid resident identity number.
    Resident(ResidentId),
    /// A valid unified social credit code.
    Credit(CreditCode),
}

/// What a string was taken to be, and whether it is a valid one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Classified {
    /// The kind the string was read as (also when it is invalid: the error then says what is
    /// wrong against that kind's standard).
    pub kind: IdKind,
    /// The identifier, or why it is not a valid one of `kind`.
    pub result: Result<Identifier, IdError>,
}

/// Decides whether `text` is a resident identity number or a unified social credit code, and
/// checks it against that standard.
///
/// The shape decides: 15 digits, or 18 characters whose first 17 are digits, are read as a
/// resident number, so a wrong birth date or check character is reported as such — even when
/// the same characters happen to pass the credit code's check, as `11010519491331002X` does
/// (one in 31 resident-shaped strings would); only when the first two digits are no province
/// code and the characters are a valid credit code is it a credit code. A caller that knows
/// it holds credit codes asks [`CreditCode::parse`] directly. 18 characters whose
/// first 14 are digits with a real birth date in positions 7–14 are also a resident number (a
/// typo after the birth date); a value of only digits (and a final `X`) is a resident number of
/// the wrong length; anything else is read as a credit code. Spaces around are ignored.
///
/// ```
/// use minzheng::id::{classify, IdError, IdKind, Identifier};
/// let c = classify("11010519491331002X"); // month 13
/// assert_eq!(c.kind, IdKind::Resident);
/// assert!(matches!(c.result, Err(IdError::BadBirthDate { .. })));
/// assert!(matches!(classify("91350100M000100Y43").result, Ok(Identifier::Credit(_))));
/// ```
pub fn classify(text: &str) -> Classified {
    let kind = kind_of(text.trim());
    let result = match kind {
        IdKind::Resident => match ResidentId::parse(text) {
            Ok(id) => Ok(Identifier::Resident(id)),
            // An all-digit credit code whose first two digits are no province (e.g. `91…`, an
            // enterprise) stays a credit code; any other failure is the resident number's.
            Err(e @ IdError::UnknownProvince { .. }) => CreditCode::parse(text)
                .map(Identifier::Credit)
                .map_err(|_| e),
            Err(e) => Err(e),
        },
        IdKind::Credit => CreditCode::parse(text).map(Identifier::Credit),
    };
    let kind = match &result {
        Ok(Identifier::Credit(_)) => IdKind::Credit,
        Ok(Identifier::Resident(_)) => IdKind::Resident,
        Err(_) => kind,
    };
    Classified { kind, result }
}

/// The kind a trimmed string's shape says.
fn kind_of(t: &str) -> IdKind {
    let b = t.as_bytes();
    let digits = |n: usize| b.len() >= n && b.iter().take(n).all(u8::is_ascii_digit);
    let last_ok =
        |c: Option<&u8>| c.is_some_and(|c| c.is_ascii_digit() || matches!(c, b'X' | b'x'));
    let birth = t
        .get(6..14)
        .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y%m%d").ok())
        .is_some();
    let all_resident_chars = !b.is_empty()
        && b.split_last()
            .is_some_and(|(last, body)| body.iter().all(u8::is_ascii_digit) && last_ok(Some(last)));
    match b.len() {
        15 if digits(15) => IdKind::Resident,
        18 if digits(17) || (digits(14) && birth) => IdKind::Resident,
        18 => IdKind::Credit,
        _ if all_resident_chars => IdKind::Resident,
        _ => IdKind::Credit,
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

    #[test]
    fn an_impossible_birth_date_is_an_invalid_resident_number() {
        let c = classify("11010519491331002X");
        // The same characters pass the credit code's check: the shape still decides.
        assert!(CreditCode::parse("11010519491331002X").is_ok());
        assert_eq!(c.kind, IdKind::Resident);
        assert_eq!(
            c.result,
            Err(IdError::BadBirthDate {
                text: "19491331".into()
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
