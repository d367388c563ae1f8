//! Legal periods and deadlines (期限).
//!
//! A period is an amount and a unit — working days, natural days or months — counted from an
//! event under a legal basis. The counting rules (LEGAL.md D):
//!
//! - the start day is not counted (民法典 第二百零一条; 民事诉讼法 第八十五条);
//! - a working-day period counts working days only (行政许可法 第八十二条; 政府信息公开条例);
//! - a natural-day or month period whose last day is a rest day ends on the next working day
//!   (民法典 第二百零三条). We apply this to weekends as well as holidays: 周休息日 are
//!   statutory rest days, and the reading gives the applicant the longer period;
//! - a month period ends on the corresponding day of the last month, or on that month's last
//!   day if it has none (民法典 第二百零二条): one month from 01-31 ends on 02-28 (02-29 in a
//!   leap year);
//! - suspensions (from..to, both inclusive) do not count; a suspension that begins after the
//!   due date as it then stood has no effect — it cannot revive an expired period;
//! - an extension is counted from the original due date, at most as the extension rule allows,
//!   and must be granted on or before the due date in force.
//!
//! Every computed date carries an [`Explanation`]: the steps and every day not counted, and why.
//!
//! ```
//! use minzheng::calendar::Calendar;
//! use minzheng::deadline::{Catalogue, SkipReason};
//! use chrono::NaiveDate;
//! let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
//! let cal = Calendar::china();
//! let cat = Catalogue::national();
//! // Licensing decision, accepted 2025-09-26, with an expert review 2025-10-13..17.
//! let dl = cat
//!     .clock("licensing.decision", d(2025, 9, 26))?
//!     .suspend(d(2025, 10, 13), d(2025, 10, 17), "专家评审")
//!     .compute(&cal)?;
//! // 09-28 and 10-11 are make-up days; 10-01..08 and the review week are not counted.
//! assert_eq!(dl.due, d(2025, 11, 6));
//! assert!(dl.explanation.skipped.iter().any(|s| s.reason == SkipReason::Holiday {
//!     name: "国庆节、中秋节".into() }));
//! # Ok::<(), minzheng::deadline::DeadlineError>(())
//! ```

mod catalogue;
mod clock;
mod error;
mod explain;
mod period;

pub use catalogue::{Catalogue, Override, Overrides, EMBEDDED_PERIODS};
pub use clock::{due_date, Clock, Deadline, Extension, Status, Suspension};
pub use error::{CatalogueProblem, DeadlineError};
pub use explain::{Explanation, ExplanationStep, SkipReason, SkippedSpan, Warning};
pub use period::{AnnualDate, Overridden, Period, PeriodRule, PeriodUnit, Term};

use chrono::NaiveDate;

impl Catalogue {
    /// A clock for the rule `id` started on `start` (with its extension rule, if any).
    pub fn clock(&self, id: &str, start: NaiveDate) -> Result<Clock, DeadlineError> {
        let rule = self.get(id)?.clone();
        let ext = match &rule.extension {
            Some(e) => Some(self.get(e)?.clone()),
            None => None,
        };
        Ok(Clock::new(rule, ext, start))
    }
}

#[cfg(test)]
mod tests;
