//! Errors of the disclosure module, with bilingual messages.

use crate::calendar::CalendarError;
use crate::deadline::DeadlineError;
use chrono::NaiveDate;
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
    /// An event not allowed in the case's current state; the log is unchanged.
    #[error("案件 {case} 第 {index} 个事件“{event}”在“{state}”状态下不允许 / case {case}, event #{index} \"{event}\" is not allowed in state \"{state}\": {why}")]
    EventRefused {
        /// The case id.
        case: String,
        /// 0-based position of the event in the case's log.
        index: usize,
        /// The case's state (`中文 / English`).
        state: &'static str,
        /// The event type.
        event: &'static str,
        /// Why (`中文 / English`).
        why: String,
    },
    /// An event dated before the one applied before it.
    #[error("案件 {case} 第 {index} 个事件日期 {date} 早于上一事件 {previous}，请按时间顺序记录 / case {case}, event #{index} dated {date} is before the previous event ({previous}): logs are in date order")]
    OutOfOrder {
        /// The case id.
        case: String,
        /// 0-based position.
        index: usize,
        /// Its date.
        date: NaiveDate,
        /// The previous event's date.
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
}

impl DisclosureError {
    /// A stable machine code.
    pub fn code(&self) -> &'static str {
        match self {
            DisclosureError::Deadline(e) => e.code(),
            DisclosureError::Calendar(e) => e.code(),
            DisclosureError::ReviewStepRefused { .. } => "review_step_refused",
            DisclosureError::EventRefused { .. } => "event_refused",
            DisclosureError::OutOfOrder { .. } => "out_of_order",
            DisclosureError::BadEvent { .. } => "bad_event",
            DisclosureError::BadReportInput { .. } => "bad_report_input",
            DisclosureError::ReportDoesNotAddUp { .. } => "report_does_not_add_up",
        }
    }
}
