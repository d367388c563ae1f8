//! Errors of the window module, with bilingual messages.

use crate::deadline::DeadlineError;
use crate::eventlog::EventError;
use serde::Serialize;
use thiserror::Error;

/// An error from the window module.
#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
#[non_exhaustive]
pub enum WindowError {
    /// A deadline could not be computed.
    #[error(transparent)]
    Deadline(#[from] DeadlineError),
    /// An item whose time limits are inconsistent.
    #[error("事项 {code} 的时限设置有误：{why} / item {code} has inconsistent time limits: {why}")]
    BadItem {
        /// The item code.
        code: String,
        /// Why (`中文 / English`).
        why: String,
    },
    /// A case of an item not in the list.
    #[error("案件 {case} 的事项编码 {item} 不在权责清单中 / case {case} names item {item}, which is not in the power list")]
    UnknownItem {
        /// The case id.
        case: String,
        /// The item code.
        item: String,
    },
    /// A notice template that cannot be used.
    #[error("文书模板有误：{why} / bad notice template: {why}")]
    BadTemplate {
        /// Why (`中文 / English`).
        why: String,
    },
    /// An event log's error (`event_refused`, `out_of_order`, `bad_event`), shared with
    /// disclosure requests; serialised as the event error itself.
    #[error(transparent)]
    #[serde(untagged)]
    Event(#[from] EventError),
}

impl WindowError {
    /// A stable machine code.
    pub fn code(&self) -> &'static str {
        match self {
            WindowError::Deadline(e) => e.code(),
            WindowError::BadItem { .. } => "bad_item",
            WindowError::UnknownItem { .. } => "unknown_item",
            WindowError::BadTemplate { .. } => "bad_template",
            WindowError::Event(e) => e.code(),
        }
    }
}
