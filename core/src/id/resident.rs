//! 公民身份号码 — the resident identity number (GB 11643-1999; LEGAL.md H1 [V2, verified by
//! computation]): six digits of division code, eight of birth date, three of sequence (odd for
//! men, even for women) and a check character by ISO 7064 MOD 11-2.

use super::error::IdError;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// Sex as encoded by the sequence code (顺序码: odd = male, even = female).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    /// 男.
    Male,
    /// 女.
    Female,
}

impl Sex {
    /// `男` / `女`.
    pub fn as_zh(self) -> &'static str {
        match self {
            Sex::Male => "男",
            Sex::Female => "女",
        }
    }
}

/// Weights W_i = 2^(i−1) mod 11 for the 17 body digits, left to right.
const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/// R = Σ mod 11 → check character.
const CHECK: [char; 11] = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'];
/// Province-level division codes (first two digits), including 71/81/82/83 used for Taiwan,
/// Hong Kong and Macao residents' numbers.
const PROVINCES: [u8; 35] = [
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
    53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83,
];

/// The MOD 11-2 check character for 17 body digits.
///
/// ```
/// assert_eq!(minzheng::id::resident_check_char("34052419800101001"), Ok('X'));
/// assert_eq!(minzheng::id::resident_check_char("37010119010203997"), Ok('3'));
/// ```
pub fn resident_check_char(body: &str) -> Result<char, IdError> {
    let n = body.chars().count();
    if n != 17 {
        return Err(IdError::WrongLength {
            len: n,
            expected: "17".into(),
        });
    }
    let mut sum = 0u32;
    for (i, (c, w)) in body.chars().zip(WEIGHTS).enumerate() {
        let d = c.to_digit(10).ok_or(IdError::BadCharacter {
            position: i + 1,
            character: c,
        })?;
        sum += d * w;
    }
    Ok(CHECK.get((sum % 11) as usize).copied().unwrap_or('?'))
}

/// A valid resident identity number, decoded.
///
/// Old 15-digit numbers (six-digit birth date in the 1900s, no check character) are accepted
/// and converted to the 18-character form: `19` is inserted before the year and the check
/// character computed.
///
/// ```
/// use minzheng::id::ResidentId;
/// use chrono::NaiveDate;
/// let old = ResidentId::parse("370101010203997")?;
/// assert_eq!(old.number(), "370101190102039973");
/// assert!(old.converted_from_15());
/// assert_eq!(old.age_on(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap())?, 124);
/// # Ok::<(), minzheng::id::IdError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct ResidentId {
    number: String,
    birth_date: NaiveDate,
    sex: Sex,
    converted_from_15: bool,
}

impl ResidentId {
    /// Parses and checks a number. Surrounding spaces are ignored and a lowercase `x` is read
    /// as `X`; everything else must be exact.
    pub fn parse(text: &str) -> Result<ResidentId, IdError> {
        let t = text.trim();
        if t.is_empty() {
            return Err(IdError::Empty);
        }
        let chars: Vec<char> = t.chars().map(|c| c.to_ascii_uppercase()).collect();
        match chars.len() {
            18 => Self::parse18(&chars, false),
            15 => {
                digits_only(&chars, 15)?;
                let mut body: String = chars.iter().take(6).collect();
                body.push_str("19");
                body.extend(chars.iter().skip(6));
                let check = resident_check_char(&body)?;
                body.push(check);
                let full: Vec<char> = body.chars().collect();
                Self::parse18(&full, true)
            }
            len => Err(IdError::WrongLength {
                len,
                expected: "18 或 15 / 18 or 15".into(),
            }),
        }
    }

