//! The working-day calendar: a handle, typed queries and their batch forms.

use super::errors::{self, Failure};
use super::ffi::{date, guard, in_ref, in_slice, opt_str, out_ref, out_slice, ymd};
use super::MinzhengResult;
use minzheng::calendar::{Calendar, DayKind, LoadMode};
use std::ffi::c_char;

/// A working-day calendar: the embedded national notices, plus any notices and local overlays
/// given when it was made. Immutable once made.
///
/// Thread safety: a `const MinzhengCalendar *` may be shared by any number of threads at once
/// (every query is read-only); `minzheng_calendar_free` must not race with a query.
pub struct MinzhengCalendar {
    pub(crate) inner: Calendar,
}

/// The kind of a day.
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MinzhengDayKind {
    /// An ordinary working day (Monday to Friday, not a holiday). 工作日
    Workday = 1,
    /// A Saturday or Sunday that is a rest day. 周休息日
    Weekend = 2,
    /// A day of a holiday block, or a local rest day. 节假日
    Holiday = 3,
    /// A weekend day worked in exchange for a holiday. 调休上班日
    Makeup = 4,
}

impl From<DayKind> for MinzhengDayKind {
    fn from(k: DayKind) -> Self {
        match k {
            DayKind::Workday => MinzhengDayKind::Workday,
            DayKind::Weekend => MinzhengDayKind::Weekend,
            DayKind::Holiday => MinzhengDayKind::Holiday,
            DayKind::Makeup => MinzhengDayKind::Makeup,
        }
    }
}

/// One holiday block of a year's notice.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct MinzhengHoliday {
    /// First day off (YYYYMMDD).
    pub first_day: i32,
    /// Last day off (YYYYMMDD).
    pub last_day: i32,
    /// Number of days off in the block, weekends inside it included.
    pub days_off: u32,
    /// Number of weekend days worked for it (调休上班).
    pub makeup_days: u32,
    /// The notice's name of the block (e.g. `春节`), UTF-8, NUL-terminated.
    pub name: [c_char; 64],
}

/// Makes a calendar from the embedded notices (2004–2026), then loads `notices_json` (NULL for
/// none: next year's notice, in the format of `core/data/cn_holidays.json`; a year already
/// embedded is an error) and applies `overlay_json` (NULL for none: a local overlay of rest
/// days). On success `*out` is a new handle to free with `minzheng_calendar_free`.
///
/// Errors: `MINZHENG_ERR_NULL_POINTER` (out), `MINZHENG_ERR_INVALID_UTF8`, and the calendar's
/// data errors (`invalid_data`) listing every problem at once; nothing is made then.
///
/// # Safety
/// The strings are NULL or NUL-terminated; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_calendar_new(
    notices_json: *const c_char,
    overlay_json: *const c_char,
    out: *mut *mut MinzhengCalendar,
) -> MinzhengResult {
    guard(|| {
        // SAFETY: the caller's contract.
        let (notices, overlay, out) = unsafe {
            (
                opt_str(notices_json, "notices_json")?,
                opt_str(overlay_json, "overlay_json")?,
                out_ref(out, "out")?,
            )
        };
        let mut cal = Calendar::china();
        if let Some(json) = notices {
            cal.load_json(json, LoadMode::AddOnly)?;
        }
        if let Some(json) = overlay {
            cal.add_overlay_json(json)?;
        }
        *out = Box::into_raw(Box::new(MinzhengCalendar { inner: cal }));
        Ok(())
    })
}

/// Frees a calendar. NULL is allowed and does nothing.
///
/// # Safety
/// `cal` is NULL or a handle from `minzheng_calendar_new` not yet freed, used by no other
/// thread.
#[no_mangle]
pub unsafe extern "C" fn minzheng_calendar_free(cal: *mut MinzhengCalendar) {
    let _ = std::panic::catch_unwind(|| {
        if !cal.is_null() {
            // SAFETY: made by Box::into_raw in minzheng_calendar_new (caller's contract).
            drop(unsafe { Box::from_raw(cal) });
        }
    });
}

