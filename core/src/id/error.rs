//! Errors of identifier validation, with bilingual messages and stable codes.

use crate::errors::{Coded, ErrorCode};
use serde::Serialize;

/// Why a value is not a valid identifier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
#[non_exhaustive]
pub enum IdError {
    /// Nothing was given.
    Empty,
    /// Not 18 characters (nor 15 digits for an old resident number).
    WrongLength {
        /// Characters given.
        len: usize,
        /// What is accepted, e.g. `18/15` (either) or `18`.
        expected: String,
    },
    /// A character that may not appear at this position.
    BadCharacter {
        /// 1-based position.
        position: usize,
        /// The character.
        character: char,
        /// What may appear there.
        expected: Expected,
    },
    /// The birth-date part is not a real date.
    BadBirthDate {
        /// The eight (or six) digits.
        text: String,
        /// 1-based position of its first digit (7).
        position: usize,
    },
    /// The first two digits are not a province-level division code.
    UnknownProvince {
        /// The two digits.
        code: String,
    },
    /// The birth date is after the date given as today.
    BirthAfterToday {
        /// The birth date.
        birth: chrono::NaiveDate,
        /// Today, as the caller gave it.
        today: chrono::NaiveDate,
    },
    /// Well formed, but the check character does not match.
    CheckCharacterWrong {
        /// The computed check character.
        expected: char,
        /// The one given.
        found: char,
    },
    /// An age asked for a date before the birth date.
    DateBeforeBirth {
        /// The date asked.
        date: chrono::NaiveDate,
        /// The birth date.
        birth: chrono::NaiveDate,
    },
}

impl IdError {
    /// A stable machine code for bindings and JSON output.
    pub fn code(&self) -> &'static str {
        match self {
            IdError::Empty => "id_empty",
            IdError::WrongLength { .. } => "id_wrong_length",
            IdError::BadCharacter { .. } => "id_bad_character",
            IdError::BadBirthDate { .. } => "id_bad_birth_date",
            IdError::UnknownProvince { .. } => "id_unknown_province",
            IdError::CheckCharacterWrong { .. } => "id_check_character_wrong",
            IdError::DateBeforeBirth { .. } => "id_date_before_birth",
            IdError::BirthAfterToday { .. } => "id_birth_after_today",
        }
    }

    /// `true` when only the check character is wrong (the rest is well formed).
    pub fn is_check_failure(&self) -> bool {
        matches!(self, IdError::CheckCharacterWrong { .. })
    }
}

impl Coded for IdError {
    fn error_code(&self) -> ErrorCode {
        match self {
            IdError::Empty => ErrorCode::IdEmpty,
            IdError::WrongLength { .. } => ErrorCode::IdWrongLength,
            IdError::BadCharacter { .. } => ErrorCode::IdBadCharacter,
            IdError::BadBirthDate { .. } => ErrorCode::IdBadBirthDate,
            IdError::UnknownProvince { .. } => ErrorCode::IdUnknownProvince,
            IdError::CheckCharacterWrong { .. } => ErrorCode::IdCheckCharacterWrong,
            IdError::DateBeforeBirth { .. } => ErrorCode::IdDateBeforeBirth,
            IdError::BirthAfterToday { .. } => ErrorCode::IdBirthAfterToday,
        }
    }

    fn message_zh(&self) -> String {
        match self {
            IdError::Empty => "号码为空".to_owned(),
            IdError::WrongLength { expected, len } => format!("号码长度为 {len}，应为 {expected}"),
            IdError::BadCharacter {
                character,
                position,
                expected,
            } => format!(
                "第 {position} 位字符“{character}”不合法，应为{}",
                expected.zh()
            ),
            IdError::BadBirthDate { text, position } => format!(
                "第 {position}–{} 位出生日期码“{text}”不是有效日期：{}",
                position + text.len() - 1,
                date_problem(text).0
            ),
            IdError::UnknownProvince { code } => {
                format!("第 1–2 位“{code}”不是省级行政区划代码（应为 {PROVINCE_LIST}）")
            }
            IdError::BirthAfterToday { birth, today } => {
                format!("第 7–14 位出生日期 {birth} 晚于当前日期 {today}")
            }
            IdError::CheckCharacterWrong { expected, found } => {
                format!("第 18 位校验码错误：应为“{expected}”，实为“{found}”")
            }
            IdError::DateBeforeBirth { birth, date } => format!("日期 {date} 早于出生日期 {birth}"),
        }
    }

