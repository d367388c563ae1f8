//! The official working-day calendar of mainland China (工作日历).
//!
//! Saturdays and Sundays are rest days for state organs (国务院关于职工工作时间的规定 第七条);
//! each year the State Council General Office publishes which days are holidays (放假) and
//! which weekend days are worked instead (调休上班). Those notices cannot be computed from rules,
//! so the calendar is data: every notice from 2004 to 2026 is embedded
//! (`data/cn_holidays.json`, each year with its document number and date), and newer notices or
//! corrections can be loaded at run time in the same format.
//!
//! A date in a year without a notice is an error naming the year
//! ([`CalendarError::YearNotCovered`]). A weekends-only answer is given only through
//! [`Calendar::provisional`], and is then flagged.
//!
//! # Conventions
//! - [`Calendar::add_workdays`]`(d, n)`: for `n > 0` the n-th workday strictly after `d`; for
//!   `n < 0` the |n|-th workday strictly before `d`; `d` itself is never counted
//!   (民法典 第二百零一条); `n == 0` returns `d` unchanged.
//! - [`Calendar::workdays_between`]`(from, to)`: the workdays in the half-open interval
//!   `(from, to]`: `from` excluded, `to` included, the way a period is counted. So
//!   `workdays_between(d, add_workdays(d, n)) == n` for every `n >= 0`.
//! - [`Calendar::next_workday`]`(d)`: `d` itself if it is a workday, else the first workday
//!   after it (idempotent); [`Calendar::previous_workday`] likewise backwards.
//!
//! ```
//! use minzheng::calendar::{Calendar, DayKind};
//! use chrono::NaiveDate;
//! let cal = Calendar::china();
//! let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
//! // 2024-10-12 (Saturday) was worked for the National Day block.
//! assert_eq!(cal.day(d(2024, 10, 12))?.kind, DayKind::Makeup);
//! // Five workdays before 2024-10-08: 09-30, 09-29 (a Sunday worked for the block), 09-27,
//! // 09-26, 09-25; the block 10-01..07 and the weekend 09-28 are skipped.
//! assert_eq!(cal.add_workdays(d(2024, 10, 8), -5)?, d(2024, 9, 25));
//! assert_eq!(cal.workdays_between(d(2024, 9, 30), d(2024, 10, 8))?, 1);
//! # Ok::<(), minzheng::calendar::CalendarError>(())
//! ```

mod data;
mod error;
mod index;
mod overlay;

pub use data::{Amendment, HolidayBlock, HolidayNotice, MAX_YEAR, MIN_YEAR};
pub use error::{CalendarError, DataProblem, NoticeField};
pub use overlay::{LocalRestDay, Overlay};

use chrono::{Datelike, NaiveDate};
use index::{
    date_of, dn, is_work_kind, Index, LabelSource, RawDay, HOLIDAY, KIND_MASK, MAKEUP, UNCOVERED,
    WORKDAY,
};
use serde::Serialize;
use std::collections::BTreeMap;

/// The embedded data file: every notice from 2004 to 2026 (see `data/cn_holidays.json` and
/// `core/data/cn_holidays.discrepancies.md` for the judgement calls in it).
pub const EMBEDDED_DATA: &str = include_str!("../../data/cn_holidays.json");

/// What kind of day a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DayKind {
    /// An ordinary working day (Monday to Friday, not a holiday).
    Workday,
    /// A Saturday or Sunday that is a rest day (周休息日) and not part of a holiday block.
    Weekend,
    /// A day of a holiday block (法定节假日 and the days joined to it), or a local rest day.
    Holiday,
    /// A Saturday or Sunday worked in exchange for a holiday (调休上班日).
    Makeup,
}

impl DayKind {
    /// `true` for [`DayKind::Workday`] and [`DayKind::Makeup`].
    #[inline]
    pub fn is_workday(self) -> bool {
        matches!(self, DayKind::Workday | DayKind::Makeup)
    }

