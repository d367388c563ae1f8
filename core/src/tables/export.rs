//! Power lists back out as a table in the layout we import: one row per item (one per sub-item
//! for items with sub-items), one column per element, then one column per attribute name.

use super::basis::format_bases;
use super::csv::Grid;
use super::responsibility::{format_responsibilities, format_stage_bases};
use crate::power::{BasisRole, Handling, PowerItem, PowerList};
use std::collections::BTreeSet;

/// The columns of the export, in order (before the attribute columns).
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

fn numbered(list: &[String]) -> String {
    list.iter()
        .enumerate()
        .map(|(k, s)| format!("{}.{s}", k + 1))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The list as a grid: a header row, then the items. [`import_power_list`](super::import_power_list)
/// reads it back to the same list (property-tested for lists that came from an import).
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
    let attrs: BTreeSet<&str> = list
        .items
        .iter()
        .flat_map(|i| i.attributes.keys().map(String::as_str))
        .collect();
    let mut header: Vec<String> = EXPORT_COLUMNS.iter().map(|s| (*s).to_owned()).collect();
    header.extend(attrs.iter().map(|s| (*s).to_owned()));
    let mut grid = vec![header];
    for (k, item) in list.items.iter().enumerate() {
        let base = item_row(k + 1, item, &attrs);
        if item.sub_items.is_empty() {
            grid.push(base);
        } else {
            for s in &item.sub_items {
                let mut row = base.clone();
                if let Some(cell) = row.get_mut(4) {
                    cell.clone_from(&s.name);
                }
                grid.push(row);
            }
        }
    }
    grid
}

fn item_row(seq: usize, i: &PowerItem, attrs: &BTreeSet<&str>) -> Vec<String> {
    let bases = |role: BasisRole| format_bases(i.legal_bases.iter().filter(|b| b.role == role));
    let opt = |o: &Option<String>| o.clone().unwrap_or_default();
    let promised = match (i.time_limits.promised, i.handling) {
        (Some(p), _) => p.zh(),
        (None, Handling::Immediate) => "即时办理".to_owned(),
        (None, Handling::Promised) => String::new(),
    };
    let fee_basis = i
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
        .collect::<Vec<_>>();
    let fee_basis = if fee_basis.len() == 1 {
        fee_basis.concat()
    } else {
        numbered(&fee_basis)
    };
    let mut row = vec![
        seq.to_string(),
        i.code.clone(),
        i.local_category
            .clone()
            .unwrap_or_else(|| i.category.zh().to_owned()),
        i.name.clone(),
        String::new(),
        opt(&i.level),
        if i.on_application { "是" } else { "否" }.to_owned(),
        bases(BasisRole::Setting),
        bases(BasisRole::Implementing),
        i.implementing_body.clone(),
        opt(&i.undertaking_unit),
        opt(&i.target),
        format_responsibilities(&i.responsibilities),
        format_stage_bases(&i.responsibilities),
        numbered(&i.accountability),
        numbered(&i.conditions),
        numbered(
            &i.materials
                .iter()
                .map(|m| m.name.clone())
                .collect::<Vec<_>>(),
        ),
        i.time_limits.statutory.map(|p| p.zh()).unwrap_or_default(),
        promised,
        i.handling.zh().to_owned(),
        if i.fee.charged { "是" } else { "否" }.to_owned(),
        opt(&i.fee.standard),
        fee_basis,
        i.channels.consultation.join("；"),
        i.channels.complaint.join("；"),
        opt(&i.note),
    ];
    for a in attrs {
        row.push(i.attributes.get(*a).cloned().unwrap_or_default());
    }
    row
}
