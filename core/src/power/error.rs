//! Errors of the power-list module, with bilingual messages.

use serde::Serialize;
use thiserror::Error;

/// An error reading a power list or finding an item in it. Problems *in* a well-formed list are
/// not errors but findings of [`check`](super::check).
#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize)]
#[serde(tag = "error", rename_all = "snake_case")]
#[non_exhaustive]
pub enum PowerError {
    /// The text is not a power list in the documented format.
    #[error("权责清单格式有误（第{line}行第{column}列）：{detail} / invalid power list at line {line}, column {column}: {detail}")]
    InvalidFormat {
        /// 1-based line (0 when unknown).
        line: usize,
        /// 1-based column (0 when unknown).
        column: usize,
        /// The parser's message.
        detail: String,
    },
    /// No item (or sub-item) with this code.
    #[error("清单中没有编码为“{code}”的事项{} / no item with code \"{code}\"{}",
        if suggestions.is_empty() { String::new() } else { format!("（是否指 {}？）", suggestions.join("、")) },
        if suggestions.is_empty() { String::new() } else { format!(" (did you mean {}?)", suggestions.join(", ")) })]
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
