//! One item's process back out as a process table (权力运行流程, REALWORLD.md §3): one step
//! per row.

use super::branch::Branch;
use super::headers::Field;
use super::shape::TableShape;
use super::sheet::Table;
use super::time_limit::format_time;
use crate::power::PowerItem;

/// One item's process as a process table (权力运行流程): the item's name as the title line
/// (the importer takes the item's name from it), the header, then one row per step in order.
/// The start and end steps an import adds (ids `start` and `end`, nothing but a name) are not
/// written; a step's unit, post and contact share the 责任单位及责任人 cell, separated by
/// spaces. [`import_process_table`](super::import_process_table) reads it back.
///
/// ```
/// use minzheng::tables::{export_process_table, import_process_table, parse_csv, NamedLayout};
/// let csv = "程序,责任单位及责任人,工作内容,办结时限\n受理,窗口 受理岗,接收材料,即时办理\n";
/// let (item, _) = import_process_table(&parse_csv(csv)?, "婚姻登记")?;
/// let t = export_process_table(&item, &NamedLayout::ProcessTable.shape());
/// assert_eq!(t.rows[0][0], "婚姻登记");
/// assert_eq!(t.rows[2], ["受理", "窗口 受理岗", "接收材料", "即时办理"]);
/// # Ok::<(), minzheng::tables::TableError>(())
/// ```
pub fn export_process_table(item: &PowerItem, shape: &TableShape) -> Table {
    let mut t = Table::with_header(std::slice::from_ref(&item.name), &shape.columns);
    let steps = item.process.steps.iter().filter(|s| {
        let added = (s.id == "start" || s.id == "end")
            && s.unit.is_none()
            && s.post.is_none()
            && s.description.is_none()
            && s.time_limit.is_none();
        // A branch the import read from its step's 工作内容 (`s4-refused`): that text goes back
        // out with its step and brings the branch back; a row of its own would be a second one.
        let derived = Branch::derived_parent(&s.id)
            .is_some_and(|parent| item.process.steps.iter().any(|o| o.id == parent));
        !added && !derived
    });
    for (k, step) in steps.enumerate() {
        let row = shape
            .columns
            .iter()
            .map(|c| {
                let kept = item
                    .attributes
                    .get(&format!("{}（第{}步）", c.full_name(), k + 1));
                (c.field, kept)
            })
            .map(|(field, kept)| match field {
                _ if kept.is_some() => kept.cloned().unwrap_or_default(),
                Some(Field::StepName) => step.name.clone(),
                Some(Field::StepUnit) => [&step.unit, &step.post, &step.contact]
                    .into_iter()
                    .flatten()
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(" "),
                Some(Field::StepContent) => step.description.clone().unwrap_or_default(),
                Some(Field::StepTime | Field::TimeLimit) => step
                    .time_limit
                    .as_ref()
                    .map(format_time)
                    .unwrap_or_default(),
                Some(Field::Name) => item.name.clone(),
                Some(Field::Seq) => (k + 1).to_string(),
                _ => String::new(),
            })
            .collect();
        t.rows.push(row);
    }
    t
}
