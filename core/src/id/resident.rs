//! 公民身份号码 — the resident identity number (GB 11643-1999; LEGAL.md H1 [V2, verified by
//! computation]): six digits of division code, eight of birth date, three of sequence (odd for
//! men, even for women) and a check character by ISO 7064 MOD 11-2.

use super::error::{Expected, IdError};
use super::normalise::normalise;
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

/// `true` for a province-level code's first two digits (with 71, 81, 82, 83).
pub(crate) fn is_province(p: u8) -> bool {
    PROVINCES.contains(&p)
}

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
            expected: Expected::Digit,
        })?;
        sum += d * w;
    }
    Ok(CHECK.get((sum % 11) as usize).copied().unwrap_or('?'))
}

/// Whose resident identity number it is (GB 11643 numbers are also given to Hong Kong, Macao
/// and Taiwan residents on their residence permits, with the address codes 810000, 820000 and
/// 830000: 《港澳台居民居住证申领发放办法》, 国办发〔2018〕81号, and the public-security
/// explanation of the numbers; sources in DESIGN.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Holder {
    /// A mainland resident's identity card (居民身份证).
    Mainland,
    /// 港澳台居民居住证 of a Hong Kong resident (810000).
    HongKong,
    /// 港澳台居民居住证 of a Macao resident (820000).
    Macao,
    /// 港澳台居民居住证 of a Taiwan resident (830000).
    Taiwan,
}

