//! How a due date was reached: the steps, and every day that was not counted and why.

use super::period::{Period, PeriodUnit};
use crate::calendar::{DayKind, HolidaySource};
use crate::{Citation, Confidence};
use chrono::NaiveDate;
use serde::Serialize;

/// Why a day was not counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum SkipReason {
    /// A Saturday or Sunday rest day (周休息日).
    Weekend,
    /// A day of a national holiday block.
    Holiday {
        /// The block's name, e.g. `国庆节`.
        name: String,
    },
    /// A local rest day of an overlay.
    LocalRestDay {
        /// The day's name.
        name: String,
        /// The overlay.
        overlay: String,
    },
    /// A suspension (time not counted: consultation, hearing, testing, ...).
    Suspended {
        /// The reason given.
        reason: String,
    },
    /// The last day fell on a rest day and the period ran on to the next workday
    /// (natural-day and month periods only; 民法典 第二百零三条).
    RolledForward {
        /// The kind of the rest day passed over.
        day_kind: DayKind,
        /// Its holiday name, if any.
        name: Option<String>,
    },
}

impl SkipReason {
    /// A short Chinese description.
    pub fn zh(&self) -> String {
        match self {
            SkipReason::Weekend => "周休息日".to_owned(),
            SkipReason::Holiday { name } => format!("{name}假期"),
            SkipReason::LocalRestDay { name, overlay } => format!("{overlay}地方休息日：{name}"),
            SkipReason::Suspended { reason } => format!("中止计算：{reason}"),
            SkipReason::RolledForward { day_kind, name } => match name {
                Some(n) => format!("末日遇{n}假期顺延"),
                None => format!("末日遇{}顺延", day_kind.as_zh()),
            },
        }
    }

    /// A short English description.
    pub fn en(&self) -> String {
        match self {
            SkipReason::Weekend => "weekend".to_owned(),
            SkipReason::Holiday { name } => format!("{name} holiday"),
            SkipReason::LocalRestDay { name, overlay } => {
                format!("local rest day of {overlay}: {name}")
            }
            SkipReason::Suspended { reason } => format!("suspended: {reason}"),
            SkipReason::RolledForward { day_kind, name } => match name {
                Some(n) => format!("last day fell in the {n} holiday, rolled forward"),
                None => format!("last day fell on a {}, rolled forward", day_kind.as_str()),
            },
        }
    }

    /// A short bilingual description (`zh / en`).
    pub fn describe(&self) -> String {
        format!("{} / {}", self.zh(), self.en())
    }

    pub(crate) fn for_rest_day(kind: DayKind, holiday: Option<(&str, &HolidaySource)>) -> Self {
        match (kind, holiday) {
            (DayKind::Holiday, Some((name, HolidaySource::Local { overlay }))) => {
                SkipReason::LocalRestDay {
                    name: name.to_owned(),
                    overlay: overlay.clone(),
                }
            }
            (DayKind::Holiday, Some((name, _))) => SkipReason::Holiday {
                name: name.to_owned(),
            },
            _ => SkipReason::Weekend,
        }
    }
}

/// A run of consecutive days not counted for the same reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct SkippedSpan {
    /// First day.
    pub from: NaiveDate,
    /// Last day (inclusive).
    pub to: NaiveDate,
    /// Number of days.
    pub days: u32,
    /// Why.
    pub reason: SkipReason,
}

