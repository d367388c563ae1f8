//! Service-window cases (窗口办件): acceptance, formal notices, time-limit supervision and
//! service statistics.
//!
//! A case of a power item is an append-only event log ([`WindowEvent`]) replayed by a [`Desk`]
//! holding the items ([`WindowItem`]: materials, statutory and promised limits, 即办件 or 承诺件,
//! bases and remedies). Rules:
//!
//! - corrections are notified once, listing every missing material from the item's list
//!   (一次性告知); a notice later than the item's correction limit (default 5 working days), or an
//!   acceptance after it, means the application counts as accepted on receipt
//!   (行政许可法 第三十二条第一款第（四）项): the decision clock runs from the receipt;
//! - the decision period is the promised limit, never above the statutory one (an item whose
//!   promise exceeds the statute is refused as inconsistent); 即办件 are decided the same day;
//! - hearings, testing, expert review and the like stop the clock (第四十五条), from the day after
//!   the suspension to the day it ends;
//! - one extension, at most the item's extension, approved by the head of the agency, before the
//!   period ends (第四十二条); a grant with a licence document is issued within 10 working days
//!   (第四十四条, `licensing.issue`).
//!
//! [`supervise`] gives every open case's clock and status on a day (the supervision screen);
//! [`WindowStats`] the statistics of a period; [`Templates`] the filled documents.

mod case;
mod error;
mod event;
mod item;
mod notice;
mod stats;
mod supervise;
#[cfg(feature = "synth")]
pub mod synth;

pub use case::{Desk, WindowCase, WindowClock, WindowNote, WindowOutcome, WindowState};
pub use error::WindowError;
pub use event::{SuspensionReason, WindowEvent, WindowEventKind};
pub use item::{window_items, ItemMaterial, ItemRemedy, WindowItem};
pub use notice::{Notice, NoticeKind, Template, Templates, EMBEDDED_TEMPLATES};
pub use stats::{GroupStats, MonthStats, WindowStats};
pub use supervise::{supervise, SupervisionRow, Watch};

/// Parses a JSON Lines log of window events (blank lines skipped); a bad line is an error naming
/// it.
pub fn parse_log(text: &str) -> Result<Vec<WindowEvent>, WindowError> {
    Ok(crate::eventlog::parse_lines(text)?)
}

/// Groups events by case, in order of first appearance.
pub fn group_by_case(events: Vec<WindowEvent>) -> Vec<(String, Vec<WindowEvent>)> {
    crate::eventlog::group(events)
}

impl crate::CaseEvent for WindowEvent {
    fn case_id(&self) -> &str {
        &self.case
    }
}

impl crate::eventlog::LoggedEvent for WindowEvent {
    fn date(&self) -> chrono::NaiveDate {
        self.date
    }

    fn name(&self) -> &'static str {
        self.kind.name()
    }
}

#[cfg(test)]
mod tests;
