//! Statutory deadlines: a period catalogue handle, a deadline handle (due date, status,
//! explanation) and a batch of due dates.

use super::calendar::MinzhengCalendar;
use super::errors::{self, Failure};
use super::ffi::{
    c_string, date, guard, in_ref, in_slice, in_str, opt_date, opt_str, out_ref, out_slice, ymd,
};
use super::MinzhengResult;
use minzheng::deadline::{
    Catalogue, Clock, Deadline, Explanation, Extension, Period, PeriodRule, PeriodUnit, Status,
    Suspension,
};
use minzheng::{Citation, Confidence};
use std::ffi::c_char;

/// The catalogue of named statutory periods (`disclosure.reply`, `licensing.decision`,
/// `dibao.total`, ...), national or with a jurisdiction's overrides. Immutable once made.
///
/// Thread safety: a `const MinzhengCatalogue *` may be shared by any number of threads.
pub struct MinzhengCatalogue {
    pub(crate) inner: Catalogue,
}

/// A computed deadline: its due date, explanation and warnings. Immutable.
///
/// Thread safety: a `const MinzhengDeadline *` may be shared by any number of threads.
pub struct MinzhengDeadline {
    inner: Deadline,
}

/// Time that does not count (a consultation, a hearing, ...): `from`..`to`, both inclusive.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct MinzhengSuspension {
    /// First day not counted (YYYYMMDD).
    pub from: i32,
    /// Last day not counted (YYYYMMDD).
    pub to: i32,
    /// Why (UTF-8, shown in the explanation); may be NULL.
    pub reason: *const c_char,
}

/// An extension granted under the period's extension rule.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct MinzhengExtension {
    /// Units of the extension rule's period (usually working days); not 0.
    pub amount: u32,
    /// The day it was granted (YYYYMMDD), on or before the due date then in force.
    pub granted: i32,
    /// Who approved it (UTF-8); may be NULL.
    pub approved_by: *const c_char,
}

/// The unit of an ad-hoc period.
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MinzhengPeriodUnit {
    /// Working days (工作日).
    WorkingDays = 1,
    /// Natural days (日), ending on the next workday when the last day is a rest day.
    NaturalDays = 2,
    /// Months (月).
    Months = 3,
}

/// The dates of a deadline.
#[repr(C)]
#[derive(Debug, Clone, Copy, Default)]
pub struct MinzhengDeadlineDates {
    /// The start (not counted), YYYYMMDD.
    pub start: i32,
    /// The due date: the last day on which the act is on time, YYYYMMDD.
    pub due: i32,
    /// The due date before any extension, YYYYMMDD.
    pub original_due: i32,
    /// `true` when a year without a notice was counted by the weekends-only rule (never the
    /// case for deadlines made by this library, which refuse such years).
    pub provisional: bool,
}

/// Where a deadline stands on a day.
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MinzhengStatusKind {
    /// Not yet due; more workdays left than the due-soon threshold.
    Running = 1,
    /// Not yet due; at most the threshold of workdays left.
    DueSoon = 2,
    /// Today is the last day.
    DueToday = 3,
    /// Past the due date and not answered.
    Overdue = 4,
    /// Answered on or before the due date.
    Met = 5,
    /// Answered after the due date.
    MetLate = 6,
}

/// A deadline's status on a day.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct MinzhengStatus {
    /// The status.
    pub kind: MinzhengStatusKind,
    /// Running, due soon: workdays left after today up to the due date. Overdue: workdays
    /// after the due date up to today. Met: workdays to spare. Met late: workdays late.
    /// Due today: 0.
    pub workdays: u32,
    /// Overdue: calendar days since the due date. Met late: calendar days late. Otherwise 0.
    pub days: u32,
}

impl From<Status> for MinzhengStatus {
    fn from(s: Status) -> Self {
        let (kind, workdays, days) = match s {
            Status::Running { workdays_left } => (MinzhengStatusKind::Running, workdays_left, 0),
            Status::DueSoon { workdays_left } => (MinzhengStatusKind::DueSoon, workdays_left, 0),
            Status::DueToday => (MinzhengStatusKind::DueToday, 0, 0),
            Status::Overdue { workdays, days } => (MinzhengStatusKind::Overdue, workdays, days),
            Status::Met {
                workdays_to_spare, ..
            } => (MinzhengStatusKind::Met, workdays_to_spare, 0),
            Status::MetLate {
                workdays_late,
                days_late,
                ..
            } => (MinzhengStatusKind::MetLate, workdays_late, days_late),
        };
        MinzhengStatus {
            kind,
            workdays,
            days,
        }
    }
}