impl Holder {
    /// The document in Chinese.
    pub fn zh(self) -> &'static str {
        match self {
            Holder::Mainland => "居民身份证",
            Holder::HongKong => "港澳台居民居住证（香港居民）",
            Holder::Macao => "港澳台居民居住证（澳门居民）",
            Holder::Taiwan => "港澳台居民居住证（台湾居民）",
        }
    }

    /// The document in English.
    pub fn en(self) -> &'static str {
        match self {
            Holder::Mainland => "resident identity card",
            Holder::HongKong => "residence permit of a Hong Kong resident",
            Holder::Macao => "residence permit of a Macao resident",
            Holder::Taiwan => "residence permit of a Taiwan resident",
        }
    }
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
    /// Parses and checks a number. Spaces around are ignored, full-width digits and a
    /// full-width or lower-case `x` are read as ASCII and `X` ([`normalise`](super::normalise));
    /// everything else must be exact. The birth date is checked to be a real date; to check
    /// it is not in the future too, use [`parse_on`](Self::parse_on).
    pub fn parse(text: &str) -> Result<ResidentId, IdError> {
        // What forms send is nearly always plain ASCII without lower case: read its bytes in
        // place (one allocation, the number kept). Anything else is normalised first; the two
        // paths give the same answers (property `byte_path_matches_the_char_path`).
        let t = text.trim_matches(|c: char| c.is_whitespace());
        if t.bytes().all(|b| b.is_ascii() && !b.is_ascii_lowercase()) {
            return Self::parse_ascii(t.as_bytes());
        }
        let n = normalise(text);
        if n.text.is_ascii() {
            return Self::parse_ascii(n.text.as_bytes());
        }
        Self::parse_chars(&n.text)
    }

    /// The byte path: ASCII text, already trimmed and in upper case.
    fn parse_ascii(b: &[u8]) -> Result<ResidentId, IdError> {
        match *b {
            [] => Err(IdError::Empty),
            [ref body @ .., last] if b.len() == 18 => {
                let mut n = [0u8; 18];
                n[..17].copy_from_slice(body);
                n[17] = last;
                Self::parse18_ascii(&n, false)
            }
            [a0, a1, a2, a3, a4, a5, ref rest @ ..] if rest.len() == 9 => {
                ascii_digits_only(b)?;
                let mut n = [0u8; 18];
                n[..6].copy_from_slice(&[a0, a1, a2, a3, a4, a5]);
                n[6..8].copy_from_slice(b"19");
                n[8..17].copy_from_slice(rest);
                n[17] = check_byte(&n);
                Self::parse18_ascii(&n, true)
            }
            _ => Err(IdError::WrongLength {
                len: b.len(),
                expected: "18/15".into(),
            }),
        }
    }

    /// The 18 characters of a number (the 15-digit form already widened), checked in the
    /// order of [`parse18`](Self::parse18): digits, the last character, the province, the
    /// birth date, the check character.
    fn parse18_ascii(n: &[u8; 18], converted: bool) -> Result<ResidentId, IdError> {
        ascii_digits_only(&n[..17])?;
        let last = n[17];
        if !(last.is_ascii_digit() || last == b'X') {
            return Err(IdError::BadCharacter {
                position: 18,
                character: char::from(last),
                expected: Expected::DigitOrX,
            });
        }
        let d = n.map(|c| u32::from(c.wrapping_sub(b'0')));
        let p = d[0] * 10 + d[1];
        if !PROVINCES.contains(&(p as u8)) {
            return Err(IdError::UnknownProvince {
                code: ascii_text(&n[..2]),
            });
        }
        let year = d[6] * 1000 + d[7] * 100 + d[8] * 10 + d[9];
        let birth = (year >= 1800)
            .then(|| NaiveDate::from_ymd_opt(year as i32, d[10] * 10 + d[11], d[12] * 10 + d[13]))
            .flatten()
            .ok_or_else(|| IdError::BadBirthDate {
                text: ascii_text(if converted { &n[8..14] } else { &n[6..14] }),
                position: 7,
            })?;
        let expected = check_byte(n);
        if expected != last {
            return Err(IdError::CheckCharacterWrong {
                expected: char::from(expected),
                found: char::from(last),
            });
        }
        Ok(ResidentId {
            number: ascii_text(n),
            birth_date: birth,
            sex: if d[16] % 2 == 1 {
                Sex::Male
            } else {
                Sex::Female
            },
            converted_from_15: converted,
        })
    }

    /// The character path, for text that holds a character outside ASCII after normalising:
    /// it is refused, with that character's position counted in characters.
    pub(super) fn parse_chars(text: &str) -> Result<ResidentId, IdError> {
        let chars: Vec<char> = text.chars().collect();
        match chars.len() {
            0 => Err(IdError::Empty),
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
                expected: "18/15".into(),
            }),
        }
    }

    /// [`parse`](Self::parse), and the birth date must not be after `today` (which the caller
    /// passes: the library has no clock).
    ///
    /// ```
    /// use minzheng::id::{IdError, ResidentId};
    /// use chrono::NaiveDate;
    /// let today = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
    /// assert!(ResidentId::parse_on("11010519491231002X", today).is_ok());
    /// let body = "11010520301231002";
    /// let future = format!("{body}{}", minzheng::id::resident_check_char(body)?);
    /// assert!(matches!(ResidentId::parse_on(&future, today), Err(IdError::BirthAfterToday { .. })));
    /// # Ok::<(), IdError>(())
    /// ```
    pub fn parse_on(text: &str, today: NaiveDate) -> Result<ResidentId, IdError> {
        let id = Self::parse(text)?;
        if id.birth_date > today {
            return Err(IdError::BirthAfterToday {
                birth: id.birth_date,
                today,
            });
        }
        Ok(id)
    }

    fn parse18(chars: &[char], converted: bool) -> Result<ResidentId, IdError> {
        digits_only(chars, 17)?;
        let last = chars.get(17).copied().unwrap_or(' ');
        if !(last.is_ascii_digit() || last == 'X') {
            return Err(IdError::BadCharacter {
                position: 18,
                character: last,
                expected: Expected::DigitOrX,
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
            position: 7,
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

    /// Whose number it is, from the address code: a mainland resident's, or the number on a
    /// residence permit for Hong Kong (810000), Macao (820000) or Taiwan (830000) residents.
    ///
    /// ```
    /// use minzheng::id::{Holder, ResidentId};
    /// let body = "81000019900101001";
    /// let permit = ResidentId::parse(&format!("{body}{}", minzheng::id::resident_check_char(body)?))?;
    /// assert_eq!(permit.holder(), Holder::HongKong);
    /// assert_eq!(ResidentId::parse("11010519491231002X")?.holder(), Holder::Mainland);
    /// # Ok::<(), minzheng::id::IdError>(())
    /// ```
    pub fn holder(&self) -> Holder {
        match self.division_code() {
            "810000" => Holder::HongKong,
            "820000" => Holder::Macao,
            "830000" => Holder::Taiwan,
            _ => Holder::Mainland,
        }
    }

    /// The first-generation 15-digit form (no century, no check character), for numbers of
    /// people born 1900–1999; `None` otherwise.
    ///
    /// ```
    /// use minzheng::id::ResidentId;
    /// assert_eq!(ResidentId::parse("370101190102039973")?.to_15().as_deref(), Some("370101010203997"));
    /// # Ok::<(), minzheng::id::IdError>(())
    /// ```
    pub fn to_15(&self) -> Option<String> {
        if self.number.get(6..8)? != "19" {
            return None;
        }
        let mut s = String::with_capacity(15);
        s.push_str(self.number.get(0..6)?);
        s.push_str(self.number.get(8..17)?);
        Some(s)
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
    match b.len() {
        18 => yyyymmdd(b.get(6..14)?),
        15 => NaiveDate::from_ymd_opt(
            i32::try_from(1900 + decimal(b.get(6..8)?)?).ok()?,
            decimal(b.get(8..10)?)?,
            decimal(b.get(10..12)?)?,
        ),
        _ => None,
    }
}

/// Eight ASCII digits YYYYMMDD as a date: `None` when they are not eight digits or name no day.
pub(crate) fn yyyymmdd(b: &[u8]) -> Option<NaiveDate> {
    if b.len() != 8 {
        return None;
    }
    NaiveDate::from_ymd_opt(
        i32::try_from(decimal(b.get(0..4)?)?).ok()?,
        decimal(b.get(4..6)?)?,
        decimal(b.get(6..8)?)?,
    )
}

/// ASCII digits as a number (`None` on any other byte; at most eight digits are asked for).
fn decimal(s: &[u8]) -> Option<u32> {
    s.iter().try_fold(0u32, |a, c| {
        c.is_ascii_digit().then(|| a * 10 + u32::from(c - b'0'))
    })
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

/// Every byte an ASCII digit, or the first that is not, refused at its 1-based position.
fn ascii_digits_only(b: &[u8]) -> Result<(), IdError> {
    match b.iter().position(|c| !c.is_ascii_digit()) {
        None => Ok(()),
        Some(i) => Err(IdError::BadCharacter {
            position: i + 1,
            character: b.get(i).copied().map_or('?', char::from),
            expected: Expected::Digit,
        }),
    }
}

/// The MOD 11-2 check character of the first 17 bytes (ASCII digits, already checked).
fn check_byte(n: &[u8; 18]) -> u8 {
    let sum: u32 = n
        .iter()
        .zip(WEIGHTS)
        .map(|(c, w)| u32::from(c.wrapping_sub(b'0')) * w)
        .sum();
    CHECK.get((sum % 11) as usize).map_or(b'?', |&c| c as u8)
}

/// ASCII bytes as text (every caller passes checked ASCII).
fn ascii_text(b: &[u8]) -> String {
    b.iter().copied().map(char::from).collect()
}

fn digits_only(chars: &[char], n: usize) -> Result<(), IdError> {
    for (i, c) in chars.iter().take(n).enumerate() {
        if !c.is_ascii_digit() {
            return Err(IdError::BadCharacter {
                position: i + 1,
                character: *c,
                expected: Expected::Digit,
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
