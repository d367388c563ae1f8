//! The deadline clock: a rule, a start, suspensions and extensions → a due date with its
//! explanation, and a status on any given day.

use super::error::DeadlineError;
use super::explain::{
    unit_is_working, Explanation, ExplanationStep, SkipReason, SkippedSpan, Warning,
};
use super::period::{Period, PeriodRule, PeriodUnit, Term};
use crate::calendar::{Calendar, CalendarError};
use crate::{Citation, Confidence};
use chrono::{Datelike, Days, Months, NaiveDate};
use serde::{Deserialize, Serialize};

/// Time that does not count: from..to, both days inclusive (e.g. a third-party consultation,
/// 政府信息公开条例 第三十三条第三款; a hearing or expert review, 行政许可法 第四十五条).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suspension {
    /// First day not counted.
    #[serde(deserialize_with = "crate::dates::strict::date")]
    pub from: NaiveDate,
    /// Last day not counted.
    #[serde(deserialize_with = "crate::dates::strict::date")]
    pub to: NaiveDate,
    /// Why (shown in the explanation).
    pub reason: String,
}

/// An extension granted under the rule's extension rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Extension {
    /// Units of the extension rule's period (usually working days).
    pub amount: u32,
    /// Who approved it.
    pub approved_by: String,
    /// The day it was granted: on or before the due date in force then.
    #[serde(deserialize_with = "crate::dates::strict::date")]
    pub granted: NaiveDate,
}

/// A running deadline: which rule, from when, with what suspensions and extensions.
///
/// ```
/// use minzheng::calendar::Calendar;
/// use minzheng::deadline::{Catalogue, Status};
/// use chrono::NaiveDate;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let cal = Calendar::china();
/// let cat = Catalogue::national();
/// // A disclosure request received on 2024-09-20: 20 working days, the National Day block
/// // and its make-up days taken into account.
/// let clock = cat.clock("disclosure.reply", d(2024, 9, 20))?;
/// let due = clock.compute(&cal)?;
/// assert_eq!(due.due, d(2024, 10, 23));
/// assert_eq!(due.status(&cal, d(2024, 10, 21), None, 3)?, Status::DueSoon { workdays_left: 2 });
/// # Ok::<(), minzheng::deadline::DeadlineError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clock {
    rule: PeriodRule,
    extension_rule: Option<PeriodRule>,
    start: NaiveDate,
    suspensions: Vec<Suspension>,
    extensions: Vec<Extension>,
}

/// A computed due date, with how it was reached.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Deadline {
    /// The rule's id.
    pub rule: String,
    /// The rule's Chinese name.
    pub name: String,
    /// The rule's English name.
    pub name_en: String,
    /// The start date (not counted).
    pub start: NaiveDate,
    /// The due date: the last day on which the act is on time.
    pub due: NaiveDate,
    /// The due date before any extension.
    pub original_due: NaiveDate,
    /// How it was reached.
    pub explanation: Explanation,
    /// What the caller should know (provisional data, revisable December, unverified basis).
    pub warnings: Vec<Warning>,
    /// `true` when the weekends-only rule was used for a year without a notice.
    pub provisional: bool,
}

/// Where a deadline stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
// Not `non_exhaustive`: the C face mirrors these six statuses one for one (`MinzhengStatusKind`),
// and an exhaustive match there makes a new status a compile error in the binding, not a
// silent mapping.
pub enum Status {
    /// Not yet due; more workdays left than the due-soon threshold.
    Running {
        /// Workdays after today up to and including the due date.
        workdays_left: u32,
    },
    /// Not yet due; at most the threshold of workdays left.
    DueSoon {
        /// Workdays after today up to and including the due date.
        workdays_left: u32,
    },
    /// Today is the last day.
    DueToday,
    /// Past the due date and not answered.
    Overdue {
        /// Workdays after the due date up to and including today (0 if only rest days passed).
        workdays: u32,
        /// Calendar days since the due date.
        days: u32,
    },
    /// Answered on or before the due date.
    Met {
        /// The answer date.
        answered: NaiveDate,
        /// Workdays after the answer up to and including the due date.
        workdays_to_spare: u32,
    },
    /// Answered after the due date.
    MetLate {
        /// The answer date.
        answered: NaiveDate,
        /// Workdays after the due date up to and including the answer date.
        workdays_late: u32,
        /// Calendar days late.
        days_late: u32,
    },
}

