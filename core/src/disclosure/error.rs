//! Errors of the disclosure module, with bilingual messages.

use crate::calendar::CalendarError;
use crate::deadline::DeadlineError;
use crate::eventlog::EventError;
use serde::Serialize;
use thiserror::Error;

/// An error from the disclosure module.
#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
#[non_exhaustive]
pub enum DisclosureError {
    /// A deadline could not be computed.
    #[error(transparent)]
    Deadline(#[from] DeadlineError),
    /// The calendar could not answer.
    #[error(transparent)]
    Calendar(#[from] CalendarError),
    /// A review step not allowed where the item stands.
    #[error("第 {index} 步审核被拒绝（当前环节：{stage}） / review step #{index} refused at stage {stage}: {why}")]
    ReviewStepRefused {
        /// 0-based position of the step.
        index: usize,
        /// The current stage.
        stage: &'static str,
        /// Why (`中文 / English`).
        why: String,
    },
    /// Input that is not valid for a report.
    #[error("年度报告输入有误：{message} / invalid annual-report input: {message_en}")]
    BadReportInput {
        /// Chinese message.
        message: String,
        /// English message.
        message_en: String,
    },
    /// A report whose tables do not add up.
    #[error("年度报告勾稽关系不成立：{} / the annual report does not add up: {}", violations.join("；"), violations.join("; "))]
    ReportDoesNotAddUp {
        /// Every violated invariant.
        violations: Vec<String>,
    },
    /// An event log's error (`event_refused`, `out_of_order`, `bad_event`), shared with window
    /// cases; serialised as the event error itself.
    #[error(transparent)]
    #[serde(untagged)]
    Event(#[from] EventError),
}

impl DisclosureError {
    /// A stable machine code.
    pub fn code(&self) -> &'static str {
        match self {
            DisclosureError::Deadline(e) => e.code(),
            DisclosureError::Calendar(e) => e.code(),
            DisclosureError::ReviewStepRefused { .. } => "review_step_refused",
            DisclosureError::BadReportInput { .. } => "bad_report_input",
            DisclosureError::ReportDoesNotAddUp { .. } => "report_does_not_add_up",
            DisclosureError::Event(e) => e.code(),
        }
    }
}
