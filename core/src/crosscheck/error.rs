//! Errors of departmental records, with bilingual messages and stable codes. A record that
//! fails is reported with its line; it is never silently dropped.

use crate::id::IdError;
use serde::Serialize;
use thiserror::Error;

/// Why one departmental record could not be used.
#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
#[non_exhaustive]
pub enum RecordError {
    /// Not valid JSON of the expected shape.
    #[error("记录 JSON 格式错误：{message} / malformed record JSON: {message}")]
    Json {
        /// The parser's message.
        message: String,
    },
    /// The CSV header lacks a required column.
    #[error("表头缺少列 {column} / the header lacks the column {column}")]
    MissingColumn {
        /// The column.
        column: &'static str,
    },
    /// An unknown record kind.
    #[error("无法识别的记录类型“{kind}” / unknown record kind \"{kind}\"")]
    UnknownKind {
        /// The kind given.
        kind: String,
    },
    /// A value the kind needs is empty.
    #[error("缺少 {field} / {field} is missing")]
    MissingValue {
        /// The field.
        field: &'static str,
    },
    /// A value that cannot be read.
    #[error("{field} 的值“{text}”无效 / invalid {field} \"{text}\"")]
    BadValue {
        /// The field.
        field: &'static str,
        /// The text.
        text: String,
    },
    /// A negative amount.
    #[error("{field} 不能为负数 / {field} cannot be negative")]
    Negative {
        /// The field.
        field: &'static str,
    },
    /// The identity number is not a valid resident identity number.
    #[error("身份证号码无效 / invalid identity number: {0}")]
    Id(#[from] IdError),
}

impl RecordError {
    /// A stable machine code.
    pub fn code(&self) -> &'static str {
        match self {
            RecordError::Json { .. } => "record_json",
            RecordError::MissingColumn { .. } => "record_missing_column",
            RecordError::UnknownKind { .. } => "record_unknown_kind",
            RecordError::MissingValue { .. } => "record_missing_value",
            RecordError::BadValue { .. } => "record_bad_value",
            RecordError::Negative { .. } => "record_negative",
            RecordError::Id(e) => e.code(),
        }
    }

    /// `true` if the record is unusable because of its identity number.
    pub fn is_id_error(&self) -> bool {
        matches!(self, RecordError::Id(_))
    }
}