/// The kind of `day` (YYYYMMDD).
///
/// Errors: `year_not_covered` when no notice for the year is loaded (never a guess),
/// `MINZHENG_ERR_INVALID_DATE`, `MINZHENG_ERR_NULL_POINTER`.
///
/// # Safety
/// `cal` is a live handle; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_calendar_day_kind(
    cal: *const MinzhengCalendar,
    day: i32,
    out: *mut MinzhengDayKind,
) -> MinzhengResult {
    guard(|| {
        // SAFETY: the caller's contract.
        let (cal, out) = unsafe { (in_ref(cal, "cal")?, out_ref(out, "out")?) };
        *out = cal.inner.day_kind(date(day, "day")?)?.into();
        Ok(())
    })
}

/// Whether `day` is a working day (a weekday that is not a holiday, or a make-up workday).
///
/// # Safety
/// `cal` is a live handle; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_calendar_is_workday(
    cal: *const MinzhengCalendar,
    day: i32,
    out: *mut bool,
) -> MinzhengResult {
    guard(|| {
        // SAFETY: the caller's contract.
        let (cal, out) = unsafe { (in_ref(cal, "cal")?, out_ref(out, "out")?) };
        *out = cal.inner.is_workday(date(day, "day")?)?;
        Ok(())
    })
}

/// `day` itself when it is a working day, else the first working day after it (the day an act
/// falling on a rest day moves to).
///
/// # Safety
/// `cal` is a live handle; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_calendar_next_workday(
    cal: *const MinzhengCalendar,
    day: i32,
    out: *mut i32,
) -> MinzhengResult {
    guard(|| {
        // SAFETY: the caller's contract.
        let (cal, out) = unsafe { (in_ref(cal, "cal")?, out_ref(out, "out")?) };
        *out = ymd(cal.inner.next_workday(date(day, "day")?)?);
        Ok(())
    })
}

/// `day` itself when it is a working day, else the last working day before it.
///
/// # Safety
/// `cal` is a live handle; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_calendar_previous_workday(
    cal: *const MinzhengCalendar,
    day: i32,
    out: *mut i32,
) -> MinzhengResult {
    guard(|| {
        // SAFETY: the caller's contract.
        let (cal, out) = unsafe { (in_ref(cal, "cal")?, out_ref(out, "out")?) };
        *out = ymd(cal.inner.previous_workday(date(day, "day")?)?);
        Ok(())
    })
}

/// The `n`-th working day after `day` (n > 0) or before it (n < 0), `day` itself not counted;
/// `n` = 0 gives `day`.
///
/// Errors: `year_not_covered` (a year without a notice is crossed), `out_of_range`,
/// `MINZHENG_ERR_INVALID_DATE`, `MINZHENG_ERR_NULL_POINTER`.
///
/// # Safety
/// `cal` is a live handle; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_calendar_add_workdays(
    cal: *const MinzhengCalendar,
    day: i32,
    n: i64,
    out: *mut i32,
) -> MinzhengResult {
    guard(|| {
        // SAFETY: the caller's contract.
        let (cal, out) = unsafe { (in_ref(cal, "cal")?, out_ref(out, "out")?) };
        *out = ymd(cal.inner.add_workdays(date(day, "day")?, n)?);
        Ok(())
    })
}

/// The number of working days in (`from`, `to`]: `from` not counted, `to` counted.
///
/// Errors: `from_after_to`, `year_not_covered`, `MINZHENG_ERR_INVALID_DATE`.
///
/// # Safety
/// `cal` is a live handle; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_calendar_workdays_between(
    cal: *const MinzhengCalendar,
    from: i32,
    to: i32,
    out: *mut u32,
) -> MinzhengResult {
    guard(|| {
        // SAFETY: the caller's contract.
        let (cal, out) = unsafe { (in_ref(cal, "cal")?, out_ref(out, "out")?) };
        *out = cal
            .inner
            .workdays_between(date(from, "from")?, date(to, "to")?)?;
        Ok(())
    })
}

