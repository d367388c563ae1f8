//! Result numbers and messages: the one place where a core error becomes a number and two
//! messages for C.
//!
//! PROVISIONAL until the core's error registry (`minzheng::errors::ErrorCode`, issue 12) lands:
//! the general codes 1–7 follow the registry's announced names, and the domain errors map from
//! their stable string codes through [`domain_number`]. When the registry is merged,
//! [`Failure::from_core`] becomes `ErrorCode`/`Coded` and this table goes.

use std::ffi::CStr;
use std::fmt::Display;

/// A failed call: the number returned to C, and the messages of the last error.
#[derive(Debug, Clone)]
pub(crate) struct Failure {
    /// The result number (never 0).
    pub number: u32,
    /// Chinese message.
    pub zh: String,
    /// English message.
    pub en: String,
}

/// A required pointer was NULL.
pub(crate) const NULL_POINTER: u32 = 1;
/// A string argument is not valid UTF-8.
pub(crate) const INVALID_UTF8: u32 = 2;
/// A date argument is not a real date in `YYYYMMDD` form.
pub(crate) const INVALID_DATE: u32 = 3;
/// JSON input that does not parse, or output that cannot be written.
pub(crate) const JSON: u32 = 4;
/// A caller's buffer is too small.
pub(crate) const BUFFER_TOO_SMALL: u32 = 5;
/// The library panicked; the call had no effect.
pub(crate) const PANIC: u32 = 6;
/// Another invalid argument (an unknown enum value, an interior NUL, ...).
pub(crate) const INVALID_ARGUMENT: u32 = 7;

impl Failure {
    fn new(number: u32, zh: impl Into<String>, en: impl Into<String>) -> Failure {
        Failure {
            number,
            zh: zh.into(),
            en: en.into(),
        }
    }

    /// A core error: its stable string code and its bilingual `中文 / English` message.
    pub(crate) fn from_core(code: &str, domain: u32, e: &impl Display) -> Failure {
        let text = e.to_string();
        let (zh, en) = match text.split_once(" / ") {
            Some((zh, en)) => (zh.to_owned(), en.to_owned()),
            None => (text.clone(), text),
        };
        Failure::new(domain_number(code).unwrap_or(domain), zh, en)
    }
}

/// Every number in use with its stable name (provisional, see the module doc).
const NAMES: &[(u32, &CStr)] = &[
    (0, c"ok"),
    (NULL_POINTER, c"null_pointer"),
    (INVALID_UTF8, c"invalid_utf8"),
    (INVALID_DATE, c"invalid_date"),
    (JSON, c"json"),
    (BUFFER_TOO_SMALL, c"buffer_too_small"),
    (PANIC, c"panic"),
    (INVALID_ARGUMENT, c"invalid_argument"),
    (1001, c"year_not_covered"),
    (1002, c"out_of_range"),
    (1003, c"from_after_to"),
    (1004, c"invalid_data"),
    (1101, c"unknown_period"),
    (1102, c"suspension_reversed"),
    (1103, c"extension_not_allowed"),
    (1104, c"too_many_extensions"),
    (1105, c"extension_too_long"),
    (1106, c"zero_extension"),
    (1107, c"extension_after_expiry"),
    (1108, c"extension_before_start"),
    (1109, c"answered_before_start"),
    (1110, c"answered_after_today"),
    (1111, c"not_applicable"),
    (1112, c"invalid_catalogue"),
    (1201, c"id_empty"),
    (1202, c"id_wrong_length"),
    (1203, c"id_bad_character"),
    (1204, c"id_bad_birth_date"),
    (1205, c"id_unknown_province"),
    (1206, c"id_check_character_wrong"),
    (1207, c"id_date_before_birth"),
    (1300, c"disclosure"),
    (1400, c"eligibility"),
    (1500, c"power"),
    (1600, c"tables"),
    (1700, c"window"),
    (1800, c"crosscheck"),
];

/// The number of a domain error's string code (provisional, see the module doc).
fn domain_number(code: &str) -> Option<u32> {
    NAMES
        .iter()
        .find(|(n, c)| *n >= 1000 && c.to_bytes() == code.as_bytes())
        .map(|(n, _)| *n)
}

/// The stable name of a result number (`null_pointer`, `year_not_covered`, ...); `unknown`
/// for a number not in use.
pub(crate) fn name_of(number: u32) -> &'static CStr {
    NAMES
        .iter()
        .find(|(n, _)| *n == number)
        .map_or(c"unknown", |(_, c)| c)
}

pub(crate) fn null(what: &str) -> Failure {
    Failure::new(
        NULL_POINTER,
        format!("参数 {what} 为空指针"),
        format!("argument {what} is NULL"),
    )
}

pub(crate) fn utf8(what: &str, at: usize) -> Failure {
    Failure::new(
        INVALID_UTF8,
        format!("参数 {what} 不是有效的 UTF-8（第 {} 字节起）", at + 1),
        format!("argument {what} is not valid UTF-8 (from byte {})", at + 1),
    )
}

pub(crate) fn bad_date(what: &str, ymd: i32) -> Failure {
    Failure::new(
        INVALID_DATE,
        format!("参数 {what} 的值 {ymd} 不是 YYYYMMDD 形式的有效日期"),
        format!("argument {what} = {ymd} is not a valid YYYYMMDD date"),
    )
}

pub(crate) fn json(what: &str, e: &serde_json::Error) -> Failure {
    Failure::new(
        JSON,
        format!("{what} 的 JSON 有误（第 {} 行第 {} 列）：{e}", e.line(), e.column()),
        format!("{what}: malformed JSON at line {}, column {}: {e}", e.line(), e.column()),
    )
}

pub(crate) fn interior_nul() -> Failure {
    Failure::new(
        INVALID_ARGUMENT,
        "结果含有 NUL 字符，无法作为 C 字符串返回",
        "the result contains a NUL character and cannot be returned as a C string",
    )
}

pub(crate) fn invalid_argument(zh: String, en: String) -> Failure {
    Failure::new(INVALID_ARGUMENT, zh, en)
}

pub(crate) fn too_small(needed: usize, cap: usize) -> Failure {
    Failure::new(
        BUFFER_TOO_SMALL,
        format!("缓冲区只能容纳 {cap} 项，需要 {needed} 项"),
        format!("the buffer holds {cap} element(s), {needed} needed"),
    )
}

/// A batch element's failure: the same number, the messages naming the element.
pub(crate) fn at_index(i: usize, f: Failure) -> Failure {
    Failure {
        number: f.number,
        zh: format!("第 {i} 项（从 0 起）：{}", f.zh),
        en: format!("element {i} (from 0): {}", f.en),
    }
}

pub(crate) fn panicked() -> Failure {
    Failure::new(
        PANIC,
        "库内部错误（panic），本次调用无任何效果",
        "internal error (panic) in the library; the call had no effect",
    )
}

macro_rules! coded {
    ($($t:ty => $domain:expr),* $(,)?) => {$(
        impl From<$t> for Failure {
            fn from(e: $t) -> Failure {
                Failure::from_core(e.code(), $domain, &e)
            }
        }
    )*};
}

coded!(
    minzheng::calendar::CalendarError => 1000,
    minzheng::deadline::DeadlineError => 1100,
    minzheng::id::IdError => 1200,
    minzheng::disclosure::DisclosureError => 1300,
    minzheng::eligibility::EligibilityError => 1400,
    minzheng::power::PowerError => 1500,
    minzheng::tables::TableError => 1600,
    minzheng::window::WindowError => 1700,
    minzheng::crosscheck::RecordError => 1800,
);
