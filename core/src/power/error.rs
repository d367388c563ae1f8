//! Errors of the power-list module, with bilingual messages.

use crate::errors::{Coded, ErrorCode};
use serde::Serialize;

/// An error reading a power list or finding an item in it. Problems *in* a well-formed list are
/// not errors but findings of [`check`](super::check).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
#[non_exhaustive]
pub enum PowerError {
    /// The text is not a power list in the documented format.
    InvalidFormat {
        /// 1-based line (0 when unknown).
        line: usize,
        /// 1-based column (0 when unknown).
        column: usize,
        /// The parser's message.
        detail: String,
    },
    /// No item (or sub-item) with this code.
    UnknownItem {
        /// The code asked for.
        code: String,
        /// Codes that look alike.
        suggestions: Vec<String>,
    },
}

impl PowerError {
    /// A stable machine code: `invalid_power_list`, `unknown_item`.
    pub fn code(&self) -> &'static str {
        match self {
            PowerError::InvalidFormat { .. } => "invalid_power_list",
            PowerError::UnknownItem { .. } => "unknown_item",
        }
    }

    /// Whether the input text was malformed (as opposed to a missing item).
    pub fn is_format_error(&self) -> bool {
        matches!(self, PowerError::InvalidFormat { .. })
    }
}

impl Coded for PowerError {
    fn error_code(&self) -> ErrorCode {
        match self {
            PowerError::InvalidFormat { .. } => ErrorCode::PowerInvalidFormat,
            PowerError::UnknownItem { .. } => ErrorCode::PowerUnknownItem,
        }
    }

    fn message_zh(&self) -> String {
        match self {
            PowerError::InvalidFormat {
                column,
                detail,
                line,
            } => format!("权责清单格式有误（第{line}行第{column}列）：{}", detail),
            PowerError::UnknownItem { code, suggestions } => format!(
                "清单中没有编码为“{code}”的事项{}",
                crate::errors::did_you_mean_zh(suggestions)
            ),
        }
    }

    fn message_en(&self) -> String {
        match self {
            PowerError::InvalidFormat {
                column,
                detail,
                line,
            } => format!(
                "invalid power list at line {line}, column {column}: {}",
                detail
            ),
            PowerError::UnknownItem { code, suggestions } => format!(
                "no item with code \"{code}\"{}",
                crate::errors::did_you_mean_en(suggestions)
            ),
        }
    }
}

crate::errors::coded_display!(PowerError);
