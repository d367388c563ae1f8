//! Errors of the assistance module, with bilingual messages.

use crate::deadline::DeadlineError;
use crate::errors::{Coded, ErrorCode};
use crate::eventlog::EventError;
use serde::Serialize;

/// An error from the assistance module.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
#[non_exhaustive]
pub enum AssistanceError {
    /// A deadline could not be computed (a period missing from the catalogue, a year without a
    /// holiday notice).
    Deadline(DeadlineError),
    /// A notice template that cannot be used.
    BadTemplate {
        /// Why (Chinese).
        zh: String,
        /// Why (English).
        en: String,
    },
    /// Input that cannot be used (a figures row, a batch).
    BadInput {
        /// Why (Chinese).
        zh: String,
        /// Why (English).
        en: String,
    },
    /// An event log's error (`event_refused`, `out_of_order`, `bad_event`), shared with the
    /// other case logs; serialised as the event error itself.
    #[serde(untagged)]
    Event(EventError),
}

impl AssistanceError {
    /// A stable machine code.
    pub fn code(&self) -> &'static str {
        match self {
            AssistanceError::Event(e) => e.code(),
            AssistanceError::Deadline(e) => e.code(),
            AssistanceError::BadTemplate { .. } => "bad_template",
            AssistanceError::BadInput { .. } => "bad_input",
        }
    }

    pub(crate) fn bad_input(zh: &str, en: &str) -> AssistanceError {
        AssistanceError::BadInput {
            zh: zh.to_owned(),
            en: en.to_owned(),
        }
    }
}

impl Coded for AssistanceError {
    fn error_code(&self) -> ErrorCode {
        match self {
            AssistanceError::Event(e) => e.error_code(),
            AssistanceError::Deadline(e) => e.error_code(),
            AssistanceError::BadTemplate { .. } => ErrorCode::AssistanceBadTemplate,
            AssistanceError::BadInput { .. } => ErrorCode::AssistanceBadInput,
        }
    }

    fn message_zh(&self) -> String {
        match self {
            AssistanceError::Event(e) => e.zh(),
            AssistanceError::Deadline(e) => e.zh(),
            AssistanceError::BadTemplate { zh, .. } => format!("社会救助文书模板有误：{zh}"),
            AssistanceError::BadInput { zh, .. } => format!("输入有误：{zh}"),
        }
    }

    fn message_en(&self) -> String {
        match self {
            AssistanceError::Event(e) => e.en(),
            AssistanceError::Deadline(e) => e.en(),
            AssistanceError::BadTemplate { en, .. } => format!("bad notice template: {en}"),
            AssistanceError::BadInput { en, .. } => format!("invalid input: {en}"),
        }
    }
}

crate::errors::coded_display!(AssistanceError);

impl From<DeadlineError> for AssistanceError {
    fn from(e: DeadlineError) -> Self {
        AssistanceError::Deadline(e)
    }
}

impl From<EventError> for AssistanceError {
    fn from(e: EventError) -> Self {
        AssistanceError::Event(e)
    }
}