    /// The stable lowercase name (`workday`, `weekend`, `holiday`, `makeup`).
    pub fn as_str(self) -> &'static str {
        match self {
            DayKind::Workday => "workday",
            DayKind::Weekend => "weekend",
            DayKind::Holiday => "holiday",
            DayKind::Makeup => "makeup",
        }
    }

    /// The Chinese name.
    pub fn as_zh(self) -> &'static str {
        match self {
            DayKind::Workday => "工作日",
            DayKind::Weekend => "周休息日",
            DayKind::Holiday => "节假日",
            DayKind::Makeup => "调休上班日",
        }
    }

    fn from_code(code: u8) -> DayKind {
        match code {
            WORKDAY => DayKind::Workday,
            HOLIDAY => DayKind::Holiday,
            MAKEUP => DayKind::Makeup,
            _ => DayKind::Weekend,
        }
    }
}

/// Where a holiday's name comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "source", rename_all = "snake_case")]
#[non_exhaustive]
pub enum HolidaySource {
    /// A national notice.
    Notice {
        /// The notice's year.
        year: i32,
        /// Its document number.
        number: String,
    },
    /// A local overlay.
    Local {
        /// The overlay's name.
        overlay: String,
    },
}

impl HolidaySource {
    /// A short reference: the notice's document number, or `local:<overlay>`.
    pub fn reference(&self) -> String {
        match self {
            HolidaySource::Notice { number, .. } => number.clone(),
            HolidaySource::Local { overlay } => format!("local:{overlay}"),
        }
    }
}

/// The holiday a day belongs to (for a holiday, the block; for a make-up day, the block it
/// serves).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct HolidayRef {
    /// The name, e.g. `春节`.
    pub name: String,
    /// English name.
    pub name_en: Option<String>,
    /// Where it comes from.
    #[serde(flatten)]
    pub source: HolidaySource,
}

/// One date of the calendar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Day {
    /// The date.
    pub date: NaiveDate,
    /// Its kind.
    pub kind: DayKind,
    /// The holiday it belongs to, for holidays and make-up days.
    pub holiday: Option<HolidayRef>,
    /// `true` when no notice covers the date and the weekends-only rule was used (only in
    /// answers of [`Calendar::provisional`]).
    pub provisional: bool,
}

/// A value computed in provisional mode, with whether any uncovered year was involved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Answer<T> {
    /// The value.
    pub value: T,
    /// `true` when a year without a notice was involved: the value uses the weekends-only rule
    /// for that year and may change when its notice is loaded.
    pub provisional: bool,
}

/// How a load treats years that are already loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum LoadMode {
    /// A year already loaded is a problem (the default).
    #[default]
    AddOnly,
    /// The file's years replace the loaded ones (corrections).
    Replace,
}

/// What a successful load changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct LoadReport {
    /// Years newly added.
    pub added: Vec<i32>,
    /// Years replaced.
    pub replaced: Vec<i32>,
}

/// One covered year, as listed by [`Calendar::coverage`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct CoveredYear {
    /// The year.
    pub year: i32,
    /// The notice's document number.
    pub notice: String,
    /// Date signed.
    pub published: Option<NaiveDate>,
    /// Date released.
    pub released: Option<NaiveDate>,
    /// Amending notices' numbers.
    pub amendments: Vec<String>,
    /// Number of holiday blocks.
    pub holidays: usize,
}

/// Which years the calendar can answer for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Coverage {
    /// Every covered year, ascending.
    pub years: Vec<CoveredYear>,
    /// Years between the first and the last covered one that have no notice.
    pub gaps: Vec<i32>,
    /// The Decembers that a notice not yet loaded may still change: a notice reaches back into
    /// the previous December (cross-year 元旦 blocks), so for every covered year whose next
    /// year's notice is missing, its December is answered from its own notice alone.
    pub revisable: Vec<Revisable>,
    /// Names of the local overlays applied.
    pub overlays: Vec<String>,
}

/// A span of covered dates that a missing notice may still change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Revisable {
    /// First date (1 December).
    pub from: NaiveDate,
    /// Last date (31 December).
    pub to: NaiveDate,
    /// The year whose notice is missing.
    pub missing_year: i32,
}

/// The holidays of one notice year, with the local rest days of that calendar year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct YearHolidays<'a> {
    /// The national notice.
    pub notice: &'a HolidayNotice,
    /// Local rest days in that calendar year, with their overlay's name.
    pub local: Vec<(&'a str, &'a LocalRestDay)>,
}