/// One step of the computation, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "step", rename_all = "snake_case")]
#[non_exhaustive]
pub enum ExplanationStep {
    /// The period starts; the start day is not counted.
    Start {
        /// The start date.
        date: NaiveDate,
        /// The period counted.
        period: Period,
        /// The rule's basis.
        basis: Citation,
    },
    /// A suspension that stopped the clock.
    Suspended {
        /// First day not counted.
        from: NaiveDate,
        /// Last day not counted.
        to: NaiveDate,
        /// The reason given.
        reason: String,
        /// Units of the period (working or natural days) that were not counted because of it.
        not_counted: u32,
    },
    /// A suspension that had no effect: it began after the due date as it then stood, and
    /// cannot revive a clock that had run out.
    SuspensionIgnored {
        /// Its start.
        from: NaiveDate,
        /// Its end.
        to: NaiveDate,
        /// The reason given.
        reason: String,
        /// The due date it came after.
        due: NaiveDate,
    },
    /// The period ended on a rest day and runs on to the next workday.
    RolledForward {
        /// The day the period would have ended.
        from: NaiveDate,
        /// The next workday, where it ends.
        to: NaiveDate,
        /// 民法典 第二百零三条.
        basis: Citation,
    },
    /// An extension granted.
    Extended {
        /// The extension.
        period: Period,
        /// Who approved it.
        approved_by: String,
        /// When it was granted.
        granted: NaiveDate,
        /// The due date before it.
        from: NaiveDate,
        /// The due date after it.
        to: NaiveDate,
        /// The extension rule's basis.
        basis: Citation,
    },
    /// A fixed-date rule: the date is set, not counted.
    FixedDate {
        /// The date.
        date: NaiveDate,
        /// The rule's basis.
        basis: Citation,
    },
    /// The result.
    Due {
        /// The due date.
        date: NaiveDate,
    },
}

/// The explanation of a due date: the steps and the days not counted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Explanation {
    /// The steps, in order.
    pub steps: Vec<ExplanationStep>,
    /// Every day in the span that was not counted, grouped in runs.
    pub skipped: Vec<SkippedSpan>,
}

/// Something the caller should know about a computed date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "warning", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Warning {
    /// The weekends-only rule was used for years without a notice.
    Provisional {
        /// The years.
        years: Vec<i32>,
    },
    /// The date falls in December of the last covered year: next year's notice, not yet
    /// loaded, may still move rest days in it.
    Revisable {
        /// From which date answers may change.
        from: NaiveDate,
        /// The year whose notice is missing.
        missing_year: i32,
    },
    /// The rule's basis was not read in a full official text.
    BasisUnverified {
        /// The confidence of the source.
        confidence: Confidence,
        /// The citation.
        basis: Citation,
    },
}

impl Warning {
    /// The message in Chinese.
    pub fn zh(&self) -> String {
        match self {
            Warning::Provisional { years } => format!(
                "临时结果：{} 年没有放假安排数据，按仅周末休息计算，公布通知后可能变化",
                join_years(years, "、")
            ),
            Warning::Revisable { from, missing_year } => {
                format!("{from} 起的日期可能被尚未载入的 {missing_year} 年放假通知调整")
            }
            Warning::BasisUnverified { confidence, basis } => format!(
                "依据 {basis} 的来源可信度为 {}，使用前请核对官方文本",
                confidence.tag()
            ),
        }
    }

    /// The message in English.
    pub fn en(&self) -> String {
        match self {
            Warning::Provisional { years } => format!(
                "provisional: no holiday data for {}, weekends only were used; the date may change once the notice is published",
                join_years(years, "、")
            ),
            Warning::Revisable { from, missing_year } => format!(
                "dates from {from} on may be changed by the {missing_year} notice, not yet loaded"
            ),
            Warning::BasisUnverified { confidence, basis } => format!(
                "the basis {basis} is tagged {}: check the official text before relying on it",
                confidence.tag()
            ),
        }
    }

    /// Both messages, `中文 / English`.
    pub fn message(&self) -> String {
        format!("{} / {}", self.zh(), self.en())
    }
}

fn join_years(years: &[i32], sep: &str) -> String {
    years
        .iter()
        .map(|y| y.to_string())
        .collect::<Vec<_>>()
        .join(sep)
}

