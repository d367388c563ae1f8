//! Time-limit supervision (电子监察, 超时警告): the list a supervision screen shows each
//! morning — every open case with its clock, due date and status.

use super::case::{Desk, WindowCase, WindowClock};
use super::error::WindowError;
use chrono::NaiveDate;
use serde::Serialize;

/// How close a case is to its limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "watch", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Watch {
    /// More workdays left than the warning threshold.
    Running {
        /// Workdays after today up to the due date.
        workdays_left: u32,
    },
    /// At most the warning threshold of workdays left (预警).
    Warning {
        /// Workdays after today up to the due date.
        workdays_left: u32,
    },
    /// Today is the last day.
    DueToday,
    /// Past the limit (超时).
    Overdue {
        /// Workdays after the due date up to today.
        workdays: u32,
        /// Calendar days.
        days: u32,
    },
}

impl Watch {
    /// Stable name.
    pub fn as_str(&self) -> &'static str {
        match self {
            Watch::Running { .. } => "running",
            Watch::Warning { .. } => "warning",
            Watch::DueToday => "due_today",
            Watch::Overdue { .. } => "overdue",
        }
    }

    /// Chinese description.
    pub fn zh(&self) -> String {
        match self {
            Watch::Running { workdays_left } => format!("正常，剩余 {workdays_left} 个工作日"),
            Watch::Warning { workdays_left } => format!("预警，剩余 {workdays_left} 个工作日"),
            Watch::DueToday => "今日到期".to_owned(),
            Watch::Overdue { workdays, days } => format!("超时 {workdays} 个工作日（{days} 日）"),
        }
    }

    /// English description.
    pub fn en(&self) -> String {
        match self {
            Watch::Running { workdays_left } => format!("running, {workdays_left} workday(s) left"),
            Watch::Warning { workdays_left } => format!("warning, {workdays_left} workday(s) left"),
            Watch::DueToday => "due today".to_owned(),
            Watch::Overdue { workdays, days } => {
                format!("overdue by {workdays} workday(s) ({days} day(s))")
            }
        }
    }

    /// Both descriptions (`中文 / English`), for the CLI.
    pub fn describe(&self) -> String {
        format!("{} / {}", self.zh(), self.en())
    }

    fn rank(&self) -> (u8, i64) {
        match self {
            Watch::Overdue { workdays, days } => {
                (0, -(i64::from(*workdays) * 1000 + i64::from(*days)))
            }
            Watch::DueToday => (1, 0),
            Watch::Warning { workdays_left } => (2, i64::from(*workdays_left)),
            Watch::Running { workdays_left } => (3, i64::from(*workdays_left)),
        }
    }
}

/// One line of the supervision screen (borrowing the case's id and item code).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct SupervisionRow<'a> {
    /// Case id.
    pub case: &'a str,
    /// Item code.
    pub item: &'a str,
    /// The clock running.
    pub clock: WindowClock,
    /// Its due date.
    pub due: NaiveDate,
    /// Where it stands.
    pub watch: Watch,
}

/// Every open case's status on `today`, most urgent first (overdue, due today, warning,
/// running). `warn_at`: the number of workdays left at or below which a case is a warning.
///
/// Days are counted on the official calendar; a day in a year without a notice is an error.
pub fn supervise<'a>(
    desk: &Desk<'_>,
    cases: &'a [WindowCase],
    today: NaiveDate,
    warn_at: u32,
) -> Result<Vec<SupervisionRow<'a>>, WindowError> {
    let cal = desk.calendar();
    let mut rows = Vec::with_capacity(cases.len());
    for c in cases {
        let Some((clock, due)) = desk.clock(c, today)? else {
            continue;
        };
        let watch = if today == due {
            Watch::DueToday
        } else if today < due {
            let left = cal
                .workdays_between(today, due)
                .map_err(crate::deadline::DeadlineError::from)?;
            if left <= warn_at {
                Watch::Warning {
                    workdays_left: left,
                }
            } else {
                Watch::Running {
                    workdays_left: left,
                }
            }
        } else {
            Watch::Overdue {
                workdays: cal
                    .workdays_between(due, today)
                    .map_err(crate::deadline::DeadlineError::from)?,
                days: u32::try_from((today - due).num_days()).unwrap_or(u32::MAX),
            }
        };
        rows.push(SupervisionRow {
            case: &c.id,
            item: &c.item,
            clock,
            due,
            watch,
        });
    }
    // Stable: equal urgency and due date keep the order of the input.
    rows.sort_by_key(|r| (r.watch.rank(), r.due));
    Ok(rows)
}
