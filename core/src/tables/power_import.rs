//! Power and responsibility lists (REALWORLD.md §1) into [`PowerList`].

use super::basis::parse_basis_cell;
use super::error::TableError;
use super::headers::Field;
use super::layout::{find_header, Header, Layout};
use super::numbering::split_numbered;
use super::report::{CellIssue, Gap, ImportReport, ItemGaps};
use super::responsibility::{
    attach_stage_bases, parse_responsibilities, process_from_responsibilities,
};
use super::sheet::{fill_merged_cells, CellRange};
use super::time_limit::{parse_time_limit, LimitLabel};
use crate::deadline::Period;
use crate::power::{
    self, BasisRole, Category, Handling, Material, MaterialForm, PowerItem, PowerList, StepTime,
    SubItem,
};
use crate::Citation;

/// The attribute under which the preamble of 追责情形 is kept.
pub const ACCOUNTABILITY_PREAMBLE: &str = "追责情形（引言）";

/// Attribute columns that group rows (merged over them) and so inherit blank cells.
pub(crate) const INHERITING_ATTRIBUTES: [&str; 2] = ["市级主管部门", "行业分类"];

/// Words that mean "no fee".
const NO_FEE: [&str; 9] = [
    "不收费",
    "免费",
    "无",
    "否",
    "0",
    "0元",
    "无收费",
    "不收取费用",
    "免收",
];

/// Imports a power or responsibility list from a grid (rows of cells, as read from CSV or a
/// spreadsheet). `authority` names the publishing office; if empty, the first item's
/// implementing body is used.
///
/// Columns are matched by the synonym table ([`SYNONYMS`](super::SYNONYMS)); unknown columns
/// are kept in each item's `attributes` and listed in the report. Blank cells of the category,
/// implementing-body, unit and level columns inherit from the row above (merged cells). A row
/// whose 子项 cell is filled and whose item name is blank (merged), or repeats the name of the
/// item above when that item already has sub-items, is a sub-item of the item above, unless its
/// 序号 or code says otherwise. Items with a staged 责任事项 get the process it describes.
///
/// Fails only when the table has no header or no item-name column; everything else is in the
/// report, with the check findings of the imported list and what each item lacks.
pub fn import_power_list(
    grid: &[Vec<String>],
    authority: &str,
) -> Result<(PowerList, ImportReport), TableError> {
    import(grid, authority, true)
}

/// Imports a power list read from a spreadsheet file together with the regions merged in the
/// file (calamine and other readers return them): the merged regions below the header are
/// filled in ([`fill_merged_cells`](super::fill_merged_cells)), except the item name's, whose
/// blank continuation cells mark sub-item rows; other blank cells are not inferred to be
/// merged — a blank the bureau left is blank. [`import_power_list`] infers
/// merged cells from blanks instead, for CSV, which has no merges. The shape in the report
/// records the merged columns and sub-item rows from the regions.
///
/// ```
/// use minzheng::tables::{import_power_list_merged, CellRange};
/// let g = |rows: &[&[&str]]| -> Vec<Vec<String>> {
///     rows.iter().map(|r| r.iter().map(|c| c.to_string()).collect()).collect()
/// };
/// let grid = g(&[
///     &["实施主体", "事项名称"],
///     &["市民政局", "社会团体成立登记"],
///     &["", "基金会设立登记"],
///     &["", "婚姻登记"],
/// ]);
/// // Only the first two rows share the merged 实施主体; the third is left blank.
/// let merges = [CellRange { first_row: 1, first_col: 0, last_row: 2, last_col: 0 }];
/// let (list, report) = import_power_list_merged(&grid, &merges, "")?;
/// assert_eq!(list.items[1].implementing_body, "市民政局");
/// assert_eq!(list.items[2].implementing_body, "");
/// assert!(report.shape.columns[0].merged);
/// # Ok::<(), minzheng::tables::TableError>(())
/// ```
pub fn import_power_list_merged(
    grid: &[Vec<String>],
    merges: &[CellRange],
    authority: &str,
) -> Result<(PowerList, ImportReport), TableError> {
    let header = find_header(grid)?;
    let name_index = header
        .columns
        .iter()
        .find(|c| c.field == Some(Field::Name))
        .map(|c| c.index);
    // The item name stays blank under its merge: a blank name is what marks a sub-item row
    // (an item row without a sub-item may head the merge).
    let fill: Vec<CellRange> = merges
        .iter()
        .filter(|m| Some(m.first_col) != name_index)
        .copied()
        .collect();
    let (list, mut report) = import(&fill_merged_cells(grid, &fill), authority, false)?;
    for (shape_col, col) in report.shape.columns.iter_mut().zip(&header.columns) {
        shape_col.merged = merged_below(merges, col.index, header.data_start);
    }
    report.shape.merged_sub_items =
        name_index.is_some_and(|i| merged_below(merges, i, header.data_start));
    Ok((list, report))
}