/// Makes the national catalogue, with a jurisdiction's overrides when `overrides_json` is not
/// NULL (the JSON of `minzheng::deadline::Overrides`: a local promise may shorten a period,
/// never lengthen it). On success `*out` is a new handle to free with
/// `minzheng_catalogue_free`.
///
/// # Safety
/// `overrides_json` is NULL or NUL-terminated; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_catalogue_new(
    overrides_json: *const c_char,
    out: *mut *mut MinzhengCatalogue,
) -> MinzhengResult {
    guard(|| {
        // SAFETY: the caller's contract.
        let (json, out) = unsafe {
            (
                opt_str(overrides_json, "overrides_json")?,
                out_ref(out, "out")?,
            )
        };
        let national = Catalogue::national();
        let inner = match json {
            Some(j) => national.with_overrides_json(j)?,
            None => national,
        };
        *out = Box::into_raw(Box::new(MinzhengCatalogue { inner }));
        Ok(())
    })
}

/// Frees a catalogue. NULL is allowed and does nothing.
///
/// # Safety
/// `catalogue` is NULL or a live handle from `minzheng_catalogue_new`, used by no other thread.
#[no_mangle]
pub unsafe extern "C" fn minzheng_catalogue_free(catalogue: *mut MinzhengCatalogue) {
    let _ = std::panic::catch_unwind(|| {
        if !catalogue.is_null() {
            // SAFETY: made by Box::into_raw (caller's contract).
            drop(unsafe { Box::from_raw(catalogue) });
        }
    });
}

fn suspensions(s: &[MinzhengSuspension]) -> Result<Vec<Suspension>, Failure> {
    s.iter()
        .map(|s| {
            Ok(Suspension {
                from: date(s.from, "suspensions[].from")?,
                to: date(s.to, "suspensions[].to")?,
                // SAFETY: the caller's contract on the array's strings.
                reason: unsafe { opt_str(s.reason, "suspensions[].reason")? }
                    .unwrap_or("")
                    .to_owned(),
            })
        })
        .collect()
}

fn extensions(e: &[MinzhengExtension]) -> Result<Vec<Extension>, Failure> {
    e.iter()
        .map(|e| {
            Ok(Extension {
                amount: e.amount,
                granted: date(e.granted, "extensions[].granted")?,
                // SAFETY: the caller's contract on the array's strings.
                approved_by: unsafe { opt_str(e.approved_by, "extensions[].approved_by")? }
                    .unwrap_or("")
                    .to_owned(),
            })
        })
        .collect()
}

/// Computes the deadline of the named period `period_id` (e.g. `"disclosure.reply"`) from
/// `start` (YYYYMMDD, not counted), with `suspensions_len` suspensions and `extensions_len`
/// extensions (either array may be NULL when its length is 0). `catalogue` NULL means the
/// national catalogue. On success `*out` is a new handle to free with `minzheng_deadline_free`.
///
/// Errors: `unknown_period`, `suspension_reversed`, `extension_not_allowed`,
/// `too_many_extensions`, `extension_too_long`, `zero_extension`, `extension_after_expiry`,
/// `extension_before_start`, `not_applicable`, `year_not_covered`, and the argument errors.
///
/// # Safety
/// `cal` is a live handle; `catalogue` NULL or a live handle; `period_id` NUL-terminated; the
/// arrays hold the given number of elements; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_deadline_new(
    cal: *const MinzhengCalendar,
    catalogue: *const MinzhengCatalogue,
    period_id: *const c_char,
    start: i32,
    suspensions_ptr: *const MinzhengSuspension,
    suspensions_len: usize,
    extensions_ptr: *const MinzhengExtension,
    extensions_len: usize,
    out: *mut *mut MinzhengDeadline,
) -> MinzhengResult {
    guard(|| {
        // SAFETY: the caller's contract.
        let (cal, id, sus, ext, out) = unsafe {
            (
                in_ref(cal, "cal")?,
                in_str(period_id, "period_id")?,
                in_slice(suspensions_ptr, suspensions_len, "suspensions")?,
                in_slice(extensions_ptr, extensions_len, "extensions")?,
                out_ref(out, "out")?,
            )
        };
        let start = date(start, "start")?;
        let clock = match catalogue.is_null() {
            true => Catalogue::national().clock(id, start)?,
            // SAFETY: not NULL; a live handle by the caller's contract.
            false => unsafe { in_ref(catalogue, "catalogue")? }
                .inner
                .clock(id, start)?,
        };
        let clock = clock
            .with_suspensions(suspensions(sus)?)
            .with_extensions(extensions(ext)?);
        let inner = clock.compute(&cal.inner)?;
        *out = Box::into_raw(Box::new(MinzhengDeadline { inner }));
        Ok(())
    })
}