/// Adds `ns[i]` working days to `days[i]` for every i < `len`, in one call.
///
/// Each element is its own computation: `out[i]` is written when `codes[i]` is 0, and is 0
/// otherwise. Returns `MINZHENG_OK` when every element succeeded, otherwise the number of the
/// first failure (described by the last error, with its index). `len` = 0 does nothing.
///
/// # Safety
/// `cal` is a live handle; `days`, `ns` point to `len` readable elements, `out` and `codes` to
/// `len` writable ones.
#[no_mangle]
pub unsafe extern "C" fn minzheng_calendar_add_workdays_batch(
    cal: *const MinzhengCalendar,
    days: *const i32,
    ns: *const i64,
    len: usize,
    out: *mut i32,
    codes: *mut MinzhengResult,
) -> MinzhengResult {
    guard(|| {
        // SAFETY: the caller's contract.
        let (cal, days, ns, out, codes) = unsafe {
            (
                in_ref(cal, "cal")?,
                in_slice(days, len, "days")?,
                in_slice(ns, len, "ns")?,
                out_slice(out, len, "out")?,
                out_slice(codes, len, "codes")?,
            )
        };
        let mut first: Option<(usize, Failure)> = None;
        for (i, (((&d, &n), o), c)) in days
            .iter()
            .zip(ns)
            .zip(out.iter_mut())
            .zip(codes.iter_mut())
            .enumerate()
        {
            match date(d, "days[i]").and_then(|d| Ok(cal.inner.add_workdays(d, n)?)) {
                Ok(r) => {
                    *o = ymd(r);
                    *c = 0;
                }
                Err(f) => {
                    *o = 0;
                    *c = f.number;
                    first.get_or_insert((i, f));
                }
            }
        }
        match first {
            None => Ok(()),
            Some((i, f)) => Err(errors::at_index(i, f)),
        }
    })
}

/// How many holiday blocks the notice for `year` has (to size the array for
/// `minzheng_calendar_holidays`).
///
/// # Safety
/// `cal` is a live handle; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_calendar_holiday_count(
    cal: *const MinzhengCalendar,
    year: i32,
    out: *mut usize,
) -> MinzhengResult {
    guard(|| {
        // SAFETY: the caller's contract.
        let (cal, out) = unsafe { (in_ref(cal, "cal")?, out_ref(out, "out")?) };
        *out = cal.inner.holidays(year)?.notice.holidays.len();
        Ok(())
    })
}

/// Writes the holiday blocks of `year`'s notice into `out` (room for `cap` elements) and their
/// number into `*count`. When `cap` is too small nothing is written and the result is
/// `MINZHENG_ERR_BUFFER_TOO_SMALL` with `*count` set to the number needed.
///
/// # Safety
/// `cal` is a live handle; `out` points to `cap` writable elements; `count` to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_calendar_holidays(
    cal: *const MinzhengCalendar,
    year: i32,
    out: *mut MinzhengHoliday,
    cap: usize,
    count: *mut usize,
) -> MinzhengResult {
    guard(|| {
        // SAFETY: the caller's contract.
        let (cal, count) = unsafe { (in_ref(cal, "cal")?, out_ref(count, "count")?) };
        let blocks = &cal.inner.holidays(year)?.notice.holidays;
        if cap < blocks.len() {
            *count = blocks.len();
            return Err(errors::too_small(blocks.len(), cap));
        }
        // SAFETY: the caller's contract.
        let out = unsafe { out_slice(out, blocks.len(), "out")? };
        for (o, b) in out.iter_mut().zip(blocks) {
            let first = b.days_off.iter().min().copied();
            let last = b.days_off.iter().max().copied();
            let mut name = [0 as c_char; 64];
            let bytes = b.name.as_bytes();
            // Names are short (the longest is 国庆节、中秋节, 21 bytes); a longer one is cut at
            // a character boundary rather than refused.
            let mut n = bytes.len().min(63);
            while !b.name.is_char_boundary(n) {
                n -= 1;
            }
            for (dst, src) in name.iter_mut().zip(bytes.iter().take(n)) {
                *dst = *src as c_char;
            }
            *o = MinzhengHoliday {
                first_day: first.map_or(0, ymd),
                last_day: last.map_or(0, ymd),
                days_off: u32::try_from(b.days_off.len()).unwrap_or(u32::MAX),
                makeup_days: u32::try_from(b.makeup_workdays.len()).unwrap_or(u32::MAX),
                name,
            };
        }
        *count = blocks.len();
        Ok(())
    })
}
