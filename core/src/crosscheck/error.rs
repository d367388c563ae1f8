//! Errors of departmental records, with bilingual messages and stable codes. A record that
//! fails is reported with its line; it is never silently dropped.

use crate::errors::{Coded, ErrorCode};
use crate::id::IdError;
use serde::Serialize;

/// Why one departmental record could not be used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
#[non_exhaustive]
pub enum RecordError {
    /// Not valid JSON of the expected shape.
    Json {
        /// The parser's message.
        message: String,
    },
    /// The CSV header lacks a required column.
    MissingColumn {
        /// The column.
        column: &'static str,
    },
    /// An unknown record kind.
    UnknownKind {
        /// The kind given.
        kind: String,
    },
    /// A value the kind needs is empty.
    MissingValue {
        /// The field.
        field: &'static str,
    },
    /// A value that cannot be read.
    BadValue {
        /// The field.
        field: &'static str,
        /// The text.
        text: String,
    },
    /// A negative amount.
    Negative {
        /// The field.
        field: &'static str,
    },
    /// The identity number is not a valid resident identity number.
    Id(IdError),
    /// The record's bytes are not UTF-8 text (e.g. a GB18030 file read as UTF-8).
    NotUtf8,
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
            RecordError::NotUtf8 => "bad_encoding",
        }
    }

    /// `true` if the record is unusable because of its identity number.
    pub fn is_id_error(&self) -> bool {
        matches!(self, RecordError::Id(_))
    }
}

impl Coded for RecordError {
    fn error_code(&self) -> ErrorCode {
        match self {
            RecordError::Json { .. } => ErrorCode::RecordJson,
            RecordError::MissingColumn { .. } => ErrorCode::RecordMissingColumn,
            RecordError::UnknownKind { .. } => ErrorCode::RecordUnknownKind,
            RecordError::MissingValue { .. } => ErrorCode::RecordMissingValue,
            RecordError::BadValue { .. } => ErrorCode::RecordBadValue,
            RecordError::Negative { .. } => ErrorCode::RecordNegative,
            RecordError::Id(..) => ErrorCode::RecordId,
            RecordError::NotUtf8 => ErrorCode::TextBadEncoding,
        }
    }

    fn message_zh(&self) -> String {
        match self {
            RecordError::Json { message } => format!("记录 JSON 格式错误：{message}"),
            RecordError::MissingColumn { column } => format!("表头缺少列 {column}"),
            RecordError::UnknownKind { kind } => format!("无法识别的记录类型“{kind}”"),
            RecordError::MissingValue { field } => format!("缺少 {field}"),
            RecordError::BadValue { field, text } => format!("{field} 的值“{text}”无效"),
            RecordError::Negative { field } => format!("{field} 不能为负数"),
            RecordError::Id(e) => format!("身份证号码无效：{}", e.zh()),
            RecordError::NotUtf8 => {
                "记录不是有效的 UTF-8 文本（GB18030 文件请先转换编码）".to_owned()
            }
        }
    }

    fn message_en(&self) -> String {
        match self {
            RecordError::Json { message } => format!("malformed record JSON: {message}"),
            RecordError::MissingColumn { column } => {
                format!("the header lacks the column {column}")
            }
            RecordError::UnknownKind { kind } => format!("unknown record kind \"{kind}\""),
            RecordError::MissingValue { field } => format!("{field} is missing"),
            RecordError::BadValue { field, text } => format!("invalid {field} \"{text}\""),
            RecordError::Negative { field } => format!("{field} cannot be negative"),
            RecordError::Id(e) => format!("invalid identity number: {}", e.en()),
            RecordError::NotUtf8 => {
                "the record is not valid UTF-8 text (convert a GB18030 file first)".to_owned()
            }
        }
    }
}

crate::errors::coded_display!(RecordError);

impl From<IdError> for RecordError {
    fn from(e: IdError) -> Self {
        RecordError::Id(e)
    }
}