/// Whether a region merges rows of this column below the header.
pub(crate) fn merged_below(merges: &[CellRange], column: usize, data_start: usize) -> bool {
    merges
        .iter()
        .any(|m| m.first_col == column && m.first_row >= data_start && m.last_row > m.first_row)
}

fn import(
    grid: &[Vec<String>],
    authority: &str,
    infer_merges: bool,
) -> Result<(PowerList, ImportReport), TableError> {
    let header = find_header(grid)?;
    if !header.columns.iter().any(|c| c.field == Some(Field::Name)) {
        return Err(TableError::MissingColumn {
            column: "事项名称"
        });
    }
    let mut report = ImportReport::for_header(Layout::PowerList, &header);
    let mut items: Vec<PowerItem> = Vec::new();
    let mut fee_stated: Vec<bool> = Vec::new();
    let mut carried: Vec<String> = vec![String::new(); header.columns.len()];
    let mut last_seq = String::new();
    // What the shape records beyond the header: blank cells standing for merged ones, and
    // categories numbered within themselves (行政许可1).
    let mut merged_columns = vec![false; header.columns.len()];
    let mut merged_sub_items = false;
    let mut numbered_subs = false;
    let mut numbered = (0usize, 0usize);
    for (r, row) in grid.iter().enumerate().skip(header.data_start) {
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        report.rows_read += 1;
        let row_no = r + 1;
        let mut cells: Vec<String> = Vec::with_capacity(header.columns.len());
        for (k, col) in header.columns.iter().enumerate() {
            let mut text = row.get(col.index).map_or("", |s| s.trim()).to_owned();
            let inherits = infer_merges
                && matches!(
                    col.field,
                    Some(Field::Category | Field::Body | Field::Unit | Field::Level)
                )
                || (col.field == Some(Field::Attribute)
                    && INHERITING_ATTRIBUTES.contains(&col.name.as_str()));
            if let Some(slot) = carried.get_mut(k) {
                if text.is_empty() && inherits {
                    text = slot.clone();
                    if !text.is_empty() {
                        if let Some(m) = merged_columns.get_mut(k) {
                            *m = true;
                        }
                    }
                } else {
                    *slot = text.clone();
                }
            }
            cells.push(text);
        }
        let get = |f: Field| -> &str {
            header
                .columns
                .iter()
                .zip(&cells)
                .find(|(c, _)| c.field == Some(f))
                .map_or("", |(_, t)| t.as_str())
        };
        let name = get(Field::Name);
        let sub = get(Field::SubName);
        numbered_subs |= strip_marker(sub) != sub;
        let code = get(Field::Code);
        let seq = get(Field::Seq);
        if let Some(prev) = items.last_mut() {
            // A sub-item row: blank (merged) name, or the same name as an item that already
            // has sub-items (a row with a name and no sub-item is an item of its own).
            let continues = !sub.is_empty()
                && (name.is_empty() || (name == prev.name && !prev.sub_items.is_empty()))
                && (code.is_empty() || code == prev.code)
                && (seq.is_empty() || seq == last_seq);
            if continues {
                merged_sub_items |= name.is_empty();
                let n = prev.sub_items.len() + 1;
                prev.sub_items.push(SubItem {
                    code: format!("{}-{n}", prev.code),
                    name: strip_marker(sub),
                });
                continue;
            }
        }
        if name.is_empty() {
            report.not_understood.push(CellIssue {
                row: row_no,
                column: column_name(&header, Field::Name),
                text: row.join(" | "),
                reason: "事项名称为空，本行未导入".into(),
                reason_en: "no item name: row not imported".into(),
            });
            continue;
        }
        last_seq = seq.to_owned();
        let category = get(Field::Category);
        numbered.0 += 1;
        numbered.1 += usize::from(category.ends_with(|c: char| c.is_ascii_digit()));
        let (item, stated) = build_item(&header, &cells, row_no, items.len(), &mut report);
        items.push(item);
        fee_stated.push(stated);
    }
    for item in &mut items {
        if item.process.steps.is_empty() {
            item.process = process_from_responsibilities(&item.responsibilities);
        }
    }
    let authority = if authority.trim().is_empty() {
        items
            .first()
            .map(|i| i.implementing_body.clone())
            .unwrap_or_default()
    } else {
        authority.trim().to_owned()
    };
    let list = PowerList {
        authority,
        as_of: None,
        items,
    };
    report.imported = list.items.len();
    report.shape.merged_sub_items = merged_sub_items;
    report.shape.numbered_sub_items = numbered_subs;
    for (c, m) in report.shape.columns.iter_mut().zip(merged_columns) {
        c.merged = m;
    }
    report.shape.numbered_categories = numbered.0 > 0 && numbered.0 == numbered.1;
    report.gaps = list
        .items
        .iter()
        .zip(&fee_stated)
        .filter_map(|(item, &stated)| {
            let missing = gaps_of(item, stated);
            (!missing.is_empty()).then(|| ItemGaps {
                code: item.code.clone(),
                name: item.name.clone(),
                missing,
            })
        })
        .collect();
    report.findings = power::check(&list);
    Ok((list, report))
}