/// Computes the deadline of an ad-hoc period of `amount` `unit`s from `start` (a local or
/// contractual period not in the catalogue; it cannot be extended), with suspensions. On
/// success `*out` is a new handle to free with `minzheng_deadline_free`.
///
/// # Safety
/// As `minzheng_deadline_new`.
#[no_mangle]
pub unsafe extern "C" fn minzheng_deadline_new_period(
    cal: *const MinzhengCalendar,
    amount: u32,
    unit: u32,
    start: i32,
    suspensions_ptr: *const MinzhengSuspension,
    suspensions_len: usize,
    out: *mut *mut MinzhengDeadline,
) -> MinzhengResult {
    guard(|| {
        // SAFETY: the caller's contract.
        let (cal, sus, out) = unsafe {
            (
                in_ref(cal, "cal")?,
                in_slice(suspensions_ptr, suspensions_len, "suspensions")?,
                out_ref(out, "out")?,
            )
        };
        let unit = match unit {
            1 => PeriodUnit::WorkingDays,
            2 => PeriodUnit::NaturalDays,
            3 => PeriodUnit::Months,
            other => {
                return Err(errors::invalid_argument(
                    format!("期间单位 {other} 无效（1 工作日、2 日、3 月）"),
                    format!("period unit {other} is not valid (1 working days, 2 days, 3 months)"),
                ))
            }
        };
        let period = Period { amount, unit };
        let basis = Citation::new("民法典", "第二百零一条至第二百零三条", Confidence::V1);
        let rule = PeriodRule::new("custom", "自定期间", "ad-hoc period", period, basis);
        let clock =
            Clock::new(rule, None, date(start, "start")?).with_suspensions(suspensions(sus)?);
        let inner = clock.compute(&cal.inner)?;
        *out = Box::into_raw(Box::new(MinzhengDeadline { inner }));
        Ok(())
    })
}

/// Frees a deadline. NULL is allowed and does nothing.
///
/// # Safety
/// `deadline` is NULL or a live handle, used by no other thread.
#[no_mangle]
pub unsafe extern "C" fn minzheng_deadline_free(deadline: *mut MinzhengDeadline) {
    let _ = std::panic::catch_unwind(|| {
        if !deadline.is_null() {
            // SAFETY: made by Box::into_raw (caller's contract).
            drop(unsafe { Box::from_raw(deadline) });
        }
    });
}

/// The deadline's start, due date and original due date.
///
/// # Safety
/// `deadline` is a live handle; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_deadline_dates(
    deadline: *const MinzhengDeadline,
    out: *mut MinzhengDeadlineDates,
) -> MinzhengResult {
    guard(|| {
        // SAFETY: the caller's contract.
        let (d, out) = unsafe { (in_ref(deadline, "deadline")?, out_ref(out, "out")?) };
        let d = &d.inner;
        *out = MinzhengDeadlineDates {
            start: ymd(d.start),
            due: ymd(d.due),
            original_due: ymd(d.original_due),
            provisional: d.provisional,
        };
        Ok(())
    })
}

/// Where the deadline stands on `today`; with `answered` (YYYYMMDD, 0 for not yet answered),
/// whether it was met. `due_soon` is the number of workdays left at or below which the status
/// is `DueSoon` (3 is customary). The workdays left are in `out->workdays`.
///
/// Errors: `answered_before_start`, `answered_after_today`, `year_not_covered`, argument
/// errors.
///
/// # Safety
/// `deadline` and `cal` are live handles; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_deadline_status(
    deadline: *const MinzhengDeadline,
    cal: *const MinzhengCalendar,
    today: i32,
    answered: i32,
    due_soon: u32,
    out: *mut MinzhengStatus,
) -> MinzhengResult {
    guard(|| {
        // SAFETY: the caller's contract.
        let (d, cal, out) = unsafe {
            (
                in_ref(deadline, "deadline")?,
                in_ref(cal, "cal")?,
                out_ref(out, "out")?,
            )
        };
        let st = d.inner.status(
            &cal.inner,
            date(today, "today")?,
            opt_date(answered, "answered")?,
            due_soon,
        )?;
        *out = st.into();
        Ok(())
    })
}

/// How the due date was reached, one step per line (each line `中文 / English`): every day not
/// counted and why. On success `*out` is a new string to free with `minzheng_string_free`.
///
/// # Safety
/// `deadline` is a live handle; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_deadline_explanation(
    deadline: *const MinzhengDeadline,
    out: *mut *mut c_char,
) -> MinzhengResult {
    // SAFETY: the caller's contract, passed on.
    unsafe { explanation_out(deadline, out, Explanation::lines) }
}

