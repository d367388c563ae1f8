//! Disclosure requests (依申请公开) as append-only event logs.
//!
//! A log is JSON Lines, one [`Event`] per line, each naming its case. Replaying a case's events
//! gives its state, the reply due date with its explanation, the status on a given day, and
//! compliance notes. Rules:
//!
//! - the receipt date follows 条例 第三十一条 by channel ([`ReceiptChannel`]);
//! - one correction notice, listing every item, within `disclosure.correction_notice` of receipt
//!   (第三十条); the reply period starts again from the corrected request; without a correction
//!   by the period granted the request is deemed abandoned;
//! - consultations of a third party or another agency stop the clock from the day after the
//!   letter until the answer, at most the 15 working days the consultee has (第三十二至三十四条);
//! - one extension of at most 20 working days, approved by the head of the disclosure office,
//!   granted before the period ends (第三十三条第二款);
//! - a fee notice (第四十二条) stops the clock until payment [UNVERIFIED: the fee measure was
//!   not read]; without payment by the deadline the request is no longer processed;
//! - an event not allowed in the current state is refused with an error naming the state and the
//!   event, and the case is unchanged; events dated before the previous one are refused; exact
//!   repeats of an applied event are ignored (and counted).

mod case;
mod event;

pub use case::{CaseNote, CaseReport, CaseState, ClosureKind, Replayer, RequestCase};
pub use event::{Consultee, Event, EventKind, ReceiptChannel};

use super::error::DisclosureError;

/// Parses a JSON Lines log (blank lines skipped). Every bad line is an error naming it.
pub fn parse_log(text: &str) -> Result<Vec<Event>, DisclosureError> {
    Ok(crate::eventlog::parse_lines(text)?)
}

/// Groups events by case, keeping the order of first appearance and, within a case, the log's
/// order.
pub fn group_by_case(events: Vec<Event>) -> Vec<(String, Vec<Event>)> {
    crate::eventlog::group(events)
}

impl crate::CaseEvent for Event {
    fn case_id(&self) -> &str {
        &self.case
    }
}

impl crate::eventlog::LoggedEvent for Event {
    fn date(&self) -> chrono::NaiveDate {
        self.date
    }

    fn name(&self) -> &'static str {
        self.kind.name()
    }
}
