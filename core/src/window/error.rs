//! Errors of the window module, with bilingual messages.

use crate::deadline::DeadlineError;
use chrono::NaiveDate;
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
    /// An event not allowed in the case's state; the case is unchanged.
    #[error("案件 {case} 第 {index} 个事件“{event}”在“{state}”状态下不允许 / case {case}, event #{index} \"{event}\" is not allowed in state \"{state}\": {why}")]
    EventRefused {
        /// The case id.
        case: String,
        /// 0-based position.
        index: usize,
        /// The state (`中文 / English`).
        state: &'static str,
        /// The event type.
        event: &'static str,
        /// Why (`中文 / English`).
        why: String,
    },
    /// An event dated before the previous one.
    #[error("案件 {case} 第 {index} 个事件日期 {date} 早于上一事件 {previous} / case {case}, event #{index} dated {date} is before the previous event ({previous})")]
    OutOfOrder {
        /// The case id.
        case: String,
        /// 0-based position.
        index: usize,
        /// Its date.
        date: NaiveDate,
        /// The previous date.
        previous: NaiveDate,
    },
    /// A log line that is not a valid event.
    #[error("第 {line} 行不是有效的事件：{message} / line {line} is not a valid event: {message}")]
    BadEvent {
        /// 1-based line.
        line: usize,
        /// The parser's message.
        message: String,
    },
    /// A notice template that cannot be used.
    #[error("文书模板有误：{why} / bad notice template: {why}")]
    BadTemplate {
        /// Why (`中文 / English`).
        why: String,
    },
}

impl WindowError {
    /// A stable machine code.
    pub fn code(&self) -> &'static str {
        match self {
            WindowError::Deadline(e) => e.code(),
            WindowError::BadItem { .. } => "bad_item",
            WindowError::UnknownItem { .. } => "unknown_item",
            WindowError::EventRefused { .. } => "event_refused",
            WindowError::OutOfOrder { .. } => "out_of_order",
            WindowError::BadEvent { .. } => "bad_event",
            WindowError::BadTemplate { .. } => "bad_template",
        }
    }
}