fn column_name(header: &Header, f: Field) -> String {
    header
        .columns
        .iter()
        .find(|c| c.field == Some(f))
        .map_or_else(String::new, |c| c.name.clone())
}

/// What an imported item lacks.
pub(crate) fn gaps_of(item: &PowerItem, fee_stated: bool) -> Vec<Gap> {
    let mut v = Vec::new();
    if item.legal_bases.is_empty() {
        v.push(Gap::LegalBasis);
    }
    if item.time_limits.statutory.is_none() {
        v.push(Gap::StatutoryLimit);
    }
    if item.handling == Handling::Promised && item.time_limits.promised.is_none() {
        v.push(Gap::PromisedLimit);
    }
    if !fee_stated {
        v.push(Gap::Fee);
    }
    if item.materials.is_empty() {
        v.push(Gap::Materials);
    }
    if item.process.steps.is_empty() {
        v.push(Gap::Process);
    }
    v
}

/// The category of a cell like `行政许可`, `行政许可1` (numbered within the category) or a
/// local label (`非行政许可审批` → other, kept as the local category).
pub fn parse_category(text: &str) -> (Category, Option<String>) {
    // A checkbox cell (■行政许可 □行政确认 …) names the category it ticks.
    let ticked = super::checkbox::parse_checkboxes(text);
    let t = match ticked.checked.as_slice() {
        [one] if !ticked.unchecked.is_empty() => one.as_str(),
        _ => text.trim(),
    };
    let stripped = t.trim_end_matches(|c: char| c.is_ascii_digit() || c.is_whitespace());
    if let Some(c) = Category::ALL.into_iter().find(|c| c.zh() == stripped) {
        return (c, None);
    }
    if t.is_empty() {
        return (Category::Other, None);
    }
    (Category::Other, Some(stripped.to_owned()))
}

/// A list cell: its numbered items, or, if not numbered, its lines / `；`-separated parts.
pub(crate) fn list_cell(text: &str) -> Vec<String> {
    let (pre, items) = split_numbered(text);
    if items.is_empty() {
        return pre
            .split(['\n', '；', ';'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect();
    }
    let mut v = Vec::with_capacity(items.len() + 1);
    if !pre.is_empty() {
        v.push(pre);
    }
    v.extend(items.into_iter().filter(|s| !s.is_empty()));
    v
}

fn issue(report: &mut ImportReport, row: usize, column: &str, text: &str, zh: &str, en: &str) {
    report.not_understood.push(CellIssue {
        row,
        column: column.to_owned(),
        text: text.to_owned(),
        reason: zh.to_owned(),
        reason_en: en.to_owned(),
    });
}

fn yes_no(text: &str) -> Option<bool> {
    match text {
        "是" | "Y" | "y" | "yes" | "Yes" | "√" | "收费" => Some(true),
        "否" | "N" | "n" | "no" | "No" | "不收费" | "免费" => Some(false),
        _ => None,
    }
}

/// One row read into an item: each cell by its column ([`Draft::read`]), then what needs the
/// whole row ([`Draft::finish`]). Returns the item and whether any fee column was filled.
fn build_item(
    header: &Header,
    cells: &[String],
    row: usize,
    index: usize,
    report: &mut ImportReport,
) -> (PowerItem, bool) {
    let mut draft = Draft::default();
    for (col, text) in header.columns.iter().zip(cells) {
        if text.is_empty() {
            continue;
        }
        let cell = Cell {
            row,
            name: col.name.as_str(),
            text: text.as_str(),
        };
        draft.read(col.field, cell, report);
    }
    draft.finish(row, index, report)
}

/// A filled cell of a row, with what an issue about it reports.
#[derive(Clone, Copy)]
struct Cell<'a> {
    row: usize,
    /// The column's header.
    name: &'a str,
    text: &'a str,
}

impl Cell<'_> {
    /// Keeps the cell's text in the item's attributes when it was not fully understood.
    fn keep_raw(&self, item: &mut PowerItem) {
        item.attributes
            .insert(format!("{}（原文）", self.name), self.text.to_owned());
    }

    /// Reports a part of the cell that was not understood.
    fn issue(&self, report: &mut ImportReport, text: &str, zh: &str, en: &str) {
        issue(report, self.row, self.name, text, zh, en);
    }
}