impl Status {
    /// The stable lowercase name (`running`, `due_soon`, `due_today`, `overdue`, `met`,
    /// `met_late`).
    pub fn as_str(&self) -> &'static str {
        match self {
            Status::Running { .. } => "running",
            Status::DueSoon { .. } => "due_soon",
            Status::DueToday => "due_today",
            Status::Overdue { .. } => "overdue",
            Status::Met { .. } => "met",
            Status::MetLate { .. } => "met_late",
        }
    }

    /// A one-line description in Chinese.
    pub fn zh(&self) -> String {
        match self {
            Status::Running { workdays_left } => format!("进行中，剩余 {workdays_left} 个工作日"),
            Status::DueSoon { workdays_left } => {
                format!("即将到期，剩余 {workdays_left} 个工作日")
            }
            Status::DueToday => "今日到期".to_owned(),
            Status::Overdue { workdays, days } => {
                format!("已超期 {workdays} 个工作日（{days} 日）")
            }
            Status::Met {
                answered,
                workdays_to_spare,
            } => format!("已于 {answered} 按期办结，提前 {workdays_to_spare} 个工作日"),
            Status::MetLate {
                answered,
                workdays_late,
                days_late,
            } => format!("已于 {answered} 办结，逾期 {workdays_late} 个工作日（{days_late} 日）"),
        }
    }

    /// A one-line description in English.
    pub fn en(&self) -> String {
        match self {
            Status::Running { workdays_left } => {
                format!("running, {workdays_left} workday(s) left")
            }
            Status::DueSoon { workdays_left } => {
                format!("due soon, {workdays_left} workday(s) left")
            }
            Status::DueToday => "due today".to_owned(),
            Status::Overdue { workdays, days } => {
                format!("overdue by {workdays} workday(s) ({days} day(s))")
            }
            Status::Met {
                answered,
                workdays_to_spare,
            } => format!("met on {answered}, {workdays_to_spare} workday(s) to spare"),
            Status::MetLate {
                answered,
                workdays_late,
                days_late,
            } => format!(
                "met late on {answered}, {workdays_late} workday(s) ({days_late} day(s)) late"
            ),
        }
    }

    /// Both descriptions on one line, `中文 / English`.
    pub fn describe(&self) -> String {
        format!("{} / {}", self.zh(), self.en())
    }
}

fn civil_code(article: &str) -> Citation {
    Citation::new("民法典", article, Confidence::V1)
}

/// Calendar access in strict or provisional mode, remembering whether the weekends-only rule
/// was used.
struct Counter<'a> {
    cal: &'a Calendar,
    provisional: bool,
    used_provisional: bool,
}

impl Counter<'_> {
    fn add(&mut self, d: NaiveDate, n: i64) -> Result<NaiveDate, CalendarError> {
        if self.provisional {
            let a = self.cal.provisional().add_workdays(d, n)?;
            self.used_provisional |= a.provisional;
            Ok(a.value)
        } else {
            self.cal.add_workdays(d, n)
        }
    }

    fn between(&mut self, a: NaiveDate, b: NaiveDate) -> Result<u32, CalendarError> {
        if self.provisional {
            let r = self.cal.provisional().workdays_between(a, b)?;
            self.used_provisional |= r.provisional;
            Ok(r.value)
        } else {
            self.cal.workdays_between(a, b)
        }
    }

    fn next_workday(&mut self, d: NaiveDate) -> Result<NaiveDate, CalendarError> {
        if self.provisional {
            let r = self.cal.provisional().next_workday(d)?;
            self.used_provisional |= r.provisional;
            Ok(r.value)
        } else {
            self.cal.next_workday(d)
        }
    }
}

fn out_of_range(zh: String, en: String) -> DeadlineError {
    DeadlineError::OutOfRange {
        detail: crate::text::Bilingual::new(zh, en),
    }
}

