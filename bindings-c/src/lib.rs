//! libminzheng: the C ABI of minzheng, for case-management systems written in C, and for Java
//! through JNA.
//!
//! Every function follows the same conventions (rustls-ffi's, see `include/minzheng.h`):
//!
//! - it returns a `MinzhengResult` (`uint32_t`): 0 (`MINZHENG_OK`) on success, otherwise the
//!   stable number of the error; the message of the last error of the calling thread is then
//!   available in Chinese and in English (`minzheng_last_error_zh` / `_en`);
//! - outputs (the trailing pointer arguments) are written only on success;
//! - every pointer is checked for NULL, every string for UTF-8;
//! - every call runs inside a panic boundary: a panic comes back as `MINZHENG_ERR_PANIC` and
//!   never unwinds into C;
//! - handles come in `_new` / `_free` pairs; `_free` accepts NULL; strings the library returns
//!   are freed with `minzheng_string_free`;
//! - dates are `int32_t` in the form `YYYYMMDD` (e.g. `20261022`); 0 means "none" where a date
//!   is optional.

mod assistance;
mod calendar;
mod crosscheck;
mod crosscheck_run;
mod deadline;
mod errors;
mod ffi;
mod id;
mod json;
#[cfg(test)]
mod miri_tests;
#[cfg(test)]
mod tests;

use std::ffi::c_char;

pub use assistance::*;
pub use calendar::*;
pub use crosscheck::*;
pub use crosscheck_run::*;
pub use deadline::*;
pub use id::*;
pub use json::*;

/// The result of every call: 0 is success, any other value the stable number of an error.
pub type MinzhengResult = u32;

/// Success.
pub const MINZHENG_OK: MinzhengResult = 0;
/// An invalid argument (`general.invalid_argument`).
pub const MINZHENG_ERR_INVALID_ARGUMENT: MinzhengResult = 1;
/// A required pointer argument was NULL (`general.null_pointer`).
pub const MINZHENG_ERR_NULL_POINTER: MinzhengResult = 2;
/// A string argument is not valid UTF-8 (`general.invalid_utf8`).
pub const MINZHENG_ERR_INVALID_UTF8: MinzhengResult = 3;
/// A JSON argument does not parse or does not have the expected shape (`general.json`).
pub const MINZHENG_ERR_JSON: MinzhengResult = 4;
/// A caller's array or buffer is too small; the needed size is reported
/// (`general.buffer_too_small`).
pub const MINZHENG_ERR_BUFFER_TOO_SMALL: MinzhengResult = 5;
/// The library panicked (a bug, caught): the call had no effect and the process goes on
/// (`general.internal`).
pub const MINZHENG_ERR_PANIC: MinzhengResult = 6;
/// A date argument is not a real date of the form YYYYMMDD (`input.date_impossible`).
pub const MINZHENG_ERR_INVALID_DATE: MinzhengResult = 102;

/// Major version of the library (the SONAME is `libminzheng.so.<major>`).
pub const MINZHENG_VERSION_MAJOR: u32 = 0;
/// Minor version of the library.
pub const MINZHENG_VERSION_MINOR: u32 = 1;
/// Patch version of the library.
pub const MINZHENG_VERSION_PATCH: u32 = 0;
/// The version as one number: `major * 1000000 + minor * 1000 + patch`, for `#if` tests.
pub const MINZHENG_VERSION_NUMBER: u32 = 1000;

static VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), "\0");

/// The library's version, e.g. `"0.1.0"`: a static string, never to be freed. Compare it with
/// `MINZHENG_VERSION_*` to detect a header/library mismatch.
///
/// Thread safety: may be called from any thread.
#[no_mangle]
pub extern "C" fn minzheng_version() -> *const c_char {
    VERSION.as_ptr().cast()
}

/// Frees a string returned by the library. NULL is allowed and does nothing.
///
/// # Safety
/// `s` is NULL or a string returned by this library and not yet freed.
#[no_mangle]
pub unsafe extern "C" fn minzheng_string_free(s: *mut c_char) {
    let _ = std::panic::catch_unwind(|| {
        if !s.is_null() {
            // SAFETY: `s` came from `CString::into_raw` in this library (caller's contract).
            drop(unsafe { std::ffi::CString::from_raw(s) });
        }
    });
}

