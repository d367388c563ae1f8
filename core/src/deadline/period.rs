//! Periods and period rules.

use crate::Citation;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The unit a period is counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PeriodUnit {
    /// 工作日: only working days count (行政许可法 第八十二条; 政府信息公开条例 passim).
    WorkingDays,
    /// 日 (自然日): every day counts; a last day that is a rest day rolls forward to the next
    /// working day (民法典 第二百零三条).
    NaturalDays,
    /// 月: the corresponding day of the month, or the month's last day if there is none
    /// (民法典 第二百零二条); then the same roll-forward.
    Months,
}

impl PeriodUnit {
    /// Chinese unit word.
    pub fn as_zh(self) -> &'static str {
        match self {
            PeriodUnit::WorkingDays => "个工作日",
            PeriodUnit::NaturalDays => "日",
            PeriodUnit::Months => "个月",
        }
    }

    /// English unit word.
    pub fn as_en(self) -> &'static str {
        match self {
            PeriodUnit::WorkingDays => "working days",
            PeriodUnit::NaturalDays => "days",
            PeriodUnit::Months => "months",
        }
    }
}

/// An amount of time: amount + unit.
///
/// ```
/// use minzheng::deadline::{Period, PeriodUnit};
/// let p = Period::working_days(20);
/// assert_eq!(p.to_string(), "20个工作日 / 20 working days");
/// assert_eq!(p.unit, PeriodUnit::WorkingDays);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Period {
    /// How many units.
    pub amount: u32,
    /// The unit.
    pub unit: PeriodUnit,
}

impl Period {
    /// `amount` working days.
    pub const fn working_days(amount: u32) -> Period {
        Period {
            amount,
            unit: PeriodUnit::WorkingDays,
        }
    }

    /// `amount` natural days.
    pub const fn natural_days(amount: u32) -> Period {
        Period {
            amount,
            unit: PeriodUnit::NaturalDays,
        }
    }

    /// `amount` months.
    pub const fn months(amount: u32) -> Period {
        Period {
            amount,
            unit: PeriodUnit::Months,
        }
    }
}

impl Period {
    /// Chinese form, e.g. `20个工作日`.
    pub fn zh(&self) -> String {
        format!("{}{}", self.amount, self.unit.as_zh())
    }

    /// English form, e.g. `20 working days`.
    pub fn en(&self) -> String {
        format!("{} {}", self.amount, self.unit.as_en())
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}{} / {} {}",
            self.amount,
            self.unit.as_zh(),
            self.amount,
            self.unit.as_en()
        )
    }
}

/// A fixed day of the year following the start's year (e.g. the annual report, due by
/// 31 January). Not a period, so never rolled forward.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct AnnualDate {
    /// Month, 1–12.
    pub month: u32,
    /// Day of the month.
    pub day: u32,
}

/// What a rule sets: a period from a start event, or a fixed date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Term {
    /// A period counted from the start event.
    Period(Period),
    /// A fixed date in the year after the start.
    AnnualDate(AnnualDate),
}

impl Term {
    /// In Chinese, e.g. `20个工作日`, `次年1月31日`.
    pub fn zh(&self) -> String {
        match self {
            Term::Period(p) => format!("{}{}", p.amount, p.unit.as_zh()),
            Term::AnnualDate(d) => format!("次年{}月{}日", d.month, d.day),
        }
    }

    /// In English, e.g. `20 working days`, `01-31 of the next year`.
    pub fn en(&self) -> String {
        match self {
            Term::Period(p) => format!("{} {}", p.amount, p.unit.as_en()),
            Term::AnnualDate(d) => format!("{:02}-{:02} of the next year", d.month, d.day),
        }
    }
}

/// A named statutory period (法定期限) with its legal basis.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeriodRule {
    /// Stable id, e.g. `disclosure.reply`.
    pub id: String,
    /// Chinese name.
    pub name: String,
    /// English name.
    pub name_en: String,
    /// The period or fixed date.
    #[serde(flatten)]
    pub term: Term,
    /// The event that starts it (Chinese).
    pub starts: String,
    /// The event that starts it (English).
    pub starts_en: String,
    /// The legal basis, with its confidence.
    pub basis: Citation,
    /// The id of the rule that may extend this one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extension: Option<String>,
    /// For an extension rule: the rule it extends.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extension_of: Option<String>,
    /// For an extension rule: who must approve it (Chinese).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approver: Option<String>,
    /// For an extension rule: who must approve it (English).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approver_en: Option<String>,
    /// For an extension rule: how many times it may be granted (default 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_grants: Option<u32>,
    /// What time is not counted, where the basis says so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suspensions: Option<String>,
    /// Notes and judgement calls.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Set when a jurisdiction's override replaced the national value: the jurisdiction and the
    /// national value it replaced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overridden: Option<Overridden>,
}

/// Record of a local override.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Overridden {
    /// The jurisdiction whose rule applies.
    pub jurisdiction: String,
    /// The national term it replaced.
    pub national: Term,
    /// The national basis it replaced.
    pub national_basis: Citation,
}

impl PeriodRule {
    /// A rule of the caller's own (e.g. a period set in a local measure), without extension.
    ///
    /// ```
    /// use minzheng::deadline::{Clock, Period, PeriodRule};
    /// use minzheng::{calendar::Calendar, Citation, Confidence};
    /// use chrono::NaiveDate;
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    /// let rule = PeriodRule::new("local.review", "复核期限", "Review", Period::months(1),
    ///     Citation::new("某市办法", "第五条", Confidence::V2));
    /// // One month from 31 January 2025 ends on 28 February (民法典 第二百零二条).
    /// let dl = Clock::new(rule, None, d(2025, 1, 31)).compute(&Calendar::china())?;
    /// assert_eq!(dl.due, d(2025, 2, 28));
    /// # Ok::<(), minzheng::deadline::DeadlineError>(())
    /// ```
    pub fn new(id: &str, name: &str, name_en: &str, period: Period, basis: Citation) -> Self {
        PeriodRule {
            id: id.to_owned(),
            name: name.to_owned(),
            name_en: name_en.to_owned(),
            term: Term::Period(period),
            starts: String::new(),
            starts_en: String::new(),
            basis,
            extension: None,
            extension_of: None,
            approver: None,
            approver_en: None,
            max_grants: None,
            suspensions: None,
            note: None,
            overridden: None,
        }
    }

    /// The period, if this rule is a period (not a fixed date).
    pub fn period(&self) -> Option<Period> {
        match self.term {
            Term::Period(p) => Some(p),
            Term::AnnualDate(_) => None,
        }
    }
}
