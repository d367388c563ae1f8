//! Errors of the window module, with bilingual messages.

use crate::deadline::DeadlineError;
use crate::errors::{Coded, ErrorCode};
use crate::eventlog::EventError;
use crate::text::Bilingual;
use serde::Serialize;

/// An error from the window module.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
#[non_exhaustive]
pub enum WindowError {
    /// A deadline could not be computed.
    Deadline(DeadlineError),
    /// An item whose time limits are inconsistent.
    BadItem {
        /// The item code.
        code: String,
        /// Why.
        why: Bilingual,
    },
    /// A case of an item not in the list.
    UnknownItem {
        /// The case id.
        case: String,
        /// The item code.
        item: String,
    },
    /// A notice template that cannot be used.
    BadTemplate {
        /// Why.
        why: Bilingual,
    },
    /// An event log's error (`event_refused`, `out_of_order`, `bad_event`), shared with
    /// the other case logs; serialised as the event error itself.
    #[serde(untagged)]
    Event(EventError),
}

impl WindowError {
    /// A stable machine code.
    pub fn code(&self) -> &'static str {
        match self {
            WindowError::Event(e) => e.code(),
            WindowError::Deadline(e) => e.code(),
            WindowError::BadItem { .. } => "bad_item",
            WindowError::UnknownItem { .. } => "unknown_item",
            WindowError::BadTemplate { .. } => "bad_template",
        }
    }
}

impl Coded for WindowError {
    fn error_code(&self) -> ErrorCode {
        match self {
            WindowError::Event(e) => e.error_code(),
            WindowError::Deadline(e) => e.error_code(),
            WindowError::BadItem { .. } => ErrorCode::WindowBadItem,
            WindowError::UnknownItem { .. } => ErrorCode::WindowUnknownItem,
            WindowError::BadTemplate { .. } => ErrorCode::WindowBadTemplate,
        }
    }

    fn message_zh(&self) -> String {
        match self {
            WindowError::Event(e) => e.zh(),
            WindowError::Deadline(e) => e.zh(),
            WindowError::BadItem { code, why } => format!("事项 {code} 的时限设置有误：{}", why.zh),
            WindowError::UnknownItem { case, item } => {
                format!("案件 {case} 的事项编码 {item} 不在权责清单中")
            }
            WindowError::BadTemplate { why } => {
                format!("文书模板有误：{}", why.zh)
            }
        }
    }

    fn message_en(&self) -> String {
        match self {
            WindowError::Event(e) => e.en(),
            WindowError::Deadline(e) => e.en(),
            WindowError::BadItem { code, why } => {
                format!("item {code} has inconsistent time limits: {}", why.en)
            }
            WindowError::UnknownItem { case, item } => {
                format!("case {case} names item {item}, which is not in the power list")
            }
            WindowError::BadTemplate { why } => {
                format!("bad notice template: {}", why.en)
            }
        }
    }
}

crate::errors::coded_display!(WindowError);

impl From<DeadlineError> for WindowError {
    fn from(e: DeadlineError) -> Self {
        WindowError::Deadline(e)
    }
}

impl From<EventError> for WindowError {
    fn from(e: EventError) -> Self {
        WindowError::Event(e)
    }
}
