//! 统一社会信用代码 — the unified social credit code (GB 32100-2015; LEGAL.md H2 [V2, verified
//! by computation]): department (1 char), category (1), division code (6), organisation code (9),
//! check character (1), from 31 symbols without I, O, Z, S, V.

use super::error::IdError;
use serde::Serialize;

/// The 31 symbols in value order: the value of a character is its index here. (Not
/// `c − 'A' + 10`: the letters I, O, Z, S and V are skipped.)
pub const CREDIT_CHARSET: &str = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/// W_i = 3^(i−1) mod 31 for positions 1..17.
const WEIGHTS: [u32; 17] = [
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];

fn value(c: char) -> Option<u32> {
    CREDIT_CHARSET
        .chars()
        .position(|x| x == c)
        .and_then(|p| u32::try_from(p).ok())
}

/// The check character for the first 17 characters: C18 = (31 − Σ mod 31) mod 31.
///
/// ```
/// assert_eq!(minzheng::id::credit_check_char("91350100M000100Y4"), Ok('3'));
/// ```
pub fn credit_check_char(body: &str) -> Result<char, IdError> {
    let n = body.chars().count();
    if n != 17 {
        return Err(IdError::WrongLength {
            len: n,
            expected: "17".into(),
        });
    }
    let mut sum = 0u32;
    for (i, (c, w)) in body.chars().zip(WEIGHTS).enumerate() {
        let v = value(c).ok_or(IdError::BadCharacter {
            position: i + 1,
            character: c,
        })?;
        sum += v * w;
    }
    let c18 = (31 - sum % 31) % 31;
    Ok(CREDIT_CHARSET.chars().nth(c18 as usize).unwrap_or('?'))
}

/// A valid unified social credit code, decoded.
///
/// ```
/// use minzheng::id::CreditCode;
/// // A civil-affairs (5) foundation (3) code built for the example.
/// let body = "53110000MJ0000001";
/// let code = format!("{body}{}", minzheng::id::credit_check_char(body)?);
/// let c = CreditCode::parse(&code)?;
/// assert_eq!(c.department_name(), Some("民政"));
/// assert_eq!(c.category_name(), Some("基金会"));
/// assert_eq!(c.division_code(), "110000");
/// # Ok::<(), minzheng::id::IdError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct CreditCode {
    code: String,
}

impl CreditCode {
    /// Parses and checks a code. Surrounding spaces are ignored and lowercase letters are read
    /// as uppercase.
    pub fn parse(text: &str) -> Result<CreditCode, IdError> {
        let t = text.trim();
        if t.is_empty() {
            return Err(IdError::Empty);
        }
        let chars: Vec<char> = t.chars().map(|c| c.to_ascii_uppercase()).collect();
        if chars.len() != 18 {
            return Err(IdError::WrongLength {
                len: chars.len(),
                expected: "18".into(),
            });
        }
        for (i, c) in chars.iter().enumerate() {
            if value(*c).is_none() {
                return Err(IdError::BadCharacter {
                    position: i + 1,
                    character: *c,
                });
            }
        }
        // 第3–8位 is an administrative division code: digits only.
        for (i, c) in chars.iter().enumerate().skip(2).take(6) {
            if !c.is_ascii_digit() {
                return Err(IdError::BadCharacter {
                    position: i + 1,
                    character: *c,
                });
            }
        }
        let code: String = chars.iter().collect();
        let expected = credit_check_char(code.get(0..17).unwrap_or(""))?;
        let found = chars.get(17).copied().unwrap_or(' ');
        if expected != found {
            return Err(IdError::CheckCharacterWrong { expected, found });
        }
        Ok(CreditCode { code })
    }

    /// The 18-character code.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// 登记管理部门代码 (position 1).
    pub fn department(&self) -> char {
        self.code.chars().next().unwrap_or(' ')
    }

    /// 机构类别代码 (position 2).
    pub fn category(&self) -> char {
        self.code.chars().nth(1).unwrap_or(' ')
    }

    /// 登记管理机关行政区划码 (positions 3–8).
    pub fn division_code(&self) -> &str {
        self.code.get(2..8).unwrap_or("")
    }

    /// 主体标识码 (组织机构代码, positions 9–17).
    pub fn organisation_code(&self) -> &str {
        self.code.get(8..17).unwrap_or("")
    }

    /// `true` for codes registered by civil affairs (department 5).
    pub fn is_civil_affairs(&self) -> bool {
        self.department() == '5'
    }

    /// The registering department's name (LEGAL.md H2 \[V2\]; the standard's own table not read).
    pub fn department_name(&self) -> Option<&'static str> {
        Some(match self.department() {
            '1' => "机构编制",
            '2' => "外交",
            '3' => "司法行政",
            '4' => "文化",
            '5' => "民政",
            '6' => "旅游",
            '7' => "宗教",
            '8' => "工会",
            '9' => "工商",
            'A' => "中央军委改革和编制办公室",
            'N' => "农业",
            'Y' => "其他",
            _ => return None,
        })
    }

    /// The category's name where we know the department's table (civil affairs only:
    /// 1 社会团体, 2 民办非企业单位, 3 基金会, 9 其他; LEGAL.md H2 \[V2\]).
    pub fn category_name(&self) -> Option<&'static str> {
        if !self.is_civil_affairs() {
            return None;
        }
        Some(match self.category() {
            '1' => "社会团体",
            '2' => "民办非企业单位",
            '3' => "基金会",
            '9' => "其他",
            _ => return None,
        })
    }
}