impl ExplanationStep {
    /// The step in Chinese.
    pub fn zh(&self) -> String {
        match self {
            ExplanationStep::Start {
                date,
                period,
                basis,
            } => format!(
                "自 {date} 起算（当日不计入，民法典第二百零一条），期限{}，依据{basis}",
                period.zh()
            ),
            ExplanationStep::Suspended {
                from,
                to,
                reason,
                not_counted,
            } => format!("{from} 至 {to} 中止计算（{reason}），少计 {not_counted} 日"),
            ExplanationStep::SuspensionIgnored {
                from,
                to,
                reason,
                due,
            } => format!("{from} 至 {to} 的中止（{reason}）开始于届满日 {due} 之后，不影响期限"),
            ExplanationStep::RolledForward { from, to, basis } => {
                format!("末日 {from} 为休息日，顺延至 {to}（{basis}）")
            }
            ExplanationStep::Extended {
                period,
                approved_by,
                granted,
                from,
                to,
                basis,
            } => format!(
                "{granted} 经{approved_by}批准延长{}，由 {from} 延至 {to}（{basis}）",
                period.zh()
            ),
            ExplanationStep::FixedDate { date, basis } => {
                format!("固定日期 {date}，不顺延（{basis}）")
            }
            ExplanationStep::Due { date } => format!("届满日 {date}"),
        }
    }

    /// The step in English.
    pub fn en(&self) -> String {
        match self {
            ExplanationStep::Start { date, period, .. } => {
                format!("counted from {date} (not itself counted): {}", period.en())
            }
            ExplanationStep::Suspended {
                from,
                to,
                reason,
                not_counted,
            } => format!("{from} to {to} suspended ({reason}): {not_counted} day(s) not counted"),
            ExplanationStep::SuspensionIgnored {
                from,
                to,
                reason,
                due,
            } => format!(
                "the suspension {from}..{to} ({reason}) began after the due date {due}: no effect"
            ),
            ExplanationStep::RolledForward { from, to, .. } => {
                format!("the last day {from} is a rest day: the period ends on {to}")
            }
            ExplanationStep::Extended {
                period,
                approved_by,
                granted,
                from,
                to,
                ..
            } => format!(
                "extended by {} on {granted}, approved by {approved_by}: {from} → {to}",
                period.en()
            ),
            ExplanationStep::FixedDate { date, .. } => {
                format!("fixed date {date}, not rolled forward")
            }
            ExplanationStep::Due { date } => format!("due {date}"),
        }
    }
}

impl SkippedSpan {
    /// The span in Chinese (`不计入 …（N 日，原因）`).
    pub fn zh(&self) -> String {
        let when = if self.from == self.to {
            self.from.to_string()
        } else {
            format!("{} 至 {}", self.from, self.to)
        };
        format!("不计入 {when}（{} 日，{}）", self.days, self.reason.zh())
    }

    /// The span in English (`not counted: … (N day(s), reason)`).
    pub fn en(&self) -> String {
        let when = if self.from == self.to {
            self.from.to_string()
        } else {
            format!("{} to {}", self.from, self.to)
        };
        format!(
            "not counted: {when} ({} day(s), {})",
            self.days,
            self.reason.en()
        )
    }
}

impl Explanation {
    /// The explanation in Chinese, one line per step, then one per run of days not counted
    /// (indented by two spaces).
    pub fn lines_zh(&self) -> Vec<String> {
        self.steps
            .iter()
            .map(ExplanationStep::zh)
            .chain(self.skipped.iter().map(|s| format!("  {}", s.zh())))
            .collect()
    }

    /// The explanation in English, line for line as [`lines_zh`](Explanation::lines_zh).
    pub fn lines_en(&self) -> Vec<String> {
        self.steps
            .iter()
            .map(ExplanationStep::en)
            .chain(self.skipped.iter().map(|s| format!("  {}", s.en())))
            .collect()
    }

    /// The explanation as lines of text, each `中文 / English`.
    pub fn lines(&self) -> Vec<String> {
        self.lines_zh()
            .into_iter()
            .zip(self.lines_en())
            .map(|(zh, en)| match zh.strip_prefix("  ") {
                Some(zh) => format!("  {zh} / {}", en.trim_start()),
                None => format!("{zh} / {en}"),
            })
            .collect()
    }
}
pub(crate) fn unit_is_working(unit: PeriodUnit) -> bool {
    unit == PeriodUnit::WorkingDays
}
