//! Tables as bureaus publish them (CSV and spreadsheets): power and responsibility lists,
//! process tables and the grassroots standard disclosure catalogue, into our models and back.
//!
//! Everything here is pure: it takes text (a CSV string, or a grid of cells a caller read from
//! a spreadsheet) and returns the model and an [`ImportReport`]. Reading files, decoding
//! GB18030 and reading or writing `.xlsx` belong to the caller (the CLI does it).
//!
//! - [`parse_csv`] / [`write_csv`] — CSV text to a [`Grid`] and back.
//! - [`SYNONYMS`] — every header name seen on published tables and the [`Field`] it fills.
//! - Cell parsers, each total (never panics, takes any text): [`parse_basis_cell`] (legal
//!   bases: instrument, decree, articles 第七、十二条 → 7 and 12, clause, quote; numbered and
//!   `+` styles), [`parse_time_limit`] (`20工作日`, `法定时限：60日内`, `即时办理`,
//!   `不计算在办理期限内`, `自受理后第15个工作日完成`), [`parse_checkboxes`] (■ / □ / √),
//!   [`parse_responsibilities`] (the staged 责任事项 template),
//!   [`attach_stage_bases`] (the 责任事项依据 cell onto its stages) and
//!   [`process_from_responsibilities`] (its process steps), [`split_numbered`],
//!   [`parse_number`].
//! - [`BRANCH_PHRASES`] — the words in a process table's 工作内容 that branch the flow (补正,
//!   不予受理, 不予许可, 中止, 终止), each with its provision; [`branches_in`] finds them.
//! - [`import_power_list`], [`import_service_guide`], [`import_process_table`], [`import_disclosure_catalogue`] — grids
//!   into [`PowerList`](crate::power::PowerList), [`Process`](crate::power::Process) and
//!   [`DisclosureCatalogue`](crate::disclosure::DisclosureCatalogue), with the report: rows
//!   read, columns and unknown columns, every cell not understood (row, column, text), what
//!   each item lacks, and the check findings.
//! - Export — [`export_power_list`] and [`export_disclosure_catalogue`] in our canonical
//!   layouts; [`export_power_table`], [`export_service_guide`], [`export_process_table`] and
//!   [`export_disclosure_table`] in any [`TableShape`]: a [`NamedLayout`] (the five power-list
//!   column sets of REALWORLD.md §1, the service guide, the process table, the standard
//!   disclosure catalogue) or the shape an import recorded in [`ImportReport::shape`], so a
//!   bureau's table goes back out in its own layout. The result is a [`Table`]: the cells and
//!   the merged regions (title lines, two-row headers, an item over its sub-item rows).
//! - [`import_power_list_merged`], [`import_disclosure_catalogue_merged`] — for spreadsheet
//!   files, with the merged regions the file declares ([`fill_merged_cells`]) instead of
//!   merges inferred from blank cells (the fallback for CSV, which has none).
//!
//! ```
//! use minzheng::tables::{import_power_list, parse_csv};
//! let csv = "序号,权力类型,项目名称,设定依据,实施主体,法定时限\n\
//!            1,行政许可1,社会团体成立登记,《社会团体登记管理条例》第九条,某市民政局,60日\n";
//! let (list, report) = import_power_list(&parse_csv(csv)?, "某市民政局")?;
//! assert_eq!(list.items[0].legal_bases[0].citation.article, "第九条");
//! assert_eq!(report.rows_read, 1);
//! // A real list lacks the promised limit, the fee and the materials: the report says so.
//! assert!(!report.gaps[0].missing.is_empty());
//! # Ok::<(), minzheng::tables::TableError>(())
//! ```

mod basis;
mod branch;
mod checkbox;
mod csv;
mod disclosure_export;
mod disclosure_import;
mod error;
mod export;
mod guide_export;
mod headers;
mod layout;
mod numbering;
mod power_import;
mod process_export;
mod process_import;
mod report;
mod responsibility;
mod service_guide;
mod shape;
mod sheet;
mod time_limit;
mod workbook;

pub use basis::{format_bases, parse_basis_cell, ArticleRef, BasisCell, ParsedBasis};
pub use branch::{branches_in, Branch, BranchPhrase, FoundBranch, BRANCH_PHRASES};
pub use checkbox::{format_checkboxes, parse_checkboxes, CheckboxCell};
pub use csv::{parse_csv, write_csv, Grid};
pub use disclosure_export::{export_disclosure_catalogue, export_disclosure_table};
pub use disclosure_import::{
    import_disclosure_catalogue, import_disclosure_catalogue_merged, DISCLOSURE_CHANNELS,
    OTHER_CHANNELS,
};
pub use error::TableError;
pub use export::{export_power_list, export_power_table, EXPORT_COLUMNS, GUIDE_CATEGORIES};
pub use guide_export::export_service_guide;
pub use headers::{field_of, normalise_header, Field, SYNONYMS};
pub use layout::Layout;
pub use numbering::{parse_number, split_numbered, zh_number};
pub use power_import::{
    import_power_list, import_power_list_merged, parse_category, single_amount_fen,
    ACCOUNTABILITY_PREAMBLE,
};
pub use process_export::export_process_table;
pub use process_import::import_process_table;
pub use report::{CellIssue, Gap, ImportReport, ItemGaps};
pub use responsibility::{
    attach_stage_bases, format_responsibilities, format_stage_bases, parse_responsibilities,
    process_from_responsibilities, STAGES,
};
pub use service_guide::import_service_guide;
pub use shape::{NamedLayout, ShapeColumn, TableShape, COUNT_TITLE};
pub use sheet::{fill_merged_cells, CellRange, Table};
pub use time_limit::{format_time, parse_time_limit, LimitLabel, TimeLimit};
pub use workbook::{
    combine_reports, import_sheets, sheet_is_skipped, SkippedSheet, WorkbookImport, SKIPPABLE_CODES,
};

/// The layout of a grid, decided from its header ([`Layout::Auto`] is never returned).
pub fn detect_layout(grid: &[Vec<String>]) -> Result<Layout, TableError> {
    if service_guide::is_service_guide(grid) {
        return Ok(Layout::ServiceGuide);
    }
    Ok(layout::detect(&layout::find_header(grid)?))
}

#[cfg(test)]
mod tests;
