//! Errors of the disclosure module, with bilingual messages.

use super::review::ReviewStage;
use crate::calendar::CalendarError;
use crate::deadline::DeadlineError;
use crate::errors::{Coded, ErrorCode};
use crate::eventlog::EventError;
use crate::text::Bilingual;
use serde::Serialize;

/// An error from the disclosure module.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
#[non_exhaustive]
pub enum DisclosureError {
    /// A deadline could not be computed.
    Deadline(DeadlineError),
    /// The calendar could not answer.
    Calendar(CalendarError),
    /// A review step not allowed where the item stands.
    ReviewStepRefused {
        /// 0-based position of the step.
        index: usize,
        /// The current stage.
        stage: ReviewStage,
        /// Why.
        why: Bilingual,
    },
    /// Input that is not valid for a report.
    BadReportInput {
        /// What is wrong.
        detail: Bilingual,
    },
    /// A report whose tables do not add up.
    ReportDoesNotAddUp {
        /// Every violated invariant.
        violations: Vec<Bilingual>,
    },
    /// An event log's error (`event_refused`, `out_of_order`, `bad_event`), shared with
    /// the other case logs; serialised as the event error itself.
    #[serde(untagged)]
    Event(EventError),
}

impl DisclosureError {
    /// A stable machine code.
    pub fn code(&self) -> &'static str {
        match self {
            DisclosureError::Event(e) => e.code(),
            DisclosureError::Deadline(e) => e.code(),
            DisclosureError::Calendar(e) => e.code(),
            DisclosureError::ReviewStepRefused { .. } => "review_step_refused",
            DisclosureError::BadReportInput { .. } => "bad_report_input",
            DisclosureError::ReportDoesNotAddUp { .. } => "report_does_not_add_up",
        }
    }
}

impl Coded for DisclosureError {
    fn error_code(&self) -> ErrorCode {
        match self {
            DisclosureError::Event(e) => e.error_code(),
            DisclosureError::Deadline(e) => e.error_code(),
            DisclosureError::Calendar(e) => e.error_code(),
            DisclosureError::ReviewStepRefused { .. } => ErrorCode::DisclosureReviewStepRefused,
            DisclosureError::BadReportInput { .. } => ErrorCode::DisclosureBadReportInput,
            DisclosureError::ReportDoesNotAddUp { .. } => ErrorCode::DisclosureReportDoesNotAddUp,
        }
    }

    fn message_zh(&self) -> String {
        match self {
            DisclosureError::Event(e) => e.zh(),
            DisclosureError::Deadline(e) => e.zh(),
            DisclosureError::Calendar(e) => e.zh(),
            DisclosureError::ReviewStepRefused { index, stage, why } => format!(
                "第 {index} 步审核被拒绝（当前环节：{}）：{}",
                stage.zh(),
                why.zh
            ),
            DisclosureError::BadReportInput { detail } => {
                format!("年度报告输入有误：{}", detail.zh)
            }
            DisclosureError::ReportDoesNotAddUp { violations } => format!(
                "年度报告勾稽关系不成立：{}",
                violations
                    .iter()
                    .map(|v| v.zh.as_str())
                    .collect::<Vec<_>>()
                    .join("；")
            ),
        }
    }

    fn message_en(&self) -> String {
        match self {
            DisclosureError::Event(e) => e.en(),
            DisclosureError::Deadline(e) => e.en(),
            DisclosureError::Calendar(e) => e.en(),
            DisclosureError::ReviewStepRefused { index, stage, why } => format!(
                "review step #{index} refused at the stage \"{}\": {}",
                stage.en(),
                why.en
            ),
            DisclosureError::BadReportInput { detail } => {
                format!("invalid annual-report input: {}", detail.en)
            }
            DisclosureError::ReportDoesNotAddUp { violations } => format!(
                "the annual report does not add up: {}",
                violations
                    .iter()
                    .map(|v| v.en.as_str())
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
        }
    }
}

crate::errors::coded_display!(DisclosureError);

impl From<DeadlineError> for DisclosureError {
    fn from(e: DeadlineError) -> Self {
        DisclosureError::Deadline(e)
    }
}

impl From<CalendarError> for DisclosureError {
    fn from(e: CalendarError) -> Self {
        DisclosureError::Calendar(e)
    }
}

impl From<EventError> for DisclosureError {
    fn from(e: EventError) -> Self {
        DisclosureError::Event(e)
    }
}