/// The working-day calendar: national notices, local overlays and the precomputed index.
///
/// Cloning is cheap enough to do once per thread; queries take `&self` and never allocate on the
/// hot paths ([`Calendar::is_workday`], [`Calendar::add_workdays`],
/// [`Calendar::workdays_between`]).
#[derive(Debug, Clone, Default)]
pub struct Calendar {
    notices: BTreeMap<i32, HolidayNotice>,
    overlays: Vec<Overlay>,
    index: Index,
}

impl Calendar {
    /// The national calendar with the embedded notices 2004–2026.
    ///
    /// The embedded data is validated by the test suite; should it ever fail to load, this
    /// returns an empty calendar, whose every query is a [`CalendarError::YearNotCovered`]:
    /// never a wrong date.
    pub fn china() -> Calendar {
        match Calendar::from_json(EMBEDDED_DATA) {
            Ok(c) => c,
            Err(e) => {
                debug_assert!(false, "embedded calendar data invalid: {e}");
                Calendar::default()
            }
        }
    }

    /// A calendar with no notices (every strict query is an error).
    pub fn empty() -> Calendar {
        Calendar::default()
    }

    /// A calendar from a data file in the embedded format.
    pub fn from_json(json: &str) -> Result<Calendar, CalendarError> {
        let mut c = Calendar::default();
        c.load_json(json, LoadMode::AddOnly)?;
        Ok(c)
    }

    /// Loads more years, or corrections with [`LoadMode::Replace`], in the embedded format.
    ///
    /// Every problem is reported at once; on error nothing changes.
    ///
    /// ```
    /// use minzheng::calendar::{Calendar, CalendarError, DataProblem, LoadMode};
    /// let mut cal = Calendar::china();
    /// let bad = r#"{"years": {"2026": {"notice": "x", "holidays": [
    ///     {"name": "元旦", "days_off": ["2026-01-01"], "makeup_workdays": ["2026-01-05"]}]}}}"#;
    /// let Err(CalendarError::InvalidData { problems }) = cal.load_json(bad, LoadMode::AddOnly)
    ///     else { panic!() };
    /// assert!(problems.contains(&DataProblem::YearAlreadyLoaded { year: 2026 }));
    /// assert!(problems.iter().any(|p| matches!(p, DataProblem::MakeupNotWeekend { .. })));
    /// ```
    pub fn load_json(&mut self, json: &str, mode: LoadMode) -> Result<LoadReport, CalendarError> {
        let replace = mode == LoadMode::Replace;
        let notices = data::parse_dataset(json, &self.notices, replace)
            .map_err(|problems| CalendarError::InvalidData { problems })?;
        let mut next = self.notices.clone();
        let mut report = LoadReport {
            added: Vec::new(),
            replaced: Vec::new(),
        };
        for n in notices {
            if next.insert(n.year, n.clone()).is_some() {
                report.replaced.push(n.year);
            } else {
                report.added.push(n.year);
            }
        }
        // Overlays were validated against the old coverage; a replacement cannot remove a year,
        // so they stay valid.
        self.index = Index::build(&next, &self.overlays);
        self.notices = next;
        Ok(report)
    }

    /// Stacks a local overlay on the calendar. Every problem is reported at once; on error
    /// nothing changes.
    pub fn add_overlay(&mut self, overlay: Overlay) -> Result<(), CalendarError> {
        let mut problems = Vec::new();
        if overlay.name.trim().is_empty() {
            problems.push(DataProblem::OverlayWithoutName);
        }
        if self.overlays.iter().any(|o| o.name == overlay.name) {
            problems.push(DataProblem::OverlayAlreadyApplied {
                name: overlay.name.clone(),
            });
        }
        let mut seen = Vec::new();
        for r in &overlay.rest_days {
            if !self.notices.contains_key(&r.date.year()) {
                problems.push(DataProblem::OverlayDateNotCovered {
                    name: r.name.clone(),
                    date: r.date,
                });
            }
            if seen.contains(&r.date) {
                problems.push(DataProblem::OverlayDuplicateDate { date: r.date });
            }
            seen.push(r.date);
        }
        if !problems.is_empty() {
            return Err(CalendarError::InvalidData { problems });
        }
        self.overlays.push(overlay);
        self.index = Index::build(&self.notices, &self.overlays);
        Ok(())
    }

