//! Power lists back out as tables: in the canonical layout, in any of the published column
//! sets ([`NamedLayout`]), or in the shape an import recorded ([`TableShape`]) — column order
//! and names as published, title lines, two-row headers, merged cells, unknown columns.
//! Service guides and process tables are one item each (`guide_export`, `process_export`).

use super::basis::format_bases;
use super::checkbox::format_checkboxes;
use super::csv::Grid;
use super::error::TableError;
use super::headers::{field_of, Field};
use super::layout::Layout;
use super::power_import::{ACCOUNTABILITY_PREAMBLE, INHERITING_ATTRIBUTES};
use super::responsibility::{format_responsibilities, format_stage_bases};
use super::shape::{NamedLayout, ShapeColumn, TableShape};
use super::sheet::Table;
use crate::power::{BasisRole, Handling, PowerItem, PowerList};
use std::collections::{BTreeMap, BTreeSet};

/// The columns of the canonical export, in order (before the attribute columns).
pub const EXPORT_COLUMNS: [&str; 26] = [
    "序号",
    "职权编码",
    "权力类型",
    "权力事项名称",
    "子项",
    "实施层级",
    "是否属依申请事项",
    "设定依据",
    "实施依据",
    "实施主体",
    "承办机构",
    "实施对象",
    "责任事项",
    "责任事项依据",
    "追责情形",
    "申请条件",
    "申请材料",
    "法定时限",
    "承诺期限",
    "办件类型",
    "是否收费",
    "收费标准",
    "收费依据",
    "咨询方式",
    "监督投诉方式",
    "备注",
];

/// The options of a service guide's 职权类型 checkbox cell (REALWORLD.md §2).
pub const GUIDE_CATEGORIES: [&str; 7] = [
    "行政许可",
    "行政确认",
    "行政征收",
    "行政给付",
    "公共服务",
    "内部审批",
    "其他",
];

fn numbered(list: &[String]) -> String {
    list.iter()
        .enumerate()
        .map(|(k, s)| format!("{}.{s}", k + 1))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The list as a grid in the canonical layout: a header row ([`EXPORT_COLUMNS`], then one
/// column per attribute name), then the items, one row per sub-item with every cell repeated.
/// [`import_power_list`](super::import_power_list) reads it back to the same list
/// (property-tested for lists that came from an import).
///
/// ```
/// use minzheng::tables::{export_power_list, import_power_list};
/// use minzheng::power::PowerList;
/// let list = PowerList::from_json(include_str!("../../../examples/data/power-list.json"))?;
/// let grid = export_power_list(&list);
/// assert_eq!(grid[0][3], "权力事项名称");
/// let (again, _report) = import_power_list(&grid, &list.authority)?;
/// assert_eq!(again.items.len(), list.items.len());
/// assert_eq!(again.items[0].legal_bases, list.items[0].legal_bases.iter().map(|b| {
///     let mut b = b.clone();
///     b.citation.confidence = minzheng::Confidence::Unverified; // read back as the bureau's claim
///     b
/// }).collect::<Vec<_>>());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn export_power_list(list: &PowerList) -> Grid {
    power_rows(list, &NamedLayout::Canonical.shape()).rows
}

/// The list as a table of the given shape: a [`NamedLayout`]'s
/// ([`NamedLayout::shape`]) or the one an import recorded
/// ([`ImportReport::shape`](super::ImportReport::shape)), so that a bureau's table goes back
/// out in its own layout. A service-guide or process-table shape takes a list of exactly one
/// item ([`TableError::NotOneItem`]); a disclosure-catalogue shape is
/// [`TableError::WrongLayout`].
///
/// How cells are written, so that the import reads them back:
/// - 序号: without a code column, the item's code when it is a number, blank when the code
///   numbers the item within its category (`行政许可3`, then written in the category cell);
///   otherwise the running number.
/// - The category: numbered (`行政许可1`) when the shape says so; a checkbox cell in a guide.
/// - Legal bases: one per line, numbered; a lone basis column holds all of them.
/// - Limits: 办理时限, or a lone 法定时限 / 承诺期限 column, holds both, labelled
///   (`法定时限：60日；承诺时限：20个工作日`); a 即办件's zero limit is `即时办理`.
/// - The fee in one cell (收费（征收）依据和标准): `不收费`, or the standard (with `，依据《…》`
///   when the basis is kept apart).
/// - 追责情形: the preamble, then the numbered cases.
/// - Text the import could not type goes back into its column as published.
///
/// ```
/// use minzheng::tables::{export_power_table, import_power_list, parse_csv, NamedLayout};
/// let csv = "序号,权力类型,项目名称,设定依据,实施主体\n\
///            1,行政许可,社会团体成立登记,《社会团体登记管理条例》第九条,市民政局\n\
///            2,行政处罚,对社会团体违法行为的处罚,《社会团体登记管理条例》第三十条,市民政局\n";
/// let (list, _) = import_power_list(&parse_csv(csv)?, "市民政局")?;
/// let t = export_power_table(&list, &NamedLayout::PowerSet5.shape())?;
/// assert_eq!(t.rows[0][0], "总共2项事项,其中行政许可1项,行政处罚1项");
/// assert_eq!(t.rows[2], ["市民政局", "行政许可1", "社会团体成立登记",
///                        "《社会团体登记管理条例》第九条", ""]);
/// assert_eq!(t.rows[3][0], "", "the repeated 行政决定部门 is merged");
/// # Ok::<(), minzheng::tables::TableError>(())
/// ```
pub fn export_power_table(list: &PowerList, shape: &TableShape) -> Result<Table, TableError> {
    let one = || match list.items.as_slice() {
        [item] => Ok(item),
        items => Err(TableError::NotOneItem { items: items.len() }),
    };
    match shape.layout {
        Layout::Auto | Layout::PowerList => Ok(power_rows(list, shape)),
        Layout::ServiceGuide => Ok(super::guide_export::export_service_guide(one()?, shape)),
        Layout::ProcessTable => Ok(super::process_export::export_process_table(one()?, shape)),
        Layout::DisclosureCatalogue => Err(TableError::WrongLayout {
            layout: "catalogue",
        }),
    }
}

/// What a shape writes of an item: the cell of each column.
pub(crate) struct Cells<'a> {
    shape: &'a TableShape,
    /// Only one column holds legal bases: it writes all of them.
    single_basis: bool,
}