/// An item while its row is read: the item, and the cells decided only once the row is done.
#[derive(Default)]
struct Draft<'a> {
    item: PowerItem,
    seq: String,
    category_raw: String,
    handling: Option<Handling>,
    immediate_hint: bool,
    fee_stated: bool,
    charged_explicit: Option<bool>,
    stage_bases: Option<Cell<'a>>,
}

impl<'a> Draft<'a> {
    /// Reads one filled cell into the item, by its column's field; an unknown column is kept in
    /// the attributes.
    fn read(&mut self, field: Option<Field>, cell: Cell<'a>, report: &mut ImportReport) {
        let text = cell.text;
        let item = &mut self.item;
        match field {
            Some(Field::Seq) => self.seq = text.to_owned(),
            Some(Field::Code) => item.code = text.to_owned(),
            Some(Field::Category) => {
                self.category_raw = text.to_owned();
                let (c, local) = parse_category(text);
                item.category = c;
                item.local_category = local;
            }
            Some(Field::Name) => item.name = text.to_owned(),
            Some(Field::SubName) => item.sub_items.push(SubItem {
                code: String::new(),
                name: strip_marker(text),
            }),
            Some(Field::Level) => item.level = Some(text.to_owned()),
            Some(Field::OnApplication) => match yes_no(text) {
                Some(b) => item.on_application = b,
                None => {
                    cell.keep_raw(item);
                    cell.issue(report, text, "应为“是”或“否”", "expected 是 or 否");
                }
            },
            Some(Field::SettingBasis) => read_bases(item, cell, BasisRole::Setting, report),
            Some(Field::ImplementingBasis) => {
                read_bases(item, cell, BasisRole::Implementing, report);
            }
            Some(Field::Body) => item.implementing_body = text.to_owned(),
            Some(Field::Unit) => item.undertaking_unit = Some(text.to_owned()),
            Some(Field::Target) => item.target = Some(text.to_owned()),
            Some(Field::Responsibilities) => item.responsibilities = parse_responsibilities(text),
            // Attached once the row is read: the 责任事项 column may come after it.
            Some(Field::ResponsibilityBasis) => self.stage_bases = Some(cell),
            Some(Field::Accountability) => read_accountability(item, text),
            Some(Field::Conditions) => item.conditions = list_cell(text),
            Some(Field::Materials) => item.materials = materials(text),
            Some(f @ (Field::Statutory | Field::Promised | Field::TimeLimit)) => {
                self.read_time_limit(f, cell, report);
            }
            Some(Field::Handling) => match text {
                "即办件" | "即办" => self.handling = Some(Handling::Immediate),
                "承诺件" => self.handling = Some(Handling::Promised),
                _ => {
                    cell.keep_raw(item);
                    cell.issue(
                        report,
                        text,
                        "办件类型应为即办件或承诺件",
                        "expected 即办件 or 承诺件",
                    );
                }
            },
            Some(
                f @ (Field::FeeCharged
                | Field::FeeStandard
                | Field::FeeBasis
                | Field::FeeBasisAndStandard),
            ) => self.read_fee(f, cell, report),
            Some(Field::Consultation) => item.channels.consultation = list_cell(text),
            Some(Field::Complaint) => item.channels.complaint = list_cell(text),
            Some(Field::Note) => item.note = Some(text.to_owned()),
            _ => {
                item.attributes
                    .insert(cell.name.to_owned(), text.to_owned());
            }
        }
    }