fn plus_days(d: NaiveDate, n: i64) -> Result<NaiveDate, DeadlineError> {
    let r = if n >= 0 {
        d.checked_add_days(Days::new(n.unsigned_abs()))
    } else {
        d.checked_sub_days(Days::new(n.unsigned_abs()))
    };
    r.ok_or_else(|| out_of_range(format!("{d} 起 {n:+} 日"), format!("{d} {n:+} days")))
}

/// The state of one computation: the counter, the suspensions in date order and which of them
/// stopped the clock, the explanation so far, and the segments counted.
struct Counting<'a> {
    counter: Counter<'a>,
    suspensions: Vec<Suspension>,
    used: Vec<bool>,
    steps: Vec<ExplanationStep>,
    applied: Vec<(NaiveDate, NaiveDate, String)>,
    segments: Vec<Segment>,
}

impl<'a> Counting<'a> {
    fn new(cal: &'a Calendar, provisional: bool, suspensions: &[Suspension]) -> Counting<'a> {
        let mut suspensions = suspensions.to_vec();
        suspensions.sort_by_key(|s| (s.from, s.to));
        Counting {
            counter: Counter {
                cal,
                provisional,
                used_provisional: false,
            },
            used: vec![false; suspensions.len()],
            suspensions,
            steps: Vec::new(),
            applied: Vec::new(),
            segments: Vec::new(),
        }
    }

    /// Counts `period` on from `from` (suspensions applied): the segment's last day.
    fn segment(&mut self, from: NaiveDate, period: Period) -> Result<NaiveDate, DeadlineError> {
        let seg = run(
            &mut self.counter,
            from,
            period,
            &self.suspensions,
            &mut self.used,
            &mut self.steps,
            &mut self.applied,
        )?;
        let end = seg.end;
        self.segments.push(seg);
        Ok(end)
    }
}

/// One counted stretch: from `start` (excluded) for `period`, skipping suspensions.
struct Segment {
    start: NaiveDate,
    unit: PeriodUnit,
    /// The last day before a roll-forward (natural days and months).
    raw_end: NaiveDate,
    end: NaiveDate,
}

impl Clock {
    /// A clock for a rule (and its extension rule, if any) started on `start`.
    pub fn new(rule: PeriodRule, extension_rule: Option<PeriodRule>, start: NaiveDate) -> Clock {
        Clock {
            rule,
            extension_rule,
            start,
            suspensions: Vec::new(),
            extensions: Vec::new(),
        }
    }

    /// Adds a suspension (from..to inclusive).
    pub fn suspend(mut self, from: NaiveDate, to: NaiveDate, reason: &str) -> Clock {
        self.suspensions.push(Suspension {
            from,
            to,
            reason: reason.to_owned(),
        });
        self
    }

    /// Adds an extension.
    pub fn extend(mut self, amount: u32, approved_by: &str, granted: NaiveDate) -> Clock {
        self.extensions.push(Extension {
            amount,
            approved_by: approved_by.to_owned(),
            granted,
        });
        self
    }

    /// Adds suspensions.
    pub fn with_suspensions(mut self, s: impl IntoIterator<Item = Suspension>) -> Clock {
        self.suspensions.extend(s);
        self
    }

    /// Adds extensions.
    pub fn with_extensions(mut self, e: impl IntoIterator<Item = Extension>) -> Clock {
        self.extensions.extend(e);
        self
    }

    /// The rule.
    pub fn rule(&self) -> &PeriodRule {
        &self.rule
    }

    /// The extension rule, if the rule can be extended.
    pub fn extension_rule(&self) -> Option<&PeriodRule> {
        self.extension_rule.as_ref()
    }

    /// The start date.
    pub fn start(&self) -> NaiveDate {
        self.start
    }

    /// The due date, strictly on official data: a year without a notice is an error.
    pub fn compute(&self, cal: &Calendar) -> Result<Deadline, DeadlineError> {
        self.compute_with(cal, false)
    }

    /// The due date, using the weekends-only rule for years without a notice; the result is
    /// then flagged provisional and carries a warning.
    pub fn compute_provisional(&self, cal: &Calendar) -> Result<Deadline, DeadlineError> {
        self.compute_with(cal, true)
    }