impl Cells<'_> {
    pub(crate) fn new(shape: &TableShape) -> Cells<'_> {
        let basis_columns = shape
            .columns
            .iter()
            .filter(|c| {
                matches!(
                    c.field,
                    Some(Field::SettingBasis | Field::ImplementingBasis)
                )
            })
            .count();
        Cells {
            shape,
            single_basis: basis_columns == 1,
        }
    }

    /// Whether a column writes the item's attribute `key` (its own cells, text kept raw, the
    /// preamble), so that no attribute column needs to.
    fn writes(&self, key: &str, item: &PowerItem) -> bool {
        self.shape.columns.iter().any(|c| {
            let full = c.full_name();
            (matches!(c.field, None | Some(Field::Attribute)) && full == key)
                || (c.field == Some(Field::Accountability) && key == ACCOUNTABILITY_PREAMBLE)
                || (key.strip_suffix("（原文）") == Some(full.as_str())
                    && self.raw(c, item).is_some())
        })
    }

    /// The columns, then (for a shape with attribute columns) one per attribute name of the
    /// items that no column writes.
    pub(crate) fn columns<'i>(
        &self,
        items: impl IntoIterator<Item = &'i PowerItem>,
    ) -> Vec<ShapeColumn> {
        let mut columns = self.shape.columns.clone();
        if self.shape.attribute_columns {
            let extra: BTreeSet<&str> = items
                .into_iter()
                .flat_map(|i| {
                    i.attributes
                        .keys()
                        .filter(|k| !self.writes(k, i))
                        .map(String::as_str)
                })
                .collect();
            columns.extend(extra.into_iter().map(|name| ShapeColumn {
                group: None,
                name: name.to_owned(),
                field: field_of(name).filter(|f| *f == Field::Attribute),
                merged: false,
            }));
        }
        columns
    }

    /// The text the import kept from this column's cell (not understood): it goes back into
    /// the column as it was published.
    fn raw<'i>(&self, col: &ShapeColumn, item: &'i PowerItem) -> Option<&'i String> {
        item.attributes.get(&format!("{}（原文）", col.full_name()))
    }

    /// Whether a column other than a kept raw text writes a limit of these fields.
    fn limit_column(&self, item: &PowerItem, fields: [Field; 2]) -> bool {
        self.shape
            .columns
            .iter()
            .any(|c| c.field.is_some_and(|f| fields.contains(&f)) && self.raw(c, item).is_none())
    }

    /// The cell of a column; `extra` for an attribute column added after the shape's own.
    pub(crate) fn cell(
        &self,
        col: &ShapeColumn,
        item: &PowerItem,
        seq: usize,
        category_no: usize,
        extra: bool,
    ) -> String {
        if extra && self.writes(&col.name, item) {
            return String::new();
        }
        if let Some(raw) = self.raw(col, item) {
            return raw.clone();
        }
        self.typed(col, item, seq, category_no)
    }

    /// The cell from the item's typed fields (and, for attribute columns, its attributes).
    fn typed(&self, col: &ShapeColumn, item: &PowerItem, seq: usize, category_no: usize) -> String {
        let full = col.full_name();
        let opt = |o: &Option<String>| o.clone().unwrap_or_default();
        let yes_no = |b: bool| if b { "是" } else { "否" }.to_owned();
        let bases = |role: BasisRole| {
            format_bases(
                item.legal_bases
                    .iter()
                    .filter(|b| self.single_basis || b.role == role),
            )
        };
        let category = || {
            item.local_category
                .clone()
                .unwrap_or_else(|| item.category.zh().to_owned())
        };
        let Some(field) = col.field else {
            return item.attributes.get(&full).cloned().unwrap_or_default();
        };
        match field {
            // Without a code column the code came from 序号 when it is a number, or from the
            // category column (序号 left blank) when it numbers the item within its category.
            Field::Seq if !self.shape.has(Field::Code) && is_number(&item.code) => {
                item.code.clone()
            }
            Field::Seq
                if !self.shape.has(Field::Code)
                    && self.shape.has(Field::Category)
                    && category_numbered(item) =>
            {
                String::new()
            }
            Field::Seq => seq.to_string(),
            Field::Code => item.code.clone(),
            Field::Category if self.shape.layout == Layout::ServiceGuide => {
                format_checkboxes(&GUIDE_CATEGORIES, &[category()])
            }
            // Without a code column, a code that numbers the item within its category came
            // from this cell (the importer's rule), and goes back there.
            Field::Category if !self.shape.has(Field::Code) && category_numbered(item) => {
                item.code.clone()
            }
            Field::Category if self.shape.numbered_categories => {
                format!("{}{category_no}", category())
            }
            Field::Category => category(),
            Field::Name => item.name.clone(),
            Field::SubName => match item.sub_items.first() {
                Some(s) if self.shape.numbered_sub_items => format!("1.{}", s.name),
                Some(s) => s.name.clone(),
                None => String::new(),
            },
            Field::Level => opt(&item.level),
            Field::OnApplication => yes_no(item.on_application),
            Field::SettingBasis => bases(BasisRole::Setting),
            Field::ImplementingBasis => bases(BasisRole::Implementing),
            Field::Body => item.implementing_body.clone(),
            Field::Unit => opt(&item.undertaking_unit),
            Field::Target => opt(&item.target),
            Field::Responsibilities => format_responsibilities(&item.responsibilities),
            Field::ResponsibilityBasis => format_stage_bases(&item.responsibilities),
            // The template's form: the preamble, then the cases in one run (`：1.…；2.…`).
            Field::Accountability => match item.attributes.get(ACCOUNTABILITY_PREAMBLE) {
                Some(pre) => {
                    let cases = item
                        .accountability
                        .iter()
                        .enumerate()
                        .map(|(k, c)| format!("{}.{c}", k + 1))
                        .collect::<Vec<_>>()
                        .join("；");
                    if pre.ends_with(['：', ':']) {
                        format!("{pre}{cases}")
                    } else {
                        format!("{pre}\n{cases}")
                    }
                }
                None => numbered(&item.accountability),
            },
            Field::Conditions => numbered(&item.conditions),
            Field::Materials => numbered(
                &item
                    .materials
                    .iter()
                    .map(|m| m.name.clone())
                    .collect::<Vec<_>>(),
            ),
            // A lone limit column carries both limits, labelled, as 办理时限 does.
            Field::Statutory if self.limit_column(item, [Field::Promised, Field::TimeLimit]) => {
                statutory(item)
            }
            Field::Promised if self.limit_column(item, [Field::Statutory, Field::TimeLimit]) => {
                promised(item)
            }
            Field::Statutory | Field::Promised | Field::TimeLimit => {
                let mut parts = Vec::new();
                let s = statutory(item);
                if !s.is_empty() {
                    parts.push(format!("法定时限：{s}"));
                }
                let p = promised(item);
                if !p.is_empty() {
                    parts.push(format!("承诺时限：{p}"));
                }
                parts.join("；")
            }
            Field::Handling => item.handling.zh().to_owned(),
            Field::FeeCharged => yes_no(item.fee.charged),
            Field::FeeStandard => opt(&item.fee.standard),
            Field::FeeBasis => fee_basis(item),
            Field::FeeBasisAndStandard => {
                if !item.fee.charged {
                    return "不收费".to_owned();
                }
                let basis = fee_basis(item);
                match &item.fee.standard {
                    Some(s) if s.contains('《') || basis.is_empty() => s.clone(),
                    Some(s) => format!("{s}，依据{basis}"),
                    None if basis.is_empty() => "收费".to_owned(),
                    None => basis,
                }
            }
            Field::Consultation => item.channels.consultation.join("；"),
            Field::Complaint => item.channels.complaint.join("；"),
            Field::Note => opt(&item.note),
            Field::Attribute => item.attributes.get(&full).cloned().unwrap_or_default(),
            // Process-table and catalogue columns have nothing to say about an item.
            _ => String::new(),
        }
    }
}

