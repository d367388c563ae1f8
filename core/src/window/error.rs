//! Errors of the window module, with bilingual messages.

use crate::deadline::DeadlineError;
use crate::errors::{Coded, ErrorCode};
use chrono::NaiveDate;
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
        /// Why (`中文 / English`).
        why: String,
    },
    /// A case of an item not in the list.
    UnknownItem {
        /// The case id.
        case: String,
        /// The item code.
        item: String,
    },
    /// An event not allowed in the case's state; the case is unchanged.
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
    BadEvent {
        /// 1-based line.
        line: usize,
        /// The parser's message.
        message: String,
    },
    /// A notice template that cannot be used.
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

impl Coded for WindowError {
    fn error_code(&self) -> ErrorCode {
        match self {
            WindowError::Deadline(e) => e.error_code(),
            WindowError::BadItem { .. } => ErrorCode::WindowBadItem,
            WindowError::UnknownItem { .. } => ErrorCode::WindowUnknownItem,
            WindowError::EventRefused { .. } => ErrorCode::WindowEventRefused,
            WindowError::OutOfOrder { .. } => ErrorCode::WindowOutOfOrder,
            WindowError::BadEvent { .. } => ErrorCode::WindowBadEvent,
            WindowError::BadTemplate { .. } => ErrorCode::WindowBadTemplate,
        }
    }

    fn zh(&self) -> String {
        match self {
            WindowError::Deadline(e) => e.zh(),
            WindowError::BadItem { code, why } => format!(
                "事项 {code} 的时限设置有误：{}",
                crate::errors::zh_part(why)
            ),
            WindowError::UnknownItem { case, item } => {
                format!("案件 {case} 的事项编码 {item} 不在权责清单中")
            }
            WindowError::EventRefused {
                case,
                event,
                index,
                state,
                why,
            } => format!(
                "案件 {case} 第 {index} 个事件“{event}”在“{}”状态下不允许：{}",
                crate::errors::zh_part(state),
                crate::errors::zh_part(why)
            ),
            WindowError::OutOfOrder {
                case,
                date,
                index,
                previous,
            } => format!("案件 {case} 第 {index} 个事件日期 {date} 早于上一事件 {previous}"),
            WindowError::BadEvent { line, message } => {
                format!("第 {line} 行不是有效的事件：{message}")
            }
            WindowError::BadTemplate { why } => {
                format!("文书模板有误：{}", crate::errors::zh_part(why))
            }
        }
    }

    fn en(&self) -> String {
        match self {
            WindowError::Deadline(e) => e.en(),
            WindowError::BadItem { code, why } => format!("item {code} has inconsistent time limits: {}", crate::errors::en_part(why)),
            WindowError::UnknownItem { case, item } => format!("case {case} names item {item}, which is not in the power list"),
            WindowError::EventRefused { case, event, index, state, why } => format!("case {case}, event #{index} \"{event}\" is not allowed in state \"{}\": {}", crate::errors::en_part(state), crate::errors::en_part(why)),
            WindowError::OutOfOrder { case, date, index, previous } => format!("case {case}, event #{index} dated {date} is before the previous event ({previous})"),
            WindowError::BadEvent { line, message } => format!("line {line} is not a valid event: {message}"),
            WindowError::BadTemplate { why } => format!("bad notice template: {}", crate::errors::en_part(why)),
        }
    }
}

crate::errors::coded_display!(WindowError);

impl From<DeadlineError> for WindowError {
    fn from(e: DeadlineError) -> Self {
        WindowError::Deadline(e)
    }
}