    fn compute_with(&self, cal: &Calendar, provisional: bool) -> Result<Deadline, DeadlineError> {
        if !provisional && !cal.covers_year(self.start.year()) {
            return Err(CalendarError::YearNotCovered {
                year: self.start.year(),
            }
            .into());
        }
        if let Some(s) = self.suspensions.iter().find(|s| s.from > s.to) {
            return Err(DeadlineError::SuspensionReversed {
                from: s.from,
                to: s.to,
            });
        }
        let period = match self.rule.term {
            Term::Period(p) => p,
            Term::AnnualDate(a) => return self.fixed_date(cal, a.month, a.day),
        };
        let mut c = Counting::new(cal, provisional, &self.suspensions);
        c.steps.push(ExplanationStep::Start {
            date: self.start,
            period,
            basis: self.rule.basis.clone(),
        });
        let original_due = c.segment(self.start, period)?;
        self.check_extensions(period)?;
        let due = self.count_extensions(&mut c, period, original_due)?;
        // Suspensions that never stopped the clock: they began after it had run out.
        for (s, _) in c
            .suspensions
            .iter()
            .zip(&c.used)
            .filter(|(s, u)| !**u && s.to > self.start)
        {
            c.steps.push(ExplanationStep::SuspensionIgnored {
                from: s.from,
                to: s.to,
                reason: s.reason.clone(),
                due,
            });
        }
        c.steps.push(ExplanationStep::Due { date: due });
        let skipped = skipped_spans(cal, &c.segments, &c.applied);
        let used = c.counter.used_provisional;
        let warnings = self.warnings(cal, due, used);
        Ok(Deadline {
            rule: self.rule.id.clone(),
            name: self.rule.name.clone(),
            name_en: self.rule.name_en.clone(),
            start: self.start,
            due,
            original_due,
            explanation: Explanation {
                steps: c.steps,
                skipped,
            },
            warnings,
            provisional: used,
        })
    }

    /// The granted extensions, each counted on from the due date it extends (in the extension
    /// rule's unit, or the main period's): the new due date. An extension granted before the
    /// start or after the time limit had run out is refused.
    fn count_extensions(
        &self,
        c: &mut Counting<'_>,
        period: Period,
        mut due: NaiveDate,
    ) -> Result<NaiveDate, DeadlineError> {
        let Some(ext_rule) = &self.extension_rule else {
            return Ok(due);
        };
        let ext_unit = ext_rule.period().map(|p| p.unit).unwrap_or(period.unit);
        for e in &self.extensions {
            if e.granted < self.start {
                return Err(DeadlineError::ExtensionBeforeStart {
                    granted: e.granted,
                    start: self.start,
                });
            }
            if e.granted > due {
                return Err(DeadlineError::ExtensionAfterExpiry {
                    granted: e.granted,
                    due,
                });
            }
            let p = Period {
                amount: e.amount,
                unit: ext_unit,
            };
            let end = c.segment(due, p)?;
            c.steps.push(ExplanationStep::Extended {
                period: p,
                approved_by: e.approved_by.clone(),
                granted: e.granted,
                from: due,
                to: end,
                basis: ext_rule.basis.clone(),
            });
            due = end;
        }
        Ok(due)
    }

    fn check_extensions(&self, period: Period) -> Result<(), DeadlineError> {
        if self.extensions.is_empty() {
            return Ok(());
        }
        let Some(ext) = &self.extension_rule else {
            return Err(DeadlineError::ExtensionNotAllowed {
                rule: self.rule.id.clone(),
            });
        };
        let max_grants = ext.max_grants.unwrap_or(1);
        if self.extensions.len() > usize::try_from(max_grants).unwrap_or(usize::MAX) {
            return Err(DeadlineError::TooManyExtensions {
                rule: self.rule.id.clone(),
                max: max_grants,
            });
        }
        if self.extensions.iter().any(|e| e.amount == 0) {
            return Err(DeadlineError::ZeroExtension);
        }
        let max = ext.period().map(|p| p.amount).unwrap_or(period.amount);
        let total: u64 = self.extensions.iter().map(|e| u64::from(e.amount)).sum();
        if total > u64::from(max) {
            return Err(DeadlineError::ExtensionTooLong {
                rule: ext.id.clone(),
                requested: total,
                max,
            });
        }
        Ok(())
    }