fn is_number(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// Whether the item's code is its category and a number (`行政许可3`).
fn category_numbered(i: &PowerItem) -> bool {
    let label = i.local_category.as_deref().unwrap_or(i.category.zh());
    i.code.strip_prefix(label).is_some_and(is_number)
}

/// The statutory limit; `即时办理` read as one is written back so (it is what makes the item
/// a 即办件 when no column says so).
fn statutory(i: &PowerItem) -> String {
    match i.time_limits.statutory {
        Some(p)
            if p.amount == 0
                && i.handling == Handling::Immediate
                && i.time_limits.promised.is_none() =>
        {
            "即时办理".to_owned()
        }
        Some(p) => p.zh(),
        None => String::new(),
    }
}

fn promised(i: &PowerItem) -> String {
    match (i.time_limits.promised, i.handling) {
        (Some(p), _) => p.zh(),
        (None, Handling::Immediate) => "即时办理".to_owned(),
        (None, Handling::Promised) => String::new(),
    }
}

fn fee_basis(i: &PowerItem) -> String {
    let lines: Vec<String> = i
        .fee
        .basis
        .iter()
        .map(|c| {
            let mut s = format!("《{}》{}", c.instrument, c.article);
            if let Some(q) = &c.quote {
                s.push('：');
                s.push_str(q);
            }
            s
        })
        .collect();
    if lines.len() == 1 {
        lines.concat()
    } else {
        numbered(&lines)
    }
}

/// The count line: `总共40项事项,其中行政许可17项,行政处罚23项`, categories in order of first
/// appearance.
pub(crate) fn count_line(list: &PowerList) -> String {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for i in &list.items {
        let label = i
            .local_category
            .clone()
            .unwrap_or_else(|| i.category.zh().to_owned());
        match counts.iter_mut().find(|(l, _)| *l == label) {
            Some((_, n)) => *n += 1,
            None => counts.push((label, 1)),
        }
    }
    let parts: Vec<String> = counts.iter().map(|(l, n)| format!("{l}{n}项")).collect();
    if parts.is_empty() {
        return format!("总共{}项事项", list.items.len());
    }
    format!("总共{}项事项,其中{}", list.items.len(), parts.join(","))
}

fn is_count_line(line: &str) -> bool {
    line.starts_with("总共") && line.contains("项事项")
}

fn power_rows(list: &PowerList, shape: &TableShape) -> Table {
    let cells = Cells::new(shape);
    let mut previous_row: Vec<String> = Vec::new();
    let columns = cells.columns(&list.items);
    let titles: Vec<String> = shape
        .title_lines
        .iter()
        .map(|l| {
            if is_count_line(l) {
                count_line(list)
            } else {
                l.clone()
            }
        })
        .collect();
    let mut t = Table::with_header(&titles, &columns);
    let sub_col = columns.iter().position(|c| c.field == Some(Field::SubName));
    let grouping: Vec<bool> = columns
        .iter()
        .map(|c| {
            c.merged
                && (matches!(
                    c.field,
                    Some(Field::Category | Field::Body | Field::Unit | Field::Level)
                ) || (c.field == Some(Field::Attribute)
                    && INHERITING_ATTRIBUTES.contains(&c.full_name().as_str())))
        })
        .collect();
    let mut per_category: BTreeMap<String, usize> = BTreeMap::new();
    // (first row, last row) of each item.
    let mut spans: Vec<(usize, usize)> = Vec::with_capacity(list.items.len());
    for (k, item) in list.items.iter().enumerate() {
        let label = item
            .local_category
            .clone()
            .unwrap_or_else(|| item.category.zh().to_owned());
        let n = per_category.entry(label).or_insert(0);
        *n += 1;
        let own = shape.columns.len();
        let mut first: Vec<String> = columns
            .iter()
            .enumerate()
            .map(|(j, c)| cells.cell(c, item, k + 1, *n, j >= own))
            .collect();
        // Without 序号 or a code, an item named like the item before it, which has sub-items,
        // would read as more of its sub-items: its own sub-items go on rows of their own,
        // below a row without one, with the name blank (merged), as such lists are published.
        let apart =
            sub_col.is_some()
                && !item.sub_items.is_empty()
                && k.checked_sub(1)
                    .and_then(|p| list.items.get(p))
                    .is_some_and(|p| {
                        let told_apart = columns.iter().zip(&first).zip(&previous_row).any(
                            |((c, v), before)| {
                                matches!(c.field, Some(Field::Seq | Field::Code))
                                    && !v.is_empty()
                                    && v != before
                            },
                        );
                        p.name == item.name && !p.sub_items.is_empty() && !told_apart
                    });
        let (subs, offset) = match sub_col {
            Some(c) if apart => {
                if let Some(cell) = first.get_mut(c) {
                    cell.clear();
                }
                (item.sub_items.as_slice(), 1)
            }
            Some(_) => (item.sub_items.get(1..).unwrap_or(&[]), 2),
            None => (&[][..], 2),
        };
        previous_row.clone_from(&first);
        let blank = shape.merged_sub_items || apart;
        let start = t.rows.len();
        t.rows.push(first.clone());
        for (n, s) in subs.iter().enumerate() {
            let mut row = if blank {
                vec![String::new(); columns.len()]
            } else {
                first.clone()
            };
            if let Some(cell) = sub_col.and_then(|c| row.get_mut(c)) {
                *cell = if shape.numbered_sub_items {
                    format!("{}.{}", n + offset, s.name)
                } else {
                    s.name.clone()
                };
            }
            t.rows.push(row);
        }
        let end = t.rows.len() - 1;
        spans.push((start, end));
        if blank && end > start {
            for c in 0..columns.len() {
                if Some(c) != sub_col && !grouping.get(c).copied().unwrap_or(false) {
                    t.merge(start, c, end, c);
                }
            }
        }
    }
    // Grouping cells that repeat the item above: blank, merged over the run.
    for (c, _) in grouping.iter().enumerate().filter(|(_, g)| **g) {
        let mut k = 0;
        while let Some(&(start, _)) = spans.get(k) {
            let value = t
                .rows
                .get(start)
                .and_then(|r| r.get(c))
                .cloned()
                .unwrap_or_default();
            let mut j = k + 1;
            while let Some(&(s, _)) = spans.get(j) {
                let same =
                    !value.is_empty() && t.rows.get(s).and_then(|r| r.get(c)) == Some(&value);
                if !same {
                    break;
                }
                if let Some(cell) = t.rows.get_mut(s).and_then(|r| r.get_mut(c)) {
                    cell.clear();
                }
                j += 1;
            }
            let last = spans.get(j - 1).map_or(start, |&(_, e)| e);
            t.merge(start, c, last, c);
            k = j;
        }
    }
    t
}