/// How the due date was reached, in Chinese only, one step per line (as
/// `minzheng_deadline_explanation`, for a form that shows one language). On success `*out` is a
/// new string to free with `minzheng_string_free`.
///
/// # Safety
/// `deadline` is a live handle; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_deadline_explanation_zh(
    deadline: *const MinzhengDeadline,
    out: *mut *mut c_char,
) -> MinzhengResult {
    // SAFETY: the caller's contract, passed on.
    unsafe { explanation_out(deadline, out, Explanation::lines_zh) }
}

/// How the due date was reached, in English only, line for line as
/// `minzheng_deadline_explanation_zh`. On success `*out` is a new string to free with
/// `minzheng_string_free`.
///
/// # Safety
/// `deadline` is a live handle; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_deadline_explanation_en(
    deadline: *const MinzhengDeadline,
    out: *mut *mut c_char,
) -> MinzhengResult {
    // SAFETY: the caller's contract, passed on.
    unsafe { explanation_out(deadline, out, Explanation::lines_en) }
}

/// Writes the explanation's lines, as `lines` gives them, joined by `\n`.
///
/// # Safety
/// `deadline` is a live handle or NULL; `out` points to writable memory or is NULL.
unsafe fn explanation_out(
    deadline: *const MinzhengDeadline,
    out: *mut *mut c_char,
    lines: fn(&Explanation) -> Vec<String>,
) -> MinzhengResult {
    guard(|| {
        // SAFETY: the caller's contract.
        let (d, out) = unsafe { (in_ref(deadline, "deadline")?, out_ref(out, "out")?) };
        *out = c_string(lines(&d.inner.explanation).join("\n"))?;
        Ok(())
    })
}

/// The whole deadline as JSON (the core's serde model of `Deadline`: rule, names, dates,
/// explanation steps, warnings). On success `*out` is a new string to free with
/// `minzheng_string_free`.
///
/// # Safety
/// `deadline` is a live handle; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_deadline_json(
    deadline: *const MinzhengDeadline,
    out: *mut *mut c_char,
) -> MinzhengResult {
    guard(|| {
        // SAFETY: the caller's contract.
        let (d, out) = unsafe { (in_ref(deadline, "deadline")?, out_ref(out, "out")?) };
        let json = serde_json::to_string(&d.inner).map_err(|e| errors::json("deadline", &e))?;
        *out = c_string(json)?;
        Ok(())
    })
}

/// The due dates of the named period for `len` start dates in one call (no suspensions or
/// extensions): a batch of cases received on different days.
///
/// Each element is its own computation: `dues[i]` is written when `codes[i]` is 0, and is 0
/// otherwise. Returns `MINZHENG_OK` when every element succeeded, otherwise the number of the
/// first failure (described by the last error, with its index). An unknown period fails the
/// whole call before any element is written.
///
/// # Safety
/// `cal` a live handle; `catalogue` NULL or a live handle; `period_id` NUL-terminated;
/// `starts` has `len` readable elements, `dues` and `codes` `len` writable ones.
#[no_mangle]
pub unsafe extern "C" fn minzheng_deadline_due_batch(
    cal: *const MinzhengCalendar,
    catalogue: *const MinzhengCatalogue,
    period_id: *const c_char,
    starts: *const i32,
    len: usize,
    dues: *mut i32,
    codes: *mut MinzhengResult,
) -> MinzhengResult {
    guard(|| {
        // SAFETY: the caller's contract.
        let (cal, id, starts, dues, codes) = unsafe {
            (
                in_ref(cal, "cal")?,
                in_str(period_id, "period_id")?,
                in_slice(starts, len, "starts")?,
                out_slice(dues, len, "dues")?,
                out_slice(codes, len, "codes")?,
            )
        };
        let national;
        let cat = if catalogue.is_null() {
            national = Catalogue::national();
            &national
        } else {
            // SAFETY: not NULL; a live handle by the caller's contract.
            &unsafe { in_ref(catalogue, "catalogue")? }.inner
        };
        let rule = cat.get(id)?;
        let period = rule.period().ok_or_else(|| {
            errors::invalid_argument(
                format!("期限“{id}”是固定日期，没有可计算的期间"),
                format!("period \"{id}\" is a fixed date, not a span to count"),
            )
        })?;
        let mut first: Option<(usize, Failure)> = None;
        for (i, ((&s, d), c)) in starts
            .iter()
            .zip(dues.iter_mut())
            .zip(codes.iter_mut())
            .enumerate()
        {
            let r = date(s, "starts[i]").and_then(|s| {
                Ok(minzheng::deadline::due_date(
                    &cal.inner,
                    s,
                    period,
                    &[],
                    None,
                )?)
            });
            match r {
                Ok(due) => {
                    *d = ymd(due);
                    *c = 0;
                }
                Err(f) => {
                    *d = 0;
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