    fn fixed_date(&self, cal: &Calendar, month: u32, day: u32) -> Result<Deadline, DeadlineError> {
        if !self.suspensions.is_empty() || !self.extensions.is_empty() {
            return Err(DeadlineError::NotApplicable {
                rule: self.rule.id.clone(),
                what: "中止或延长".to_owned(),
                what_en: "suspensions and extensions".to_owned(),
            });
        }
        let year = self.start.year().checked_add(1).ok_or_else(|| {
            out_of_range(
                format!("{} 加 1 年", self.start),
                format!("{} + 1 year", self.start),
            )
        })?;
        let due = NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| {
            out_of_range(
                format!("{year}-{month:02}-{day:02}"),
                format!("{year}-{month:02}-{day:02}"),
            )
        })?;
        let steps = vec![
            ExplanationStep::FixedDate {
                date: due,
                basis: self.rule.basis.clone(),
            },
            ExplanationStep::Due { date: due },
        ];
        Ok(Deadline {
            rule: self.rule.id.clone(),
            name: self.rule.name.clone(),
            name_en: self.rule.name_en.clone(),
            start: self.start,
            due,
            original_due: due,
            explanation: Explanation {
                steps,
                skipped: Vec::new(),
            },
            warnings: self.warnings(cal, due, false),
            provisional: false,
        })
    }

    fn warnings(&self, cal: &Calendar, due: NaiveDate, provisional: bool) -> Vec<Warning> {
        let mut w = Vec::new();
        if provisional {
            let years = (self.start.year().min(due.year())..=self.start.year().max(due.year()))
                .filter(|y| !cal.covers_year(*y))
                .collect();
            w.push(Warning::Provisional { years });
        }
        // Any day counted could still move if its December is revisable.
        for r in cal.revisable_spans() {
            if self.start < r.to && due >= r.from && cal.covers_year(r.from.year()) {
                w.push(Warning::Revisable {
                    from: r.from,
                    missing_year: r.missing_year,
                });
            }
        }
        if self.rule.basis.confidence.needs_checking() {
            w.push(Warning::BasisUnverified {
                confidence: self.rule.basis.confidence,
                basis: self.rule.basis.clone(),
            });
        }
        w
    }
}

/// The due date alone, without explanation or warnings: the lean path for screens that
/// recompute many deadlines (supervision lists). Same counting as [`Clock::compute`]: the start
/// day not counted, suspensions skipped, roll-forward for natural days and months, then an
/// optional extension counted from the original due date (validate extensions with a
/// [`Clock`] when they are granted).
///
/// ```
/// use minzheng::calendar::Calendar;
/// use minzheng::deadline::{due_date, Period};
/// use chrono::NaiveDate;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// let due = due_date(&Calendar::china(), d(2024, 9, 20), Period::working_days(20), &[], None)?;
/// assert_eq!(due, d(2024, 10, 23));
/// # Ok::<(), minzheng::deadline::DeadlineError>(())
/// ```
pub fn due_date(
    cal: &Calendar,
    start: NaiveDate,
    period: Period,
    suspensions: &[Suspension],
    extension: Option<Period>,
) -> Result<NaiveDate, DeadlineError> {
    let mut counter = Counter {
        cal,
        provisional: false,
        used_provisional: false,
    };
    let sorted;
    let suspensions = if suspensions.windows(2).all(|w| match w {
        [a, b] => (a.from, a.to) <= (b.from, b.to),
        _ => true,
    }) {
        suspensions
    } else {
        let mut v = suspensions.to_vec();
        v.sort_by_key(|s| (s.from, s.to));
        sorted = v;
        &sorted
    };
    let mut used = vec![false; suspensions.len()];
    let (mut steps, mut applied) = (Vec::new(), Vec::new());
    let base = run(
        &mut counter,
        start,
        period,
        suspensions,
        &mut used,
        &mut steps,
        &mut applied,
    )?;
    match extension {
        None => Ok(base.end),
        Some(p) => Ok(run(
            &mut counter,
            base.end,
            p,
            suspensions,
            &mut used,
            &mut steps,
            &mut applied,
        )?
        .end),
    }
}

