//! Service guides (政务服务事项办事指南, REALWORLD.md §2): element name and value side by side
//! (`事项名称 | 城乡居民最低生活保障金给付 | 基本编码 | …`), one item per table, with the 设定依据
//! given as a small table of its own (依据名称 · 制定机关 · 发布令号(文号) · 具体规定内容).
//!
//! The pairs are turned into a one-item power-list grid and read by
//! [`import_power_list`](super::import_power_list), so the synonyms, cell parsers and the report
//! are the same.

use super::error::TableError;
use super::headers::{field_of, normalise_header, Field};
use super::layout::Layout;
use super::power_import::import_power_list;
use super::report::ImportReport;
use crate::power::PowerList;

/// Whether a grid looks like a guide: at least three rows whose first cell is a known element
/// name and that do not look like a header row.
pub(crate) fn is_service_guide(grid: &[Vec<String>]) -> bool {
    let keyed = grid
        .iter()
        .filter(|r| {
            r.first().is_some_and(|c| field_of(c).is_some())
                && r.iter().filter(|c| field_of(c).is_some()).count() <= 2
        })
        .count();
    keyed >= 3
}

/// Imports a service guide as a one-item list.
pub fn import_service_guide(
    grid: &[Vec<String>],
    authority: &str,
) -> Result<(PowerList, ImportReport), TableError> {
    let mut keys: Vec<String> = Vec::new();
    let mut values: Vec<String> = Vec::new();
    let mut title_lines = Vec::new();
    let push = |k: &str, v: &str, keys: &mut Vec<String>, values: &mut Vec<String>| {
        let k = k.trim();
        if k.is_empty() {
            return;
        }
        match keys.iter().position(|x| x == k) {
            Some(i) => {
                if let Some(slot) = values.get_mut(i) {
                    if !v.trim().is_empty() {
                        if !slot.is_empty() {
                            slot.push('\n');
                        }
                        slot.push_str(v.trim());
                    }
                }
            }
            None => {
                keys.push(k.to_owned());
                values.push(v.trim().to_owned());
            }
        }
    };
    let mut rows = grid.iter().peekable();
    while let Some(row) = rows.next() {
        let first = row.first().map_or("", |s| s.trim());
        // The basis sub-table: a 设定依据 row, then 依据名称 | 制定机关 | 发布令号(文号) | 具体规定内容.
        if field_of(first) == Some(Field::SettingBasis)
            && rows
                .peek()
                .is_some_and(|n| n.first().is_some_and(|c| normalise_header(c) == "依据名称"))
        {
            rows.next();
            let mut bases = Vec::new();
            let mut bodies = Vec::new();
            while let Some(next) = rows.peek() {
                let c0 = next.first().map_or("", |s| s.trim());
                if c0.is_empty() || field_of(c0).is_some() {
                    break;
                }
                let cell = |i: usize| next.get(i).map_or("", |s| s.trim());
                let mut b = format!("《{}》", c0.trim_matches(['《', '》']));
                if !cell(2).is_empty() {
                    b.push_str(&format!("（{}）", cell(2)));
                }
                if !cell(3).is_empty() {
                    b.push_str(cell(3));
                }
                bases.push(b);
                if !cell(1).is_empty() {
                    bodies.push(cell(1).to_owned());
                }
                rows.next();
            }
            let text = if bases.len() == 1 {
                bases.concat()
            } else {
                bases
                    .iter()
                    .enumerate()
                    .map(|(k, b)| format!("{}.{b}", k + 1))
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            push(first, &text, &mut keys, &mut values);
            if !bodies.is_empty() {
                push(
                    "设定依据/制定机关",
                    &bodies.join("；"),
                    &mut keys,
                    &mut values,
                );
            }
            continue;
        }
        let cells: Vec<&str> = row.iter().map(|s| s.trim()).collect();
        if cells.iter().filter(|c| !c.is_empty()).count() == 1 && keys.is_empty() {
            title_lines.push(cells.concat());
            continue;
        }
        for pair in cells.chunks(2) {
            if let [k, v] = pair {
                push(k, v, &mut keys, &mut values);
            } else if let [k] = pair {
                push(k, "", &mut keys, &mut values);
            }
        }
    }
    if !keys.iter().any(|k| field_of(k) == Some(Field::Name)) {
        return Err(TableError::MissingColumn {
            column: "事项名称"
        });
    }
    let (list, mut report) = import_power_list(&[keys, values], authority)?;
    report.layout = Layout::ServiceGuide;
    report.shape.layout = Layout::ServiceGuide;
    report.shape.title_lines.clone_from(&title_lines);
    report.shape.merged_sub_items = false;
    report.shape.column_set = report.shape.matching_set();
    report.title_lines = title_lines;
    // The one data row is row 2 of the synthetic grid; say "element" rather than a row number.
    for issue in &mut report.not_understood {
        issue.row = 0;
    }
    Ok((list, report))
}
