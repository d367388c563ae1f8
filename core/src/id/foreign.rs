//! 外国人永久居留身份证号码 — the number of the foreigner's permanent residence identity card,
//! 2023 edition, recognised only.
//!
//! What was read (National Immigration Administration, 《新版外国人永久居留身份证机读信息规则》,
//! 2023, as reproduced at eastcoms.com; DESIGN.md): the number has 18 characters, 17 digits and
//! a check character computed "with the MOD 11-2 algorithm, as for the citizen identity
//! number"; its first digit is `9`, which marks a foreigner (a citizen's number begins 1–8).
//! The layout of the other 16 digits (its table 1) was not readable, so nothing more is decoded:
//! no birth date, no nationality. The 2017 edition's 15-character numbers (3 letters and 12
//! digits) are not recognised: no text giving their check was read.

use super::error::{Expected, IdError};
use super::normalise::normalise;
use super::resident_check_char;
use serde::Serialize;

/// A well-formed number of a 2023-edition foreigner's permanent residence identity card
/// (first digit 9, MOD 11-2 check character). Nothing else is decoded (see the module text).
///
/// ```
/// use minzheng::id::ForeignPermanentId;
/// let body = "93310000198001010";
/// let n = format!("{body}{}", minzheng::id::resident_check_char(body)?);
/// assert!(ForeignPermanentId::parse(&n).is_ok());
/// assert!(ForeignPermanentId::parse("11010519491231002X").is_err()); // a citizen's number
/// # Ok::<(), minzheng::id::IdError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct ForeignPermanentId {
    number: String,
}

impl ForeignPermanentId {
    /// Parses and checks a number (normalised like a resident number).
    pub fn parse(text: &str) -> Result<ForeignPermanentId, IdError> {
        let n = normalise(text);
        let chars: Vec<char> = n.text.chars().collect();
        if chars.is_empty() {
            return Err(IdError::Empty);
        }
        if chars.len() != 18 {
            return Err(IdError::WrongLength {
                len: chars.len(),
                expected: "18".into(),
            });
        }
        for (i, c) in chars.iter().enumerate().take(17) {
            if !c.is_ascii_digit() {
                return Err(IdError::BadCharacter {
                    position: i + 1,
                    character: *c,
                    expected: Expected::Digit,
                });
            }
        }
        if let Some(c) = chars.first().filter(|c| **c != '9') {
            return Err(IdError::BadCharacter {
                position: 1,
                character: *c,
                expected: Expected::Nine,
            });
        }
        let last = chars.get(17).copied().unwrap_or(' ');
        if !(last.is_ascii_digit() || last == 'X') {
            return Err(IdError::BadCharacter {
                position: 18,
                character: last,
                expected: Expected::DigitOrX,
            });
        }
        let expected = resident_check_char(n.text.get(0..17).unwrap_or(""))?;
        if expected != last {
            return Err(IdError::CheckCharacterWrong {
                expected,
                found: last,
            });
        }
        Ok(ForeignPermanentId { number: n.text })
    }

    /// The 18-character number.
    pub fn number(&self) -> &str {
        &self.number
    }

    /// The number for display (`933100********0101`-style: first six, last four).
    pub fn masked(&self) -> String {
        super::mask(&self.number)
    }
}
