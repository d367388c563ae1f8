//! One item back out as a service guide (办事指南, REALWORLD.md §2): element name and value
//! pairs, two pairs a row.

use super::export::Cells;
use super::headers::Field;
use super::layout::Layout;
use super::shape::TableShape;
use super::sheet::Table;
use crate::power::{BasisRole, PowerItem};

/// One item as a service guide (办事指南): the title `事项名称办事指南`, then element name and
/// value pairs, two pairs a row, in the shape's column order (then the attributes no element
/// holds, for a shape with attribute columns); a value over several lines gets a row of its
/// own, merged across the row; the 设定依据 comes last, as the guide's small table of its own
/// (依据名称 · 制定机关 · 发布令号(文号) · 具体规定内容, one basis a row). Blank elements are
/// left out.
/// Sub-items are not written.
/// [`import_service_guide`](super::import_service_guide) reads it back.
///
/// ```
/// use minzheng::tables::{export_service_guide, import_service_guide, NamedLayout};
/// use minzheng::power::PowerItem;
/// let item = PowerItem { code: "000105001000".into(), name: "低保金给付".into(),
///                        implementing_body: "某县民政局".into(), ..PowerItem::default() };
/// let t = export_service_guide(&item, &NamedLayout::ServiceGuide.shape());
/// assert_eq!(t.rows[0][0], "低保金给付办事指南");
/// assert_eq!(t.rows[1], ["事项名称", "低保金给付", "基本编码", "000105001000"]);
/// let (list, _) = import_service_guide(&t.rows, "某县民政局")?;
/// assert_eq!(list.items[0].implementing_body, "某县民政局");
/// # Ok::<(), minzheng::tables::TableError>(())
/// ```
pub fn export_service_guide(item: &PowerItem, shape: &TableShape) -> Table {
    let guide = TableShape {
        layout: Layout::ServiceGuide,
        ..shape.clone()
    };
    let cells = Cells::new(&guide);
    let columns = cells.columns([item]);
    let mut t = Table::default();
    for line in &guide.title_lines {
        let line = if line.ends_with("办事指南") {
            format!("{}办事指南", item.name)
        } else {
            line.clone()
        };
        let r = t.rows.len();
        t.rows
            .push(vec![line, String::new(), String::new(), String::new()]);
        t.merge(r, 0, r, 3);
    }
    let mut pending: Option<(String, String)> = None;
    let flush = |pending: &mut Option<(String, String)>, t: &mut Table| {
        if let Some((k, v)) = pending.take() {
            t.rows.push(vec![k, v, String::new(), String::new()]);
        }
    };
    let table_of_bases = basis_rows(item, &guide);
    let mut basis_name = String::new();
    for (j, c) in columns.iter().enumerate() {
        let name = c.full_name();
        if table_of_bases.is_some() && name == BASIS_BODIES {
            continue;
        }
        if c.field == Some(Field::SettingBasis) && table_of_bases.is_some() {
            basis_name = name;
            continue;
        }
        let value = cells.cell(c, item, 1, 1, j >= guide.columns.len());
        if value.is_empty() {
            continue;
        }
        if value.contains('\n') {
            flush(&mut pending, &mut t);
            let r = t.rows.len();
            t.rows.push(vec![name, value, String::new(), String::new()]);
            t.merge(r, 1, r, 3);
        } else if let Some((k, v)) = pending.take() {
            t.rows.push(vec![k, v, name, value]);
        } else {
            pending = Some((name, value));
        }
    }
    flush(&mut pending, &mut t);
    // Last, as guides publish it: the importer reads the basis table's rows up to the next
    // element name, so an unknown element after it would read as a basis.
    if let Some(rows) = table_of_bases {
        let r = t.rows.len();
        t.rows.push(vec![
            basis_name,
            String::new(),
            String::new(),
            String::new(),
        ]);
        t.merge(r, 0, r, 3);
        t.rows.extend(rows);
    }
    t
}

/// The attribute in which the import keeps the 制定机关 column of the basis table.
const BASIS_BODIES: &str = "设定依据/制定机关";

/// The 设定依据 as the guide's own small table (依据名称 · 制定机关 · 发布令号(文号) ·
/// 具体规定内容), header row included; none when there is no basis or its text was kept raw
/// (then it is a plain element). The 制定机关 go one per basis when the import kept as many,
/// else all in the first row.
fn basis_rows(item: &PowerItem, shape: &TableShape) -> Option<Vec<Vec<String>>> {
    let column = shape
        .columns
        .iter()
        .find(|c| c.field == Some(Field::SettingBasis))?;
    if item
        .attributes
        .contains_key(&format!("{}（原文）", column.full_name()))
    {
        return None;
    }
    let only_setting = shape.has(Field::ImplementingBasis);
    let bases: Vec<_> = item
        .legal_bases
        .iter()
        .filter(|b| !only_setting || b.role == BasisRole::Setting)
        .collect();
    if bases.is_empty() {
        return None;
    }
    let bodies: Vec<String> = item
        .attributes
        .get(BASIS_BODIES)
        .map(|b| b.split('；').map(str::to_owned).collect())
        .unwrap_or_default();
    let mut rows = vec![["依据名称", "制定机关", "发布令号(文号)", "具体规定内容"]
        .iter()
        .map(|s| (*s).to_owned())
        .collect::<Vec<_>>()];
    for (k, b) in bases.iter().enumerate() {
        let body = if bodies.len() == bases.len() {
            bodies.get(k).cloned().unwrap_or_default()
        } else if k == 0 {
            bodies.join("；")
        } else {
            String::new()
        };
        let mut content = format!(
            "{}{}",
            b.citation.article,
            b.clause.as_deref().unwrap_or("")
        );
        if let Some(q) = &b.citation.quote {
            content.push('：');
            content.push_str(q);
        }
        rows.push(vec![
            b.citation.instrument.clone(),
            body,
            b.decree.clone().unwrap_or_default(),
            content,
        ]);
    }
    Some(rows)
}