/// Counts `period` after `start`, skipping the suspensions that begin on or before the due date
/// in force (after any roll-forward). Marks the suspensions it applied in `used` and records
/// the clipped spans in `applied`.
///
/// A suspension that begins after the last counted day but on or before a rolled-forward due
/// date (natural days and months) still applies: the due date in force was the rolled one.
/// After it, the period ends on the first workday after the suspension — the last day is given
/// back, never taken (judgement call, protects the applicant).
fn run(
    counter: &mut Counter<'_>,
    start: NaiveDate,
    period: Period,
    suspensions: &[Suspension],
    used: &mut [bool],
    steps: &mut Vec<ExplanationStep>,
    applied: &mut Vec<(NaiveDate, NaiveDate, String)>,
) -> Result<Segment, DeadlineError> {
    let working = unit_is_working(period.unit);
    // The last day already counted or suspended.
    let mut cursor = start;
    // Units still to count after `cursor` (days for natural days; working days; unused for months).
    let mut remaining = i64::from(period.amount);
    // For months: the last day of the period so far (before roll-forward).
    let mut month_end = months_end(start, period)?;
    let raw_end_of = |counter: &mut Counter<'_>,
                      cursor: NaiveDate,
                      remaining: i64,
                      month_end: Option<NaiveDate>|
     -> Result<NaiveDate, DeadlineError> {
        match (period.unit, month_end) {
            (PeriodUnit::WorkingDays, _) => Ok(counter.add(cursor, remaining)?),
            (PeriodUnit::Months, Some(e)) => Ok(e),
            _ => plus_days(cursor, remaining),
        }
    };
    for (i, s) in suspensions.iter().enumerate() {
        if used.get(i).copied().unwrap_or(true) || s.to <= cursor {
            continue;
        }
        let a = s.from.max(plus_days(cursor, 1)?);
        let raw = raw_end_of(counter, cursor, remaining, month_end)?;
        let due_in_force = if working {
            raw
        } else {
            counter.next_workday(raw)?
        };
        if a > due_in_force {
            continue;
        }
        let not_counted = if working {
            counter.between(plus_days(a, -1)?, s.to)?
        } else {
            u32::try_from((s.to - a).num_days() + 1).unwrap_or(u32::MAX)
        };
        if a > raw {
            // Begins in the roll-forward zone: all units were counted; the last day is owed.
            remaining = 1;
            if month_end.is_some() {
                month_end = Some(plus_days(s.to, 1)?);
            }
        } else {
            match period.unit {
                PeriodUnit::WorkingDays => {
                    remaining -= i64::from(counter.between(cursor, plus_days(a, -1)?)?);
                }
                PeriodUnit::NaturalDays => remaining -= (a - cursor).num_days() - 1,
                PeriodUnit::Months => {
                    month_end = month_end
                        .map(|e| plus_days(e, (s.to - a).num_days() + 1))
                        .transpose()?;
                }
            }
        }
        if let Some(u) = used.get_mut(i) {
            *u = true;
        }
        steps.push(ExplanationStep::Suspended {
            from: a,
            to: s.to,
            reason: s.reason.clone(),
            not_counted,
        });
        applied.push((a, s.to, s.reason.clone()));
        cursor = s.to;
    }
    let raw_end = raw_end_of(counter, cursor, remaining, month_end)?;
    let end = if working {
        raw_end
    } else {
        rolled_forward(counter, raw_end, steps)?
    };
    Ok(Segment {
        start,
        unit: period.unit,
        raw_end,
        end,
    })
}

/// For a period in months, its last day before any roll-forward: the same day `amount` months
/// later (the month's last day when that day does not exist); `None` for other units.
fn months_end(start: NaiveDate, period: Period) -> Result<Option<NaiveDate>, DeadlineError> {
    match period.unit {
        PeriodUnit::Months => start
            .checked_add_months(Months::new(period.amount))
            .map(Some)
            .ok_or_else(|| {
                out_of_range(
                    format!("{start} 加 {} 个月", period.amount),
                    format!("{start} + {} months", period.amount),
                )
            }),
        _ => Ok(None),
    }
}