/// The number of the last error on the calling thread (0 when none has occurred yet). It is
/// meaningful right after a call returned non-zero; successful calls leave it unchanged.
#[no_mangle]
pub extern "C" fn minzheng_last_error_code() -> MinzhengResult {
    std::panic::catch_unwind(|| ffi::with_last(|l| l.map_or(0, |f| f.number))).unwrap_or(0)
}

/// Writes the Chinese message of the calling thread's last error, NUL-terminated, into `buf`
/// when it fits (`buf_len` > the returned length); otherwise writes nothing. Returns the length
/// of the message in bytes (UTF-8, without the NUL): call with `buf` NULL and `buf_len` 0 to
/// size the buffer. An empty message means no error occurred on this thread.
///
/// # Safety
/// `buf` is NULL or points to `buf_len` writable bytes.
#[no_mangle]
pub unsafe extern "C" fn minzheng_last_error_zh(buf: *mut c_char, buf_len: usize) -> usize {
    std::panic::catch_unwind(|| {
        ffi::with_last(|l| {
            let text = l.map_or("", |f| f.zh.as_str());
            // SAFETY: the caller's contract on `buf`.
            unsafe { ffi::copy_out(text, buf, buf_len) }
        })
    })
    .unwrap_or(0)
}

/// As `minzheng_last_error_zh`, in English.
///
/// # Safety
/// `buf` is NULL or points to `buf_len` writable bytes.
#[no_mangle]
pub unsafe extern "C" fn minzheng_last_error_en(buf: *mut c_char, buf_len: usize) -> usize {
    std::panic::catch_unwind(|| {
        ffi::with_last(|l| {
            let text = l.map_or("", |f| f.en.as_str());
            // SAFETY: the caller's contract on `buf`.
            unsafe { ffi::copy_out(text, buf, buf_len) }
        })
    })
    .unwrap_or(0)
}

/// The stable name of a result number in the core's registry (`"ok"`,
/// `"general.null_pointer"`, `"calendar.year_not_covered"`, ...; the table is ERRORS.md): a
/// static string, never to be freed; `"unknown"` for a number not in the registry.
#[no_mangle]
pub extern "C" fn minzheng_result_name(code: MinzhengResult) -> *const c_char {
    std::panic::catch_unwind(|| errors::name_of(code))
        .unwrap_or(c"unknown")
        .as_ptr()
}

/// Writes the registry's general meaning of a result number in Chinese (e.g. `必需的指针为空（NULL）`,
/// the text of ERRORS.md, without the details of a particular error), NUL-terminated, into `buf`
/// when it fits; otherwise writes nothing. Returns the length in bytes without the NUL (0 for
/// 0 and for a number not in the registry).
///
/// # Safety
/// `buf` is NULL or points to `buf_len` writable bytes.
#[no_mangle]
pub unsafe extern "C" fn minzheng_result_meaning_zh(
    code: MinzhengResult,
    buf: *mut c_char,
    buf_len: usize,
) -> usize {
    std::panic::catch_unwind(|| {
        let text = minzheng::errors::ErrorCode::from_number(code).map_or("", |c| c.meaning_zh());
        // SAFETY: the caller's contract on `buf`.
        unsafe { ffi::copy_out(text, buf, buf_len) }
    })
    .unwrap_or(0)
}

/// As `minzheng_result_meaning_zh`, in English.
///
/// # Safety
/// `buf` is NULL or points to `buf_len` writable bytes.
#[no_mangle]
pub unsafe extern "C" fn minzheng_result_meaning_en(
    code: MinzhengResult,
    buf: *mut c_char,
    buf_len: usize,
) -> usize {
    std::panic::catch_unwind(|| {
        let text = minzheng::errors::ErrorCode::from_number(code).map_or("", |c| c.meaning_en());
        // SAFETY: the caller's contract on `buf`.
        unsafe { ffi::copy_out(text, buf, buf_len) }
    })
    .unwrap_or(0)
}

/// For the tests of a host integration: panics inside the library and returns
/// `MINZHENG_ERR_PANIC`, proving that a panic never unwinds into the caller. Has no other
/// effect (the panic message is printed to standard error by Rust's default hook).
#[no_mangle]
pub extern "C" fn minzheng_selftest_panic() -> MinzhengResult {
    ffi::guard(|| {
        let v: Vec<u32> = Vec::new();
        #[allow(clippy::indexing_slicing)]
        let x = v[usize::from(v.is_empty())];
        let _ = x;
        Ok(())
    })
}