    /// 法定办结时限 / 承诺办结时限: a labelled part goes where its label says, an unlabelled one
    /// where its column says; 即办 as a statutory limit is 0 working days.
    fn read_time_limit(&mut self, f: Field, cell: Cell, report: &mut ImportReport) {
        let item = &mut self.item;
        let parts = match parse_time_limit(cell.text) {
            Ok(parts) => parts,
            Err(part) => {
                cell.keep_raw(item);
                cell.issue(report, &part, "无法识别的时限", "time limit not understood");
                return;
            }
        };
        for p in parts {
            let target = match (p.label, f) {
                (Some(l), _) => l,
                (None, Field::Promised) => LimitLabel::Promised,
                (None, _) => LimitLabel::Statutory,
            };
            match (target, p.time) {
                (LimitLabel::Statutory, StepTime::Period(per)) => {
                    item.time_limits.statutory = Some(per);
                }
                (LimitLabel::Statutory, StepTime::Immediate) => {
                    item.time_limits.statutory = Some(Period::working_days(0));
                    self.immediate_hint = true;
                }
                (LimitLabel::Promised, StepTime::Period(per)) => {
                    item.time_limits.promised = Some(per);
                }
                (LimitLabel::Promised, StepTime::Immediate) => {
                    self.immediate_hint = true;
                }
                (_, StepTime::NotCounted) => {
                    cell.keep_raw(item);
                    cell.issue(
                        report,
                        cell.text,
                        "办结时限不能为“不计算在办理期限内”",
                        "an item's limit cannot be \"not counted\"",
                    );
                }
            }
        }
    }

    /// The fee columns: whether it is charged, its standard, its basis, or standard and basis
    /// in one cell. Any of them states the fee.
    fn read_fee(&mut self, f: Field, cell: Cell, report: &mut ImportReport) {
        self.fee_stated = true;
        let text = cell.text;
        let item = &mut self.item;
        match f {
            Field::FeeCharged => match yes_no(text) {
                Some(b) => self.charged_explicit = Some(b),
                None => {
                    cell.keep_raw(item);
                    cell.issue(report, text, "应为“是”或“否”", "expected 是 or 否");
                }
            },
            Field::FeeStandard => {
                if NO_FEE.contains(&text) {
                    item.fee.charged = false;
                } else {
                    item.fee.charged = true;
                    item.fee.standard = Some(text.to_owned());
                }
            }
            Field::FeeBasis => {
                if !NO_FEE.contains(&text) {
                    read_fee_basis(item, cell, report);
                }
            }
            _ => {
                if NO_FEE.contains(&text) {
                    item.fee.charged = false;
                } else {
                    item.fee.charged = true;
                    item.fee.standard = Some(text.to_owned());
                    // The basis is the part from the first title on ("每件100元，依据《…》第五条").
                    if let Some(at) = text.find('《') {
                        for b in &parse_basis_cell(text.get(at..).unwrap_or("")).bases {
                            item.fee.basis.extend(
                                b.to_legal_bases(BasisRole::Setting)
                                    .into_iter()
                                    .map(fee_citation),
                            );
                        }
                    }
                }
            }
        }
    }

    /// What needs the whole row: the 责任事项依据 attached to the stages, the bases in a stable
    /// order, the fee's charge and amount, the handling, the code (and the sub-items' codes).
    fn finish(self, row: usize, index: usize, report: &mut ImportReport) -> (PowerItem, bool) {
        let mut item = self.item;
        if let Some(cell) = self.stage_bases {
            let left = attach_stage_bases(&mut item.responsibilities, cell.text);
            if !left.is_empty() {
                cell.keep_raw(&mut item);
            }
            for part in &left {
                issue(
                    report,
                    row,
                    cell.name,
                    part,
                    "责任事项依据未能对应到责任事项的阶段（原文保留）",
                    "responsibility basis matches no stage of the responsibilities (text kept)",
                );
            }
        }
        // Setting bases first, then implementing ones, as the export writes them (stable order).
        item.legal_bases
            .sort_by_key(|b| b.role == BasisRole::Implementing);
        if let Some(b) = self.charged_explicit {
            item.fee.charged = b;
        }
        item.fee.amount_fen = item.fee.standard.as_deref().and_then(single_amount_fen);
        item.handling = self.handling.unwrap_or(
            if self.immediate_hint && item.time_limits.promised.is_none() {
                Handling::Immediate
            } else {
                Handling::Promised
            },
        );
        if item.code.is_empty() {
            item.code = if !self.seq.is_empty() {
                self.seq
            } else if self.category_raw.ends_with(|c: char| c.is_ascii_digit()) {
                self.category_raw
            } else {
                (index + 1).to_string()
            };
        }
        let code = item.code.clone();
        for (k, s) in item.sub_items.iter_mut().enumerate() {
            s.code = format!("{code}-{}", k + 1);
        }
        (item, self.fee_stated)
    }
}