    /// Parses an overlay from JSON (`{"name": ..., "rest_days": [{"date", "name", "basis"}]}`)
    /// and stacks it.
    pub fn add_overlay_json(&mut self, json: &str) -> Result<(), CalendarError> {
        let overlay: Overlay =
            crate::json::from_str(json).map_err(|e| CalendarError::InvalidData {
                problems: vec![DataProblem::Json {
                    line: e.line(),
                    column: e.column(),
                    message: e.to_string(),
                }],
            })?;
        self.add_overlay(overlay)
    }

    /// The loaded notices, by year.
    pub fn notices(&self) -> impl Iterator<Item = &HolidayNotice> {
        self.notices.values()
    }

    /// The applied overlays.
    pub fn overlays(&self) -> &[Overlay] {
        &self.overlays
    }

    /// Whether a notice for `year` is loaded.
    pub fn covers_year(&self, year: i32) -> bool {
        self.notices.contains_key(&year)
    }

    /// Which years are covered, with their notices.
    pub fn coverage(&self) -> Coverage {
        let years = self
            .notices
            .values()
            .map(|n| CoveredYear {
                year: n.year,
                notice: n.number.clone(),
                published: n.published,
                released: n.released,
                amendments: n.amendments.iter().map(|a| a.notice.clone()).collect(),
                holidays: n.holidays.len(),
            })
            .collect();
        let (first, last) = (self.index.first_year, self.index.last_year);
        let gaps = if self.index.is_empty() {
            Vec::new()
        } else {
            (first..=last).filter(|y| !self.covers_year(*y)).collect()
        };
        Coverage {
            years,
            gaps,
            revisable: self.revisable_spans(),
            overlays: self.overlays.iter().map(|o| o.name.clone()).collect(),
        }
    }

    /// The Decembers a missing notice may still change (see [`Coverage::revisable`]).
    pub fn revisable_spans(&self) -> Vec<Revisable> {
        self.notices
            .keys()
            .filter(|y| !self.notices.contains_key(&(**y + 1)))
            .filter_map(|y| {
                Some(Revisable {
                    from: NaiveDate::from_ymd_opt(*y, 12, 1)?,
                    to: NaiveDate::from_ymd_opt(*y, 12, 31)?,
                    missing_year: y.checked_add(1)?,
                })
            })
            .collect()
    }

