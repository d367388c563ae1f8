//! Result numbers and messages: the one place where a core error becomes a number and two
//! messages for C. The numbers are the core's registry (`minzheng::errors::ErrorCode`, listed
//! in ERRORS.md): the C, Java and JavaScript faces expose exactly these.

use minzheng::errors::{Coded, ErrorCode};
use std::ffi::{CStr, CString};
use std::sync::OnceLock;

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

/// An argument is invalid (an unknown enum value, an interior NUL, ...).
#[cfg(test)]
pub(crate) const INVALID_ARGUMENT: u32 = ErrorCode::InvalidArgument as u32;
/// A required pointer was NULL.
#[cfg(test)]
pub(crate) const NULL_POINTER: u32 = ErrorCode::NullPointer as u32;
/// A string argument is not valid UTF-8.
#[cfg(test)]
pub(crate) const INVALID_UTF8: u32 = ErrorCode::InvalidUtf8 as u32;
/// JSON input that does not parse, or output that cannot be written.
#[cfg(test)]
pub(crate) const JSON: u32 = ErrorCode::Json as u32;
/// A caller's buffer is too small.
#[cfg(test)]
pub(crate) const BUFFER_TOO_SMALL: u32 = ErrorCode::BufferTooSmall as u32;
/// The library panicked (caught): the call had no effect.
#[cfg(test)]
pub(crate) const PANIC: u32 = ErrorCode::Internal as u32;
/// A `YYYYMMDD` date argument that is not a real date.
#[cfg(test)]
pub(crate) const INVALID_DATE: u32 = ErrorCode::DateImpossible as u32;

impl<E: Coded> From<E> for Failure {
    fn from(e: E) -> Failure {
        Failure {
            number: e.number(),
            zh: e.zh(),
            en: e.en(),
        }
    }
}

fn failure(code: ErrorCode, zh: String, en: String) -> Failure {
    Failure {
        number: code.number(),
        zh,
        en,
    }
}

/// The stable name of a result number (`ok`, `general.null_pointer`,
/// `calendar.year_not_covered`, ...); `unknown` for a number not in the registry.
pub(crate) fn name_of(number: u32) -> &'static CStr {
    // A sorted vector (not a hash map): its blocks stay "still reachable" for valgrind, never
    // "possibly lost", so a host's leak check stays clean.
    static NAMES: OnceLock<Vec<(u32, CString)>> = OnceLock::new();
    if number == 0 {
        return c"ok";
    }
    let names = NAMES.get_or_init(|| {
        let mut v: Vec<(u32, CString)> = ErrorCode::ALL
            .iter()
            .filter_map(|c| Some((c.number(), CString::new(c.name()).ok()?)))
            .collect();
        v.sort_by_key(|(n, _)| *n);
        v
    });
    names
        .binary_search_by_key(&number, |(n, _)| *n)
        .ok()
        .and_then(|i| names.get(i))
        .map_or(c"unknown", |(_, c)| c.as_c_str())
}

pub(crate) fn null(what: &str) -> Failure {
    failure(
        ErrorCode::NullPointer,
        format!("参数 {what} 为空指针"),
        format!("argument {what} is NULL"),
    )
}

pub(crate) fn utf8(what: &str, at: usize) -> Failure {
    failure(
        ErrorCode::InvalidUtf8,
        format!("参数 {what} 不是有效的 UTF-8（第 {} 字节起）", at + 1),
        format!("argument {what} is not valid UTF-8 (from byte {})", at + 1),
    )
}

pub(crate) fn bad_date(what: &str, ymd: i32) -> Failure {
    failure(
        ErrorCode::DateImpossible,
        format!("参数 {what} 的值 {ymd} 不是 YYYYMMDD 形式的有效日期"),
        format!("argument {what} = {ymd} is not a valid YYYYMMDD date"),
    )
}

pub(crate) fn json(what: &str, e: &serde_json::Error) -> Failure {
    failure(
        ErrorCode::Json,
        format!(
            "{what} 的 JSON 有误（第 {} 行第 {} 列）：{e}",
            e.line(),
            e.column()
        ),
        format!(
            "{what}: malformed JSON at line {}, column {}: {e}",
            e.line(),
            e.column()
        ),
    )
}

pub(crate) fn interior_nul() -> Failure {
    failure(
        ErrorCode::InvalidArgument,
        "结果含有 NUL 字符，无法作为 C 字符串返回".to_owned(),
        "the result contains a NUL character and cannot be returned as a C string".to_owned(),
    )
}

/// A result the library could not account for (a bug, reported instead of a wrong answer).
pub(crate) fn internal(zh: &str, en: &str) -> Failure {
    failure(ErrorCode::Internal, zh.to_owned(), en.to_owned())
}

pub(crate) fn invalid_argument(zh: String, en: String) -> Failure {
    failure(ErrorCode::InvalidArgument, zh, en)
}

pub(crate) fn too_small(needed: usize, cap: usize) -> Failure {
    failure(
        ErrorCode::BufferTooSmall,
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
    failure(
        ErrorCode::Internal,
        "库内部错误（panic，已拦截），本次调用无任何效果".to_owned(),
        "internal error (a panic, caught) in the library; the call had no effect".to_owned(),
    )
}