    fn message_en(&self) -> String {
        match self {
            IdError::Empty => "the number is empty".to_owned(),
            IdError::WrongLength { expected, len } => {
                format!("the number has {len} character(s), expected {expected}")
            }
            IdError::BadCharacter {
                character,
                position,
                expected,
            } => format!(
                "character '{character}' at position {position} is not allowed: expected {}",
                expected.en()
            ),
            IdError::BadBirthDate { text, position } => format!(
                "the birth-date part \"{text}\" (positions {position}–{}) is not a valid date: {}",
                position + text.len() - 1,
                date_problem(text).1
            ),
            IdError::UnknownProvince { code } => format!(
                "\"{code}\" (positions 1–2) is not a province-level division code (expected {PROVINCE_LIST})"
            ),
            IdError::BirthAfterToday { birth, today } => {
                format!("the birth date {birth} (positions 7–14) is after today ({today})")
            }
            IdError::CheckCharacterWrong { expected, found } => {
                format!("check character wrong (position 18): expected '{expected}', found '{found}'")
            }
            IdError::DateBeforeBirth { birth, date } => {
                format!("the date {date} is before the birth date {birth}")
            }
        }
    }
}

crate::errors::coded_display!(IdError);

/// The province-level codes of GB/T 2260 (and 81–83 for Hong Kong, Macao and Taiwan residents).
const PROVINCE_LIST: &str = "11–15、21–23、31–37、41–46、50–54、61–65、71、81–83";

/// What may stand at a position of an identifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Expected {
    /// A digit 0–9.
    Digit,
    /// A digit 0–9 or `X` (the check character of a resident number).
    DigitOrX,
    /// The digit 9 (first digit of a foreigner's permanent residence identity number).
    Nine,
    /// One of the 31 symbols of GB 32100 (digits and capital letters without I, O, Z, S, V).
    CreditSymbol,
}

impl Expected {
    /// The description in Chinese.
    pub fn zh(self) -> &'static str {
        match self {
            Expected::Digit => "数字 0–9",
            Expected::DigitOrX => "数字 0–9 或 X",
            Expected::Nine => "9（外国人永久居留身份证号码的首位）",
            Expected::CreditSymbol => "数字或大写字母（不用 I、O、Z、S、V）",
        }
    }

    /// The description in English.
    pub fn en(self) -> &'static str {
        match self {
            Expected::Digit => "a digit 0–9",
            Expected::DigitOrX => "a digit 0–9 or X",
            Expected::Nine => "9 (the first digit of a foreigner's permanent residence number)",
            Expected::CreditSymbol => "a digit or a capital letter other than I, O, Z, S, V",
        }
    }
}

/// What is wrong with a birth-date text (YYYYMMDD or YYMMDD), in Chinese and English.
fn date_problem(text: &str) -> (String, String) {
    let n = |r: std::ops::Range<usize>| text.get(r).and_then(|s| s.parse::<u32>().ok());
    let (y, m, d) = if text.len() == 6 {
        (n(0..2).map(|y| y + 1900), n(2..4), n(4..6))
    } else {
        (n(0..4), n(4..6), n(6..8))
    };
    match (y, m, d) {
        (Some(y), _, _) if y < 1800 => (
            format!("年份 {y} 早于 1800"),
            format!("the year {y} is before 1800"),
        ),
        (_, Some(m), _) if !(1..=12).contains(&m) => (
            format!("月份“{m:02}”应为 01–12"),
            format!("the month {m:02} should be 01–12"),
        ),
        (Some(y), Some(m), Some(d)) => (
            format!("{y} 年 {m} 月没有 {d:02} 日"),
            format!("{y}-{m:02} has no day {d:02}"),
        ),
        _ => ("应为数字".to_owned(), "digits expected".to_owned()),
    }
}
