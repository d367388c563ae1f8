//! The conventions every export follows: a panic boundary, NULL checks, UTF-8 checks, dates
//! as `YYYYMMDD` integers, outputs written only on success, and the last error of the thread.

use super::errors::{self, Failure};
use chrono::{Datelike, NaiveDate};
use std::cell::RefCell;
use std::ffi::{c_char, CStr, CString};
use std::panic::{catch_unwind, AssertUnwindSafe};

thread_local! {
    static LAST_ERROR: RefCell<Option<Failure>> = const { RefCell::new(None) };
}

/// Runs `f` inside a panic boundary. `Ok` is 0; an error is recorded as this thread's last
/// error and its number returned; a panic becomes [`errors::PANIC`] and never unwinds into C.
#[inline]
pub(crate) fn guard(f: impl FnOnce() -> Result<(), Failure>) -> u32 {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(Ok(())) => 0,
        Ok(Err(fail)) => record(fail),
        Err(_) => record(errors::panicked()),
    }
}

/// Stores `fail` as this thread's last error and returns its number.
pub(crate) fn record(fail: Failure) -> u32 {
    let number = fail.number;
    LAST_ERROR.with(|l| *l.borrow_mut() = Some(fail));
    number
}

/// Reads this thread's last error.
pub(crate) fn with_last<R>(f: impl FnOnce(Option<&Failure>) -> R) -> R {
    LAST_ERROR.with(|l| f(l.borrow().as_ref()))
}

/// A shared reference from a pointer that must not be NULL.
///
/// # Safety
/// `p` is NULL or points to a live, properly aligned `T`.
#[inline]
pub(crate) unsafe fn in_ref<'a, T>(p: *const T, what: &str) -> Result<&'a T, Failure> {
    // SAFETY: the caller's contract.
    unsafe { p.as_ref() }.ok_or_else(|| errors::null(what))
}

/// An optional shared reference: NULL is `None`.
///
/// # Safety
/// `p` is NULL or points to a live, properly aligned `T`.
#[inline]
pub(crate) unsafe fn opt_ref<'a, T>(p: *const T) -> Option<&'a T> {
    // SAFETY: the caller's contract.
    unsafe { p.as_ref() }
}

/// An exclusive reference from an output pointer that must not be NULL.
///
/// # Safety
/// `p` is NULL or points to writable, properly aligned memory for a `T`.
#[inline]
pub(crate) unsafe fn out_ref<'a, T>(p: *mut T, what: &str) -> Result<&'a mut T, Failure> {
    // SAFETY: the caller's contract.
    unsafe { p.as_mut() }.ok_or_else(|| errors::null(what))
}

/// A string argument: not NULL, NUL-terminated, valid UTF-8.
///
/// # Safety
/// `p` is NULL or points to a NUL-terminated string that outlives the call.
pub(crate) unsafe fn in_str<'a>(p: *const c_char, what: &str) -> Result<&'a str, Failure> {
    if p.is_null() {
        return Err(errors::null(what));
    }
    // SAFETY: not NULL, NUL-terminated by the caller's contract.
    let c = unsafe { CStr::from_ptr(p) };
    c.to_str().map_err(|e| errors::utf8(what, e.valid_up_to()))
}

/// An optional string argument: NULL is `None`.
///
/// # Safety
/// As [`in_str`].
pub(crate) unsafe fn opt_str<'a>(p: *const c_char, what: &str) -> Result<Option<&'a str>, Failure> {
    if p.is_null() {
        Ok(None)
    } else {
        // SAFETY: the caller's contract.
        unsafe { in_str(p, what) }.map(Some)
    }
}

/// A byte buffer argument; NULL is allowed only with a length of 0.
///
/// # Safety
/// `p` points to `len` readable bytes (or `len` is 0).
pub(crate) unsafe fn in_slice<'a, T>(
    p: *const T,
    len: usize,
    what: &str,
) -> Result<&'a [T], Failure> {
    if len == 0 {
        return Ok(&[]);
    }
    if p.is_null() {
        return Err(errors::null(what));
    }
    // SAFETY: not NULL, `len` elements readable by the caller's contract.
    Ok(unsafe { std::slice::from_raw_parts(p, len) })
}

/// An output array of `len` elements; NULL is allowed only with a length of 0.
///
/// # Safety
/// `p` points to `len` writable elements (or `len` is 0).
pub(crate) unsafe fn out_slice<'a, T>(
    p: *mut T,
    len: usize,
    what: &str,
) -> Result<&'a mut [T], Failure> {
    if len == 0 {
        return Ok(&mut []);
    }
    if p.is_null() {
        return Err(errors::null(what));
    }
    // SAFETY: not NULL, `len` elements writable by the caller's contract.
    Ok(unsafe { std::slice::from_raw_parts_mut(p, len) })
}

/// A date given as `YYYYMMDD` (e.g. `20261022`).
#[inline]
pub(crate) fn date(ymd: i32, what: &str) -> Result<NaiveDate, Failure> {
    let (y, md) = (ymd / 10_000, ymd % 10_000);
    let (m, d) = (md / 100, md % 100);
    if ymd <= 0 {
        return Err(errors::bad_date(what, ymd));
    }
    NaiveDate::from_ymd_opt(y, m as u32, d as u32).ok_or_else(|| errors::bad_date(what, ymd))
}

/// An optional date: 0 is `None`.
pub(crate) fn opt_date(ymd: i32, what: &str) -> Result<Option<NaiveDate>, Failure> {
    if ymd == 0 {
        Ok(None)
    } else {
        date(ymd, what).map(Some)
    }
}

/// A date as `YYYYMMDD`. Every date the core returns lies in years 1–9999 (the calendar's
/// data covers 1949–2199), so the number is positive and fits.
#[inline]
pub(crate) fn ymd(d: NaiveDate) -> i32 {
    d.year() * 10_000 + d.month() as i32 * 100 + d.day() as i32
}

/// A string handed to C, freed by `minzheng_string_free`.
pub(crate) fn c_string(s: String) -> Result<*mut c_char, Failure> {
    CString::new(s)
        .map(CString::into_raw)
        .map_err(|_| errors::interior_nul())
}

/// Copies `text` and a NUL into `buf` when it fits; returns the length of `text` in bytes
/// (without the NUL), so that a caller can size the buffer (snprintf-like, but nothing is
/// written when it does not fit).
///
/// # Safety
/// `buf` is NULL or points to `len` writable bytes.
pub(crate) unsafe fn copy_out(text: &str, buf: *mut c_char, len: usize) -> usize {
    let bytes = text.as_bytes();
    if !buf.is_null() && len > bytes.len() {
        // SAFETY: `buf` has `len > bytes.len()` writable bytes.
        unsafe {
            std::ptr::copy_nonoverlapping(bytes.as_ptr(), buf.cast::<u8>(), bytes.len());
            *buf.add(bytes.len()) = 0;
        }
    }
    bytes.len()
}
