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
        /// What is accepted, e.g. `18 或 15` / `18`.
        expected: String,
    },
    /// A character that may not appear at this position.
    BadCharacter {
        /// 1-based position.
        position: usize,
        /// The character.
        character: char,
    },
    /// The birth-date part is not a real date.
    BadBirthDate {
        /// The eight (or six) digits.
        text: String,
    },
    /// The first two digits are not a province-level division code.
    UnknownProvince {
        /// The two digits.
        code: String,
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
        }
    }

    fn message_zh(&self) -> String {
        match self {
            IdError::Empty => "号码为空".to_owned(),
            IdError::WrongLength { expected, len } => format!("号码长度为 {len}，应为 {expected}"),
            IdError::BadCharacter {
                character,
                position,
            } => format!("第 {position} 位字符“{character}”不合法"),
            IdError::BadBirthDate { text } => format!("出生日期码“{text}”不是有效日期"),
            IdError::UnknownProvince { code } => {
                format!("地址码前两位“{code}”不是省级行政区划代码")
            }
            IdError::CheckCharacterWrong { expected, found } => {
                format!("校验码错误：应为“{expected}”，实为“{found}”")
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
            } => format!("character '{character}' at position {position} is not allowed"),
            IdError::BadBirthDate { text } => {
                format!("the birth-date part \"{text}\" is not a valid date")
            }
            IdError::UnknownProvince { code } => {
                format!("\"{code}\" is not a province-level division code")
            }
            IdError::CheckCharacterWrong { expected, found } => {
                format!("check character wrong: expected '{expected}', found '{found}'")
            }
            IdError::DateBeforeBirth { birth, date } => {
                format!("the date {date} is before the birth date {birth}")
            }
        }
    }
}

crate::errors::coded_display!(IdError);