    /// The holidays of a notice year, with the local rest days of that calendar year.
    pub fn holidays(&self, year: i32) -> Result<YearHolidays<'_>, CalendarError> {
        let notice = self
            .notices
            .get(&year)
            .ok_or(CalendarError::YearNotCovered { year })?;
        let local = self
            .overlays
            .iter()
            .flat_map(|o| o.rest_days.iter().map(move |r| (o.name.as_str(), r)))
            .filter(|(_, r)| r.date.year() == year)
            .collect();
        Ok(YearHolidays { notice, local })
    }

    #[inline]
    fn require(&self, date: NaiveDate) -> Result<(), CalendarError> {
        if self.notices.contains_key(&date.year()) {
            Ok(())
        } else {
            Err(CalendarError::YearNotCovered { year: date.year() })
        }
    }

    fn make_day(&self, date: NaiveDate, raw: RawDay) -> Day {
        let holiday = raw
            .label
            .and_then(|i| self.index.labels.get(i))
            .map(|l| HolidayRef {
                name: l.name.clone(),
                name_en: l.name_en.clone(),
                source: match l.source {
                    LabelSource::Notice(year) => HolidaySource::Notice {
                        year,
                        number: self
                            .notices
                            .get(&year)
                            .map(|n| n.number.clone())
                            .unwrap_or_default(),
                    },
                    LabelSource::Overlay(i) => HolidaySource::Local {
                        overlay: self
                            .overlays
                            .get(i)
                            .map(|o| o.name.clone())
                            .unwrap_or_default(),
                    },
                },
            });
        Day {
            date,
            kind: DayKind::from_code(raw.kind),
            holiday,
            provisional: raw.uncovered,
        }
    }

    /// The day: its kind and, for holidays and make-up days, the holiday.
    pub fn day(&self, date: NaiveDate) -> Result<Day, CalendarError> {
        self.require(date)?;
        Ok(self.make_day(date, self.index.raw_day(dn(date))))
    }

    /// The kind of a day.
    #[inline]
    pub fn day_kind(&self, date: NaiveDate) -> Result<DayKind, CalendarError> {
        let k = self.covered_kind(date)?;
        Ok(DayKind::from_code(k & KIND_MASK))
    }

    /// Whether the date is a working day (an ordinary workday or a make-up working day).
    #[inline]
    pub fn is_workday(&self, date: NaiveDate) -> Result<bool, CalendarError> {
        Ok(is_work_kind(self.covered_kind(date)?))
    }

    /// The kind byte of a covered date, or the error naming its year.
    #[inline]
    fn covered_kind(&self, date: NaiveDate) -> Result<u8, CalendarError> {
        match self.index.slot(date) {
            Some(o) => {
                let k = self.index.kind_at(o);
                if k & UNCOVERED == 0 {
                    Ok(k)
                } else {
                    Err(not_covered(date.year()))
                }
            }
            None => Err(not_covered(date.year())),
        }
    }

    /// The slot of a covered date, or the error naming its year.
    #[inline]
    fn covered_slot(&self, date: NaiveDate) -> Result<usize, CalendarError> {
        match self.index.slot(date) {
            Some(o) if self.index.kind_at(o) & UNCOVERED == 0 => Ok(o),
            _ => Err(not_covered(date.year())),
        }
    }

    /// `date` if it is a workday, else the first workday after it.
    pub fn next_workday(&self, date: NaiveDate) -> Result<NaiveDate, CalendarError> {
        if self.is_workday(date)? {
            return Ok(date);
        }
        self.add_workdays(date, 1)
    }

    /// `date` if it is a workday, else the last workday before it.
    pub fn previous_workday(&self, date: NaiveDate) -> Result<NaiveDate, CalendarError> {
        if self.is_workday(date)? {
            return Ok(date);
        }
        self.add_workdays(date, -1)
    }

    /// The n-th workday after (`n > 0`) or before (`n < 0`) `date`, `date` itself not counted;
    /// `date` for `n == 0`. O(1).
    ///
    /// If the count runs past the covered years, the error names the first year without a
    /// notice in that direction; a count beyond any representable date (such as `i64::MAX`) is
    /// [`CalendarError::OutOfRange`].
    #[inline]
    pub fn add_workdays(&self, date: NaiveDate, n: i64) -> Result<NaiveDate, CalendarError> {
        let slot = self.covered_slot(date)?;
        if n == 0 {
            return Ok(date);
        }
        let ix = &self.index;
        let ord = i64::from(ix.cum_at(slot));
        let t = if n > 0 {
            ord.checked_add(n)
        } else {
            let excl = ord - i64::from(is_work_kind(ix.kind_at(slot)));
            excl.checked_add(n).map(|v| v + 1)
        };
        match t.and_then(|t| ix.workday_at(t)) {
            Some(value) => {
                if ix.has_gaps() {
                    if let Some(year) = ix.first_uncovered(date.year(), value.year(), date.year()) {
                        return Err(not_covered(year));
                    }
                }
                Ok(value)
            }
            None => self.add_beyond_coverage(date, n),
        }
    }

    /// The cold path of [`Calendar::add_workdays`]: the count runs out of the table.
    #[cold]
    fn add_beyond_coverage(&self, date: NaiveDate, n: i64) -> Result<NaiveDate, CalendarError> {
        // No loaded notice could ever answer for a date beyond what can be represented.
        self.add_inner(date, n)?;
        let towards = if n > 0 { i32::MAX } else { i32::MIN };
        let year = self
            .index
            .first_uncovered(date.year(), towards, date.year())
            .unwrap_or(date.year());
        Err(not_covered(year))
    }

    /// Workdays in `(from, to]` (`from` excluded, `to` included). O(1).
    #[inline]
    pub fn workdays_between(&self, from: NaiveDate, to: NaiveDate) -> Result<u32, CalendarError> {
        if from > to {
            return Err(CalendarError::FromAfterTo { from, to });
        }
        let a = self.covered_slot(from)?;
        let b = self.covered_slot(to)?;
        if self.index.has_gaps() {
            if let Some(y) = self
                .index
                .first_uncovered(from.year(), to.year(), from.year())
            {
                return Err(not_covered(y));
            }
        }
        Ok(self.index.cum_at(b).saturating_sub(self.index.cum_at(a)))
    }

    /// A view that answers for years without a notice using weekends only, flagging such answers.
    ///
    /// ```
    /// use minzheng::calendar::Calendar;
    /// use chrono::NaiveDate;
    /// let cal = Calendar::china();
    /// let d = NaiveDate::from_ymd_opt(2027, 3, 1).unwrap();
    /// assert!(cal.is_workday(d).is_err());
    /// let a = cal.provisional().is_workday(d).unwrap();
    /// assert!(a.value && a.provisional);
    /// ```
    pub fn provisional(&self) -> Provisional<'_> {
        Provisional { cal: self }
    }

    fn add_inner(&self, date: NaiveDate, n: i64) -> Result<(NaiveDate, bool), CalendarError> {
        let d = dn(date);
        if n == 0 {
            let uncovered = !self.covers_year(date.year());
            return Ok((date, uncovered));
        }
        let ord = self.index.ordinal(d);
        let overflow = || CalendarError::OutOfRange {
            detail: crate::text::Bilingual::new(
                format!("{date} 起 {n:+} 个工作日"),
                format!("{date} {n:+} workdays"),
            ),
        };
        let t = if n > 0 {
            ord.checked_add(n).ok_or_else(overflow)?
        } else {
            let excl = ord - i64::from(self.index.is_work(d));
            excl.checked_add(n)
                .and_then(|v| v.checked_add(1))
                .ok_or_else(overflow)?
        };
        let target = self.index.day_of_ordinal(t).ok_or_else(overflow)?;
        let value = date_of(target).ok_or_else(overflow)?;
        let provisional = self
            .index
            .first_uncovered(date.year(), value.year(), date.year())
            .is_some();
        Ok((value, provisional))
    }

    #[inline]
    fn between_inner(&self, from: NaiveDate, to: NaiveDate) -> u32 {
        let diff = self.index.ordinal(dn(to)) - self.index.ordinal(dn(from));
        u32::try_from(diff).unwrap_or(u32::MAX)
    }

    /// The raw table entry of a day, for the deadline explanations.
    pub(crate) fn raw(&self, date: NaiveDate) -> Day {
        self.make_day(date, self.index.raw_day(dn(date)))
    }
}

