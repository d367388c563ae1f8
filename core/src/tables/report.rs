//! The import report: what was read, what was not understood, what the imported list lacks.

use super::layout::Layout;
use serde::Serialize;

/// A cell that could not be read into the model. Its text is kept (in the item's
/// `attributes` where the model has no typed place for it) and listed here.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct CellIssue {
    /// The 1-based row in the table (the header row counts).
    pub row: usize,
    /// The column as published, e.g. `法定时限`.
    pub column: String,
    /// The cell's text (or the part not understood).
    pub text: String,
    /// Why, in Chinese.
    pub reason: String,
    /// Why, in English.
    pub reason_en: String,
}

/// An element a published item lacks (a real list typically lacks promised limits, fees or
/// materials).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Gap {
    /// No legal basis.
    LegalBasis,
    /// No statutory time limit.
    StatutoryLimit,
    /// A promised-period item without a promised limit.
    PromisedLimit,
    /// No fee column or a blank fee cell: whether it charges is not stated.
    Fee,
    /// No application materials listed.
    Materials,
    /// No process (no 责任事项 stages and no process table).
    Process,
}

impl Gap {
    /// Chinese label.
    pub fn zh(self) -> &'static str {
        match self {
            Gap::LegalBasis => "法律依据",
            Gap::StatutoryLimit => "法定时限",
            Gap::PromisedLimit => "承诺时限",
            Gap::Fee => "收费信息",
            Gap::Materials => "申请材料",
            Gap::Process => "办理流程",
        }
    }

    /// English label.
    pub fn en(self) -> &'static str {
        match self {
            Gap::LegalBasis => "legal basis",
            Gap::StatutoryLimit => "statutory time limit",
            Gap::PromisedLimit => "promised time limit",
            Gap::Fee => "fee information",
            Gap::Materials => "application materials",
            Gap::Process => "process",
        }
    }
}

/// What one imported item lacks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct ItemGaps {
    /// The item's code.
    pub code: String,
    /// Its name.
    pub name: String,
    /// The elements missing.
    pub missing: Vec<Gap>,
}

/// The report of one import.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[non_exhaustive]
pub struct ImportReport {
    /// The layout read.
    pub layout: Layout,
    /// Non-blank data rows read.
    pub rows_read: usize,
    /// Items (or entries) imported.
    pub imported: usize,
    /// Lines above the header (e.g. `总共40项事项,其中行政许可17项…`), kept as read.
    pub title_lines: Vec<String>,
    /// Every column as published, with the field it filled (`None`: unknown).
    pub columns: Vec<(String, Option<String>)>,
    /// Columns not in the synonym table: kept in `attributes` under their name.
    pub unknown_columns: Vec<String>,
    /// Every cell not understood.
    pub not_understood: Vec<CellIssue>,
    /// Per item, the elements it lacks (items lacking nothing are not listed).
    pub gaps: Vec<ItemGaps>,
    /// The findings of the checks on the imported data (power lists: `PL…`).
    pub findings: crate::power::Report,
    /// The findings of the disclosure checks (`DC…`), for a disclosure catalogue.
    pub disclosure_findings: Vec<crate::disclosure::Finding>,
    /// The shape of the table read: layout, the named column set it matched, title lines,
    /// columns in published order with their header rows, numbered categories, merged cells.
    /// Exporting with it gives the bureau's own layout back
    /// ([`export_power_table`](super::export_power_table)).
    pub shape: super::TableShape,
}

impl ImportReport {
    /// One-line summary in Chinese.
    pub fn summary_zh(&self) -> String {
        format!(
            "读取 {} 行，导入 {} 项；未知列 {} 个，未能识别的单元格 {} 个，缺项事项 {} 个，检查发现 {} 个问题",
            self.rows_read,
            self.imported,
            self.unknown_columns.len(),
            self.not_understood.len(),
            self.gaps.len(),
            self.findings.findings.len() + self.disclosure_findings.len(),
        )
    }

    /// One-line summary in English.
    pub fn summary_en(&self) -> String {
        format!(
            "read {} rows, imported {}; {} unknown column(s), {} cell(s) not understood, {} item(s) with gaps, {} check finding(s)",
            self.rows_read,
            self.imported,
            self.unknown_columns.len(),
            self.not_understood.len(),
            self.gaps.len(),
            self.findings.findings.len() + self.disclosure_findings.len(),
        )
    }

    /// One-line summary in Chinese and English (`中文 / English`), for the CLI.
    pub fn summary(&self) -> String {
        format!("{} / {}", self.summary_zh(), self.summary_en())
    }
}

impl ImportReport {
    /// A report for a table with this header: its title lines, every column with the field it
    /// fills, and the columns no field takes (kept, never dropped).
    pub(crate) fn for_header(layout: Layout, header: &super::layout::Header) -> ImportReport {
        ImportReport {
            layout,
            shape: super::TableShape::from_header(layout, header),
            title_lines: header.title_lines.clone(),
            columns: header
                .columns
                .iter()
                .map(|c| (c.name.clone(), c.field.map(|f| format!("{f:?}"))))
                .collect(),
            unknown_columns: header
                .columns
                .iter()
                .filter(|c| c.field.is_none())
                .map(|c| c.name.clone())
                .collect(),
            ..ImportReport::default()
        }
    }
}
