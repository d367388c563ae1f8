//! One item back out as a service guide (办事指南, REALWORLD.md §2): element name and value
//! pairs, two pairs a row.

use super::export::Cells;
use super::layout::Layout;
use super::shape::TableShape;
use super::sheet::Table;
use crate::power::PowerItem;

/// One item as a service guide (办事指南): the title `事项名称办事指南`, then element name and
/// value pairs, two pairs a row, in the shape's column order (then the attributes no element
/// holds, for a shape with attribute columns); a value over several lines gets a row of its
/// own, merged across the row. Blank elements are left out. Sub-items are not written.
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
    for (j, c) in columns.iter().enumerate() {
        let value = cells.cell(c, item, 1, 1, j >= guide.columns.len());
        if value.is_empty() {
            continue;
        }
        let name = c.full_name();
        if value.contains('\n') {
            if let Some((k, v)) = pending.take() {
                t.rows.push(vec![k, v, String::new(), String::new()]);
            }
            let r = t.rows.len();
            t.rows.push(vec![name, value, String::new(), String::new()]);
            t.merge(r, 1, r, 3);
        } else if let Some((k, v)) = pending.take() {
            t.rows.push(vec![k, v, name, value]);
        } else {
            pending = Some((name, value));
        }
    }
    if let Some((k, v)) = pending {
        t.rows.push(vec![k, v, String::new(), String::new()]);
    }
    t
}