#[cold]
fn not_covered(year: i32) -> CalendarError {
    CalendarError::YearNotCovered { year }
}

/// The weekends-only fallback for years without a notice; see [`Calendar::provisional`].
#[derive(Debug, Clone, Copy)]
pub struct Provisional<'a> {
    cal: &'a Calendar,
}

impl Provisional<'_> {
    /// The day; `provisional` is set on the result when no notice covers its year.
    pub fn day(&self, date: NaiveDate) -> Day {
        self.cal.raw(date)
    }

    /// Whether the date is a working day.
    pub fn is_workday(&self, date: NaiveDate) -> Result<Answer<bool>, CalendarError> {
        let raw = self.cal.index.raw_day(dn(date));
        Ok(Answer {
            value: DayKind::from_code(raw.kind).is_workday(),
            provisional: raw.uncovered,
        })
    }

    /// As [`Calendar::add_workdays`].
    pub fn add_workdays(
        &self,
        date: NaiveDate,
        n: i64,
    ) -> Result<Answer<NaiveDate>, CalendarError> {
        let (value, provisional) = self.cal.add_inner(date, n)?;
        Ok(Answer { value, provisional })
    }

    /// As [`Calendar::workdays_between`].
    pub fn workdays_between(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Answer<u32>, CalendarError> {
        if from > to {
            return Err(CalendarError::FromAfterTo { from, to });
        }
        let provisional = self
            .cal
            .index
            .first_uncovered(from.year(), to.year(), from.year())
            .is_some();
        Ok(Answer {
            value: self.cal.between_inner(from, to),
            provisional,
        })
    }

    /// As [`Calendar::next_workday`].
    pub fn next_workday(&self, date: NaiveDate) -> Result<Answer<NaiveDate>, CalendarError> {
        let w = self.is_workday(date)?;
        if w.value {
            return Ok(Answer {
                value: date,
                provisional: w.provisional,
            });
        }
        self.add_workdays(date, 1)
    }
}

#[cfg(test)]
mod tests;
