//! Errors of loading a division list.

use crate::errors::{Coded, ErrorCode};
use serde::Serialize;

/// Why a division list (TSV or JSON) could not be loaded. Nothing is changed when loading
/// fails.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
#[non_exhaustive]
pub enum DivisionError {
    /// A row of a TSV list (1-based line) or an entry of a JSON list (1-based index) is wrong.
    BadRow {
        /// 1-based line (TSV) or entry (JSON).
        line: usize,
        /// What is wrong, in Chinese.
        zh: String,
        /// What is wrong, in English.
        en: String,
    },
    /// The JSON text is malformed or of the wrong shape.
    Json {
        /// The parser's message.
        message: String,
    },
}

impl DivisionError {
    pub(crate) fn row(line: usize, zh: impl Into<String>, en: impl Into<String>) -> Self {
        DivisionError::BadRow {
            line,
            zh: zh.into(),
            en: en.into(),
        }
    }
}

impl Coded for DivisionError {
    fn error_code(&self) -> ErrorCode {
        match self {
            DivisionError::BadRow { .. } => ErrorCode::IdDivisionDataRow,
            DivisionError::Json { .. } => ErrorCode::IdDivisionDataJson,
        }
    }

    fn message_zh(&self) -> String {
        match self {
            DivisionError::BadRow { line, zh, .. } => format!("区划代码表第 {line} 行：{zh}"),
            DivisionError::Json { message } => format!("区划代码表 JSON 格式错误：{message}"),
        }
    }

    fn message_en(&self) -> String {
        match self {
            DivisionError::BadRow { line, en, .. } => {
                format!("division list, line {line}: {en}")
            }
            DivisionError::Json { message } => format!("division list: malformed JSON: {message}"),
        }
    }
}

crate::errors::coded_display!(DivisionError);
