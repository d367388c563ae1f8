//! 统一社会信用代码 — the unified social credit code (GB 32100-2015; LEGAL.md H2 [V2, verified
//! by computation]): department (1 char), category (1), division code (6), organisation code (9),
//! check character (1), from 31 symbols without I, O, Z, S, V.

use super::error::{Expected, IdError};
use super::normalise::normalise;
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
            expected: Expected::CreditSymbol,
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
    /// Parses and checks a code: 18 symbols of the charset, digits in positions 3–8, and the
    /// check character. Spaces around are ignored, full-width and lower-case letters are read
    /// as ASCII capitals ([`normalise`](super::normalise)). The registering department, the
    /// category, the division and the organisation code's own check character are not reasons
    /// to refuse a code: [`check`](super::check) reports them as warnings (DESIGN.md).
    pub fn parse(text: &str) -> Result<CreditCode, IdError> {
        let n = normalise(text);
        if n.text.is_empty() {
            return Err(IdError::Empty);
        }
        let chars: Vec<char> = n.text.chars().collect();
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
                    expected: Expected::CreditSymbol,
                });
            }
        }
        // 第3–8位 is an administrative division code: digits only.
        for (i, c) in chars.iter().enumerate().skip(2).take(6) {
            if !c.is_ascii_digit() {
                return Err(IdError::BadCharacter {
                    position: i + 1,
                    character: *c,
                    expected: Expected::Digit,
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

    /// The registering department's name (登记管理部门, position 1), from the table of
    /// GB 32100-2015 with its later additions (A, N) as the public pages reproduce it
    /// (DESIGN.md); `None` for a character not in it.
    pub fn department_name(&self) -> Option<&'static str> {
        department_name(self.department())
    }

    /// The category's name (机构类别, position 2) from the same table; `None` when the
    /// department or the category is not in it.
    pub fn category_name(&self) -> Option<&'static str> {
        category_name(self.department(), self.category())
    }

    /// The organisation code (positions 9–17) passes its own GB 11714 check (its ninth
    /// character against the first eight). Codes issued before the scheme settled can fail it
    /// and still be genuine: a failure is a warning, never a refusal (DESIGN.md).
    ///
    /// ```
    /// use minzheng::id::CreditCode;
    /// assert!(CreditCode::parse("91350100M000100Y43")?.organisation_code_checks());
    /// # Ok::<(), minzheng::id::IdError>(())
    /// ```
    pub fn organisation_code_checks(&self) -> bool {
        let org = self.organisation_code();
        organisation_check_char(org.get(0..8).unwrap_or("")).is_some_and(|c| org.ends_with(c))
    }
}

/// Registering departments (GB 32100-2015 table 1, with A and N added later): code, name.
pub(crate) const DEPARTMENTS: [(char, &str); 12] = [
    ('1', "机构编制"),
    ('2', "外交"),
    ('3', "司法行政"),
    ('4', "文化"),
    ('5', "民政"),
    ('6', "旅游"),
    ('7', "宗教"),
    ('8', "工会"),
    ('9', "工商"),
    ('A', "中央军委改革和编制办公室"),
    ('N', "农业"),
    ('Y', "其他"),
];

/// Categories per department (department, category, name).
const CATEGORIES: [(char, char, &str); 35] = [
    ('1', '1', "机关"),
    ('1', '2', "事业单位"),
    ('1', '3', "中央编办直接管理机构编制的群众团体"),
    ('1', '9', "其他"),
    ('2', '1', "外国常住新闻机构"),
    ('2', '9', "其他"),
    ('3', '1', "律师执业机构"),
    ('3', '2', "公证处"),
    ('3', '3', "基层法律服务所"),
    ('3', '4', "司法鉴定机构"),
    ('3', '5', "仲裁委员会"),
    ('3', '9', "其他"),
    ('4', '1', "外国在华文化中心"),
    ('4', '9', "其他"),
    ('5', '1', "社会团体"),
    ('5', '2', "民办非企业单位"),
    ('5', '3', "基金会"),
    ('5', '9', "其他"),
    ('6', '1', "外国旅游部门常驻代表机构"),
    ('6', '2', "港澳台地区旅游部门常驻内地（大陆）代表机构"),
    ('6', '9', "其他"),
    ('7', '1', "宗教活动场所"),
    ('7', '2', "宗教院校"),
    ('7', '9', "其他"),
    ('8', '1', "基层工会"),
    ('8', '9', "其他"),
    ('9', '1', "企业"),
    ('9', '2', "个体工商户"),
    ('9', '3', "农民专业合作社"),
    ('A', '1', "军队事业单位"),
    ('A', '9', "其他"),
    ('N', '1', "组级集体经济组织"),
    ('N', '2', "村级集体经济组织"),
    ('N', '3', "乡镇级集体经济组织"),
    ('N', '9', "其他"),
];

/// The name of a registering department (position 1 of a credit code).
///
/// ```
/// assert_eq!(minzheng::id::department_name('5'), Some("民政"));
/// assert_eq!(minzheng::id::department_name('B'), None);
/// ```
pub fn department_name(department: char) -> Option<&'static str> {
    DEPARTMENTS
        .iter()
        .find(|(c, _)| *c == department)
        .map(|(_, n)| *n)
}

/// The name of a category (position 2) under a department; department `Y` (其他) has the single
/// category `1`, which has no name of its own ("不再具体划分机构类别").
///
/// ```
/// assert_eq!(minzheng::id::category_name('1', '1'), Some("机关"));
/// assert_eq!(minzheng::id::category_name('Y', '1'), Some("其他（不再划分类别）"));
/// assert_eq!(minzheng::id::category_name('9', '9'), None);
/// ```
pub fn category_name(department: char, category: char) -> Option<&'static str> {
    if department == 'Y' {
        return (category == '1').then_some("其他（不再划分类别）");
    }
    CATEGORIES
        .iter()
        .find(|(d, c, _)| *d == department && *c == category)
        .map(|(_, _, n)| *n)
}

/// GB 11714-1997 weights W_i for the eight body characters of an organisation code.
const ORG_WEIGHTS: [u32; 8] = [3, 7, 9, 10, 5, 8, 4, 2];

/// The GB 11714-1997 check character of an organisation code's eight body characters:
/// C9 = 11 − MOD(Σ C_i·W_i, 11), 10 written `X` and 11 written `0`; a digit has its value, a
/// capital letter A–Z the values 10–35. `None` when the body is not eight digits or capitals.
///
/// ```
/// assert_eq!(minzheng::id::organisation_check_char("M000100Y"), Some('4'));
/// assert_eq!(minzheng::id::organisation_check_char("12345678"), Some('8'));
/// assert_eq!(minzheng::id::organisation_check_char("1234567"), None);
/// ```
pub fn organisation_check_char(body: &str) -> Option<char> {
    let b = body.as_bytes();
    if b.len() != 8 {
        return None;
    }
    let mut sum = 0u32;
    for (c, w) in b.iter().zip(ORG_WEIGHTS) {
        let v = match c {
            b'0'..=b'9' => u32::from(c - b'0'),
            b'A'..=b'Z' => u32::from(c - b'A') + 10,
            _ => return None,
        };
        sum += v * w;
    }
    Some(match 11 - sum % 11 {
        10 => 'X',
        11 => '0',
        d => char::from_digit(d, 10)?,
    })
}