/// A period in natural days or months whose last day is a rest day ends on the next workday
/// (民法典 第二百零三条); the step says so when it moves.
fn rolled_forward(
    counter: &mut Counter<'_>,
    raw_end: NaiveDate,
    steps: &mut Vec<ExplanationStep>,
) -> Result<NaiveDate, DeadlineError> {
    let e = counter.next_workday(raw_end)?;
    if e != raw_end {
        steps.push(ExplanationStep::RolledForward {
            from: raw_end,
            to: e,
            basis: civil_code("第二百零三条"),
        });
    }
    Ok(e)
}

/// Every day in the counted segments that did not count, grouped into runs.
fn skipped_spans(
    cal: &Calendar,
    segments: &[Segment],
    applied: &[(NaiveDate, NaiveDate, String)],
) -> Vec<SkippedSpan> {
    let mut out: Vec<SkippedSpan> = Vec::new();
    for seg in segments {
        let mut day = seg.start.succ_opt();
        while let Some(d) = day {
            if d > seg.end {
                break;
            }
            let reason =
                if let Some((_, _, r)) = applied.iter().find(|(a, b, _)| *a <= d && d <= *b) {
                    Some(SkipReason::Suspended { reason: r.clone() })
                } else {
                    let info = cal.raw(d);
                    let rest = !info.kind.is_workday();
                    let label = info.holiday.as_ref().map(|h| (h.name.as_str(), &h.source));
                    if unit_is_working(seg.unit) {
                        rest.then(|| SkipReason::for_rest_day(info.kind, label))
                    } else if seg.end != seg.raw_end && d >= seg.raw_end && d < seg.end {
                        Some(SkipReason::RolledForward {
                            day_kind: info.kind,
                            name: info.holiday.as_ref().map(|h| h.name.clone()),
                        })
                    } else {
                        None
                    }
                };
            if let Some(reason) = reason {
                match out.last_mut() {
                    Some(last) if last.reason == reason && last.to.succ_opt() == Some(d) => {
                        last.to = d;
                        last.days += 1;
                    }
                    _ => out.push(SkippedSpan {
                        from: d,
                        to: d,
                        days: 1,
                        reason,
                    }),
                }
            }
            day = d.succ_opt();
        }
    }
    out
}

impl Deadline {
    /// Where the deadline stands on `today`. With `answered`, whether it was met. `due_soon` is
    /// the number of workdays left at or below which the status is [`Status::DueSoon`].
    pub fn status(
        &self,
        cal: &Calendar,
        today: NaiveDate,
        answered: Option<NaiveDate>,
        due_soon: u32,
    ) -> Result<Status, DeadlineError> {
        let mut counter = Counter {
            cal,
            provisional: self.provisional,
            used_provisional: false,
        };
        if let Some(a) = answered {
            if a < self.start {
                return Err(DeadlineError::AnsweredBeforeStart {
                    answered: a,
                    start: self.start,
                });
            }
            if a > today {
                return Err(DeadlineError::AnsweredAfterToday { answered: a, today });
            }
            return Ok(if a <= self.due {
                Status::Met {
                    answered: a,
                    workdays_to_spare: counter.between(a, self.due)?,
                }
            } else {
                Status::MetLate {
                    answered: a,
                    workdays_late: counter.between(self.due, a)?,
                    days_late: u32::try_from((a - self.due).num_days()).unwrap_or(u32::MAX),
                }
            });
        }
        Ok(if today == self.due {
            Status::DueToday
        } else if today < self.due {
            let left = counter.between(today, self.due)?;
            if left <= due_soon {
                Status::DueSoon {
                    workdays_left: left,
                }
            } else {
                Status::Running {
                    workdays_left: left,
                }
            }
        } else {
            Status::Overdue {
                workdays: counter.between(self.due, today)?,
                days: u32::try_from((today - self.due).num_days()).unwrap_or(u32::MAX),
            }
        })
    }
}