/// 设定依据 / 实施依据: the instruments and articles of the cell, in the given role; a piece
/// naming no instrument is reported and the cell kept.
fn read_bases(item: &mut PowerItem, cell: Cell, role: BasisRole, report: &mut ImportReport) {
    let parsed = parse_basis_cell(cell.text);
    for b in &parsed.bases {
        item.legal_bases.extend(b.to_legal_bases(role));
    }
    if !parsed.not_understood.is_empty() {
        cell.keep_raw(item);
    }
    for piece in &parsed.not_understood {
        cell.issue(report, piece, "未能识别法规名称", "no instrument found");
    }
}

/// 收费依据: citations only (the clause joins the article); a decree number or a piece naming
/// no instrument keeps the cell.
fn read_fee_basis(item: &mut PowerItem, cell: Cell, report: &mut ImportReport) {
    let parsed = parse_basis_cell(cell.text);
    let mut lossy = !parsed.not_understood.is_empty();
    for b in &parsed.bases {
        lossy |= b.decree.is_some();
        item.fee.basis.extend(
            b.to_legal_bases(BasisRole::Setting)
                .into_iter()
                .map(fee_citation),
        );
    }
    if lossy {
        cell.keep_raw(item);
    }
    for piece in &parsed.not_understood {
        cell.issue(report, piece, "未能识别法规名称", "no instrument found");
    }
}

/// 追责情形: its numbered cases; the text before the first number is kept as the preamble.
fn read_accountability(item: &mut PowerItem, text: &str) {
    let (pre, list) = split_numbered(text);
    if list.is_empty() {
        item.accountability = vec![pre];
    } else {
        if !pre.is_empty() {
            item.attributes
                .insert(ACCOUNTABILITY_PREAMBLE.to_owned(), pre);
        }
        item.accountability = list.into_iter().filter(|s| !s.is_empty()).collect();
    }
}

/// 申请材料: one required original per listed material.
fn materials(text: &str) -> Vec<Material> {
    list_cell(text)
        .into_iter()
        .map(|name| Material {
            name,
            form: MaterialForm::Original,
            copies: 1,
            required: true,
            issuer: None,
        })
        .collect()
}

/// The amount of a fee standard that states exactly one amount in 元 (`每件100元`,
/// `工本费9.5元`), in fen; none for several amounts or none.
pub fn single_amount_fen(standard: &str) -> Option<u64> {
    let mut found: Option<u64> = None;
    let mut rest = standard;
    while let Some(at) = rest.find('元') {
        let before = rest.get(..at).unwrap_or("");
        let number: String = before
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        rest = rest.get(at + '元'.len_utf8()..).unwrap_or("");
        if number.is_empty() {
            continue;
        }
        let (yuan, fen) = number.split_once('.').unwrap_or((number.as_str(), ""));
        if fen.len() > 2 || yuan.is_empty() || fen.contains('.') {
            return None;
        }
        let fen_value: u64 = format!("{fen:0<2}").parse().ok()?;
        let amount = yuan
            .parse::<u64>()
            .ok()?
            .checked_mul(100)?
            .checked_add(fen_value)?;
        if found.is_some() {
            return None;
        }
        found = Some(amount);
    }
    found
}

/// A sub-item name without its list number (`1.成立登记` → `成立登记`).
fn strip_marker(text: &str) -> String {
    let t = text.trim();
    let inner = t
        .strip_prefix(['（', '('])
        .map_or(t, |r| r.trim_start_matches(|c: char| c.is_ascii_digit()));
    let rest = if inner.len() < t.len() {
        inner.strip_prefix(['）', ')'])
    } else {
        let digits = t.trim_start_matches(|c: char| c.is_ascii_digit());
        (digits.len() < t.len())
            .then(|| digits.strip_prefix(['.', '、', '．', ')', '）']))
            .flatten()
    };
    match rest.map(str::trim) {
        Some(r) if !r.is_empty() => r.to_owned(),
        _ => t.to_owned(),
    }
}

/// A fee basis keeps only a citation: the clause joins the article.
fn fee_citation(b: crate::power::LegalBasis) -> Citation {
    let mut c = b.citation;
    if let Some(cl) = b.clause {
        c.article.push_str(&cl);
    }
    c
}
