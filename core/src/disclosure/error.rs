//! Errors of the disclosure module, with bilingual messages.

use crate::calendar::CalendarError;
use crate::deadline::DeadlineError;
use crate::errors::{Coded, ErrorCode};
use chrono::NaiveDate;
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
        stage: &'static str,
        /// Why (`中文 / English`).
        why: String,
    },
    /// An event not allowed in the case's current state; the log is unchanged.
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
    BadEvent {
        /// 1-based line.
        line: usize,
        /// The parser's message.
        message: String,
    },
    /// Input that is not valid for a report.
    BadReportInput {
        /// Chinese message.
        message: String,
        /// English message.
        message_en: String,
    },
    /// A report whose tables do not add up.
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

impl Coded for DisclosureError {
    fn error_code(&self) -> ErrorCode {
        match self {
            DisclosureError::Deadline(e) => e.error_code(),
            DisclosureError::Calendar(e) => e.error_code(),
            DisclosureError::ReviewStepRefused { .. } => ErrorCode::DisclosureReviewStepRefused,
            DisclosureError::EventRefused { .. } => ErrorCode::DisclosureEventRefused,
            DisclosureError::OutOfOrder { .. } => ErrorCode::DisclosureOutOfOrder,
            DisclosureError::BadEvent { .. } => ErrorCode::DisclosureBadEvent,
            DisclosureError::BadReportInput { .. } => ErrorCode::DisclosureBadReportInput,
            DisclosureError::ReportDoesNotAddUp { .. } => ErrorCode::DisclosureReportDoesNotAddUp,
        }
    }

    fn zh(&self) -> String {
        match self {
            DisclosureError::Deadline(e) => e.zh(),
            DisclosureError::Calendar(e) => e.zh(),
            DisclosureError::ReviewStepRefused { index, stage, why } => format!(
                "第 {index} 步审核被拒绝（当前环节：{stage}）：{}",
                crate::errors::zh_part(why)
            ),
            DisclosureError::EventRefused {
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
            DisclosureError::OutOfOrder { case, date, index, previous } => format!("案件 {case} 第 {index} 个事件日期 {date} 早于上一事件 {previous}，请按时间顺序记录"),
            DisclosureError::BadEvent { line, message } => format!("第 {line} 行不是有效的事件：{message}"),
            DisclosureError::BadReportInput { message, .. } => format!("年度报告输入有误：{message}"),
            DisclosureError::ReportDoesNotAddUp { violations } => format!(
                "年度报告勾稽关系不成立：{}",
                violations.iter().map(|v| crate::errors::zh_part(v)).collect::<Vec<_>>().join("；")
            ),
        }
    }

    fn en(&self) -> String {
        match self {
            DisclosureError::Deadline(e) => e.en(),
            DisclosureError::Calendar(e) => e.en(),
            DisclosureError::ReviewStepRefused { index, stage, why } => format!("review step #{index} refused at stage {stage}: {}", crate::errors::en_part(why)),
            DisclosureError::EventRefused { case, event, index, state, why } => format!("case {case}, event #{index} \"{event}\" is not allowed in state \"{}\": {}", crate::errors::en_part(state), crate::errors::en_part(why)),
            DisclosureError::OutOfOrder { case, date, index, previous } => format!("case {case}, event #{index} dated {date} is before the previous event ({previous}): logs are in date order"),
            DisclosureError::BadEvent { line, message } => format!("line {line} is not a valid event: {message}"),
            DisclosureError::BadReportInput { message_en, .. } => format!("invalid annual-report input: {message_en}"),
            DisclosureError::ReportDoesNotAddUp { violations } => format!(
                "the annual report does not add up: {}",
                violations.iter().map(|v| crate::errors::en_part(v)).collect::<Vec<_>>().join("; ")
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
