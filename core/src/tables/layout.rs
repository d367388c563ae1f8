//! Layouts (which kind of table) and finding the header: title lines above it, two-row headers
//! (`权力事项名称` over `大项 | 子项`), merged header cells.

use super::error::TableError;
use super::headers::{field_of, is_sub_header, normalise_header, Field};
use serde::{Deserialize, Serialize};

/// The kind of table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Layout {
    /// Decide from the header.
    #[default]
    Auto,
    /// A power or responsibility list (REALWORLD.md §1): one item per row.
    PowerList,
    /// A service guide (§2): element names and values side by side, one item.
    ServiceGuide,
    /// A process table (§3): one step per row.
    ProcessTable,
    /// The grassroots standard disclosure catalogue (§4): one entry per row.
    DisclosureCatalogue,
}

/// One column of the header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Column {
    /// 0-based index in the row.
    pub index: usize,
    /// The name as published (`权力事项名称/子项` for a two-row header).
    pub name: String,
    /// The upper cell of a two-row header over this column (`权力事项名称`), if any.
    pub group: Option<String>,
    /// The column's own cell (`子项`; the whole name without a group).
    pub leaf: String,
    /// The field it fills, if known.
    pub field: Option<Field>,
}

/// Where the header is and what its columns are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Header {
    /// Lines above the header.
    pub title_lines: Vec<String>,
    /// The columns (blank-named empty columns are left out).
    pub columns: Vec<Column>,
    /// The 0-based index of the first data row.
    pub data_start: usize,
}

/// Finds the header: the first of the first ten rows with at least two known column names.
pub(crate) fn find_header(grid: &[Vec<String>]) -> Result<Header, TableError> {
    if grid.iter().all(|r| r.iter().all(|c| c.trim().is_empty())) {
        return Err(TableError::Empty);
    }
    let known = |row: &Vec<String>| row.iter().filter(|c| field_of(c).is_some()).count();
    let Some(h) = grid.iter().take(10).position(|r| known(r) >= 2) else {
        let first_row = grid
            .iter()
            .find(|r| r.iter().any(|c| !c.trim().is_empty()))
            .map(|r| r.join(" | "))
            .unwrap_or_default();
        return Err(TableError::NoHeader { first_row });
    };
    let title_lines = grid
        .iter()
        .take(h)
        .map(|r| {
            r.iter()
                .map(|c| c.trim())
                .filter(|c| !c.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .filter(|l| !l.is_empty())
        .collect();
    let top = grid.get(h).cloned().unwrap_or_default();
    let sub = grid
        .get(h + 1)
        .filter(|r| r.iter().any(|c| is_sub_header(c)));
    let width = top.len().max(sub.map_or(0, Vec::len));
    let mut columns = Vec::with_capacity(width);
    let mut parent = String::new();
    for index in 0..width {
        let head = top.get(index).map_or("", |s| s.trim());
        let below = sub.and_then(|r| r.get(index)).map_or("", |s| s.trim());
        // A merged header cell is blank to the right of its first cell.
        if !head.is_empty() {
            parent = head.to_owned();
        }
        let (name, group, field) = if below.is_empty() {
            (head.to_owned(), None, field_of(head))
        } else {
            let p = if head.is_empty() {
                parent.as_str()
            } else {
                head
            };
            (
                format!("{p}/{below}"),
                Some(p.to_owned()),
                sub_field(p, below),
            )
        };
        if name.is_empty() {
            let column_blank = grid
                .iter()
                .skip(h + 1)
                .all(|r| r.get(index).is_none_or(|c| c.trim().is_empty()));
            if column_blank {
                continue;
            }
            let name = format!("第{}列", index + 1);
            columns.push(Column {
                index,
                leaf: name.clone(),
                name,
                group: None,
                field: None,
            });
            continue;
        }
        let leaf = if group.is_some() {
            below.to_owned()
        } else {
            name.clone()
        };
        columns.push(Column {
            index,
            name,
            group,
            leaf,
            field,
        });
    }
    Ok(Header {
        title_lines,
        columns,
        data_start: h + 1 + usize::from(sub.is_some()),
    })
}

fn sub_field(parent: &str, below: &str) -> Option<Field> {
    let b = normalise_header(below);
    match b.as_str() {
        "大项" | "主项" | "项目" => Some(Field::Name),
        "子项" | "子项名称" => Some(Field::SubName),
        "一级事项" => Some(Field::DiscCategory),
        "二级事项" => Some(Field::DiscSubcategory),
        _ => field_of(below).or_else(|| field_of(parent)),
    }
}

/// The layout a header describes.
pub(crate) fn detect(header: &Header) -> Layout {
    let has = |f: Field| header.columns.iter().any(|c| c.field == Some(f));
    if has(Field::StepName) && (has(Field::StepContent) || has(Field::StepTime)) {
        Layout::ProcessTable
    } else if has(Field::DiscContent) || has(Field::DiscChannels) || has(Field::DiscCategory) {
        Layout::DisclosureCatalogue
    } else {
        Layout::PowerList
    }
}
