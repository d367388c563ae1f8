//! A table with its merged cells, as an export writes it: CSV takes the grid (a merged region's
//! other cells blank, as spreadsheets save CSV), `.xlsx` and HTML take the merges as well.

use super::csv::Grid;
use super::shape::ShapeColumn;
use serde::{Deserialize, Serialize};

/// A rectangle of cells, 0-based and inclusive: a merged region.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CellRange {
    /// The first row.
    pub first_row: usize,
    /// The first column.
    pub first_col: usize,
    /// The last row (inclusive).
    pub last_row: usize,
    /// The last column (inclusive).
    pub last_col: usize,
}

impl CellRange {
    /// Whether the range holds the cell.
    pub fn contains(&self, row: usize, col: usize) -> bool {
        (self.first_row..=self.last_row).contains(&row)
            && (self.first_col..=self.last_col).contains(&col)
    }
}

/// An exported table: the cells, and the regions merged in the published table (title lines
/// across the width, two-row header cells, an item's cells over its sub-item rows, repeated
/// grouping cells). The value of a merged region is in its first cell; the others are blank.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Table {
    /// The rows of cells.
    pub rows: Grid,
    /// The merged regions (none covers a single cell).
    pub merges: Vec<CellRange>,
}

impl Table {
    /// A table holding the title lines (each merged across the width) and the header of the
    /// columns: one row, or two when a column has a group (the group merged across its
    /// columns, the other names down both rows).
    pub(crate) fn with_header(titles: &[String], columns: &[ShapeColumn]) -> Table {
        let width = columns.len().max(1);
        let mut t = Table::default();
        for line in titles {
            let mut row = vec![String::new(); width];
            if let Some(first) = row.first_mut() {
                first.clone_from(line);
            }
            let r = t.rows.len();
            t.rows.push(row);
            t.merge(r, 0, r, width - 1);
        }
        let top = t.rows.len();
        if columns.iter().any(|c| c.group.is_some()) {
            let mut upper = Vec::with_capacity(width);
            let mut lower = Vec::with_capacity(width);
            let mut k = 0;
            while let Some(c) = columns.get(k) {
                match &c.group {
                    Some(g) => {
                        let run = columns
                            .iter()
                            .skip(k)
                            .take_while(|d| d.group.as_ref() == Some(g))
                            .count();
                        for (j, d) in columns.iter().skip(k).take(run).enumerate() {
                            upper.push(if j == 0 { g.clone() } else { String::new() });
                            lower.push(d.name.clone());
                        }
                        t.merge(top, k, top, k + run - 1);
                        k += run;
                    }
                    None => {
                        upper.push(c.name.clone());
                        lower.push(String::new());
                        t.merge(top, k, top + 1, k);
                        k += 1;
                    }
                }
            }
            t.rows.push(upper);
            t.rows.push(lower);
        } else {
            t.rows
                .push(columns.iter().map(|c| c.name.clone()).collect());
        }
        t
    }

    /// Records a merged region unless it is a single cell.
    pub(crate) fn merge(
        &mut self,
        first_row: usize,
        first_col: usize,
        last_row: usize,
        last_col: usize,
    ) {
        if last_row > first_row || last_col > first_col {
            self.merges.push(CellRange {
                first_row,
                first_col,
                last_row,
                last_col,
            });
        }
    }
}

/// Fills merged regions read from a spreadsheet file into a grid for the importers: below the
/// header, each region's value is copied down its first column (an item's cells over its
/// sub-item rows, a grouping cell over its group), so that the importer does not have to infer
/// them from blanks. Title lines, header cells and regions across columns in one row (a guide's
/// long value) stay as they are: the importer reads those as published.
///
/// ```
/// use minzheng::tables::{fill_merged_cells, CellRange};
/// let grid = vec![
///     vec!["实施主体".to_owned(), "事项名称".to_owned()],
///     vec!["市民政局".to_owned(), "甲".to_owned()],
///     vec![String::new(), "乙".to_owned()],
/// ];
/// let merges = [CellRange { first_row: 1, first_col: 0, last_row: 2, last_col: 0 }];
/// assert_eq!(fill_merged_cells(&grid, &merges)[2][0], "市民政局");
/// ```
pub fn fill_merged_cells(grid: &[Vec<String>], merges: &[CellRange]) -> Grid {
    let mut out = grid.to_vec();
    let data_start = super::layout::find_header(grid).map_or(usize::MAX, |h| h.data_start);
    for m in merges {
        if m.first_row < data_start || m.last_row == m.first_row {
            continue;
        }
        let value = out
            .get(m.first_row)
            .and_then(|r| r.get(m.first_col))
            .cloned()
            .unwrap_or_default();
        for r in m.first_row + 1..=m.last_row {
            if let Some(row) = out.get_mut(r) {
                if row.len() <= m.first_col {
                    row.resize(m.first_col + 1, String::new());
                }
                if let Some(cell) = row.get_mut(m.first_col) {
                    cell.clone_from(&value);
                }
            }
        }
    }
    out
}