    fn parse18(chars: &[char], converted: bool) -> Result<ResidentId, IdError> {
        digits_only(chars, 17)?;
        let last = chars.get(17).copied().unwrap_or(' ');
        if !(last.is_ascii_digit() || last == 'X') {
            return Err(IdError::BadCharacter {
                position: 18,
                character: last,
            });
        }
        let s: String = chars.iter().collect();
        let province = s.get(0..2).unwrap_or("");
        let p: u8 = province.parse().unwrap_or(0);
        if !PROVINCES.contains(&p) {
            return Err(IdError::UnknownProvince {
                code: province.to_owned(),
            });
        }
        let birth_text = s.get(6..14).unwrap_or("");
        let birth = parse_birth(birth_text).ok_or_else(|| IdError::BadBirthDate {
            text: if converted {
                birth_text.get(2..).unwrap_or("").to_owned()
            } else {
                birth_text.to_owned()
            },
        })?;
        let expected = resident_check_char(s.get(0..17).unwrap_or(""))?;
        if expected != last {
            return Err(IdError::CheckCharacterWrong {
                expected,
                found: last,
            });
        }
        let seq = chars.get(16).and_then(|c| c.to_digit(10)).unwrap_or(0);
        Ok(ResidentId {
            number: s,
            birth_date: birth,
            sex: if seq % 2 == 1 { Sex::Male } else { Sex::Female },
            converted_from_15: converted,
        })
    }

    /// The 18-character number.
    pub fn number(&self) -> &str {
        &self.number
    }

    /// The six-digit division code (地址码) of the registration at issue.
    pub fn division_code(&self) -> &str {
        self.number.get(0..6).unwrap_or("")
    }

    /// The birth date (出生日期码).
    pub fn birth_date(&self) -> NaiveDate {
        self.birth_date
    }

    /// Sex from the sequence code.
    pub fn sex(&self) -> Sex {
        self.sex
    }

    /// `true` if the number was given in the old 15-digit form.
    pub fn converted_from_15(&self) -> bool {
        self.converted_from_15
    }

    /// Age in whole years on `date` (周岁).
    pub fn age_on(&self, date: NaiveDate) -> Result<u32, IdError> {
        age_on(self.birth_date, date)
    }

    /// The number for display: the division code and the last four characters, the birth date
    /// and first sequence digits masked (`110105********002X`).
    pub fn masked(&self) -> String {
        super::mask(&self.number)
    }
}

/// The birth date encoded in an 18- or 15-digit number, without allocating and without checking
/// the check character (for hot paths over data already validated; use [`ResidentId::parse`]
/// to validate).
///
/// ```
/// use chrono::NaiveDate;
/// assert_eq!(minzheng::id::birth_date_of("11010519491231002X"), NaiveDate::from_ymd_opt(1949, 12, 31));
/// assert_eq!(minzheng::id::birth_date_of("110105491231002"), NaiveDate::from_ymd_opt(1949, 12, 31));
/// assert_eq!(minzheng::id::birth_date_of("1101051949"), None);
/// ```
pub fn birth_date_of(number: &str) -> Option<NaiveDate> {
    let b = number.trim().as_bytes();
    let num = |s: &[u8]| -> Option<u32> {
        s.iter().try_fold(0u32, |a, c| {
            c.is_ascii_digit().then(|| a * 10 + u32::from(c - b'0'))
        })
    };
    let (y, m, d) = match b.len() {
        18 => (
            num(b.get(6..10)?)?,
            num(b.get(10..12)?)?,
            num(b.get(12..14)?)?,
        ),
        15 => (
            1900 + num(b.get(6..8)?)?,
            num(b.get(8..10)?)?,
            num(b.get(10..12)?)?,
        ),
        _ => return None,
    };
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
}

/// Age in whole years (周岁) on `date`: the birthday itself counts. A 29 February birthday is
/// reached on 1 March in common years.
pub fn age_on(birth: NaiveDate, date: NaiveDate) -> Result<u32, IdError> {
    if date < birth {
        return Err(IdError::DateBeforeBirth { date, birth });
    }
    let mut years = date.year() - birth.year();
    if (date.month(), date.day()) < (birth.month(), birth.day()) {
        years -= 1;
    }
    Ok(u32::try_from(years).unwrap_or(0))
}

fn digits_only(chars: &[char], n: usize) -> Result<(), IdError> {
    for (i, c) in chars.iter().take(n).enumerate() {
        if !c.is_ascii_digit() {
            return Err(IdError::BadCharacter {
                position: i + 1,
                character: *c,
            });
        }
    }
    Ok(())
}

fn parse_birth(t: &str) -> Option<NaiveDate> {
    let y: i32 = t.get(0..4)?.parse().ok()?;
    let m: u32 = t.get(4..6)?.parse().ok()?;
    let d: u32 = t.get(6..8)?.parse().ok()?;
    if y < 1800 {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m, d)
}
