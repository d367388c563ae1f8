//! Errors of table import, with bilingual messages and stable codes.

use crate::errors::{Coded, ErrorCode};

/// Why a table could not be imported at all. Cells that cannot be read are not errors: they
/// are listed in the [`ImportReport`](super::ImportReport).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum TableError {
    /// The table has no rows.
    Empty,
    /// No row in the first ten looks like a header of the layout.
    NoHeader {
        /// The first row, joined with ` | `.
        first_row: String,
    },
    /// The header lacks a column the layout cannot do without.
    MissingColumn {
        /// The column, in Chinese.
        column: &'static str,
    },
    /// A quoted CSV cell is never closed.
    UnterminatedQuote {
        /// The 1-based line on which the quote opened.
        line: usize,
    },
    /// A layout name that is not one of [`NamedLayout`](super::NamedLayout)'s.
    UnknownLayout {
        /// The name given.
        name: String,
    },
    /// A layout of another kind of table (a catalogue layout for a power list, or the reverse).
    WrongLayout {
        /// The kind the layout is for.
        layout: &'static str,
    },
    /// A service guide or process table holds one item, and the list has another number.
    NotOneItem {
        /// The number of items in the list.
        items: usize,
    },
}

impl TableError {
    /// A stable machine code: `empty_table`, `no_header`, `missing_column`,
    /// `unterminated_quote`, `unknown_layout`, `wrong_layout`, `not_one_item`.
    pub fn code(&self) -> &'static str {
        match self {
            TableError::Empty => "empty_table",
            TableError::NoHeader { .. } => "no_header",
            TableError::MissingColumn { .. } => "missing_column",
            TableError::UnterminatedQuote { .. } => "unterminated_quote",
            TableError::UnknownLayout { .. } => "unknown_layout",
            TableError::WrongLayout { .. } => "wrong_layout",
            TableError::NotOneItem { .. } => "not_one_item",
        }
    }
}

impl Coded for TableError {
    fn error_code(&self) -> ErrorCode {
        match self {
            TableError::Empty => ErrorCode::TableEmpty,
            TableError::NoHeader { .. } => ErrorCode::TableNoHeader,
            TableError::MissingColumn { .. } => ErrorCode::TableMissingColumn,
            TableError::UnterminatedQuote { .. } => ErrorCode::TableUnterminatedQuote,
            TableError::UnknownLayout { .. } => ErrorCode::TableUnknownLayout,
            TableError::WrongLayout { .. } => ErrorCode::TableWrongLayout,
            TableError::NotOneItem { .. } => ErrorCode::TableNotOneItem,
        }
    }

    fn message_zh(&self) -> String {
        match self {
            TableError::Empty => "表格为空".to_owned(),
            TableError::NoHeader { first_row } => format!("未找到表头（前十行中没有可识别的列名，第一行为“{first_row}”）"),
            TableError::MissingColumn { column } => format!("缺少“{column}”列"),
            TableError::UnterminatedQuote { line } => format!("CSV 第{line}行的引号未闭合"),
            TableError::UnknownLayout { name } => format!("未知的表格版式“{name}”（可用：canonical、set1–set5、guide、process、catalogue、catalogue-canonical）"),
            TableError::WrongLayout { layout } => format!("此版式（{layout}）不适用于这种数据"),
            TableError::NotOneItem { items } => format!("办事指南和流程表只含一项事项，清单有 {items} 项"),
        }
    }

    fn message_en(&self) -> String {
        match self {
            TableError::Empty => "the table is empty".to_owned(),
            TableError::NoHeader { first_row } => format!("no header row found (no known column names in the first ten rows; the first row is \"{first_row}\")"),
            TableError::MissingColumn { column } => format!("the table has no \"{column}\" column"),
            TableError::UnterminatedQuote { line } => format!("unterminated quote opened on CSV line {line}"),
            TableError::UnknownLayout { name } => format!("unknown table layout \"{name}\" (known: canonical, set1–set5, guide, process, catalogue, catalogue-canonical)"),
            TableError::WrongLayout { layout } => format!("this layout ({layout}) is for another kind of table"),
            TableError::NotOneItem { items } => format!("a service guide or process table holds one item; the list has {items}"),
        }
    }
}

crate::errors::coded_display!(TableError);
