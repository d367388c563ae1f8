//! The disclosure catalogue back out as a table: the canonical layout, the grassroots standard
//! catalogue's layout (two-row header 公开事项 一级事项 / 二级事项, ■/□ channel cells, merged
//! 一级事项 and 公开主体), or the shape an import recorded.

use super::checkbox::format_checkboxes;
use super::csv::Grid;
use super::disclosure_import::{DISCLOSURE_CHANNELS, OTHER_CHANNELS};
use super::error::TableError;
use super::headers::{field_of, Field};
use super::layout::Layout;
use super::shape::{NamedLayout, ShapeColumn, TableShape};
use super::sheet::Table;
use crate::disclosure::{Attribute, DisclosureCatalogue, Entry};
use std::collections::BTreeSet;

/// The attribute under which a 公开方式 cell ticking both boxes is kept.
const MODE: &str = "公开方式";

/// The catalogue as a grid in the canonical layout (序号 · 一级事项 · 二级事项 · 公开主体 ·
/// 公开渠道和载体 as checkboxes · 公开方式 as checkboxes, then one column per attribute name).
/// [`import_disclosure_catalogue`](super::import_disclosure_catalogue) reads it back to the same
/// catalogue (tested for catalogues that came from an import).
///
/// ```
/// use minzheng::disclosure::DisclosureCatalogue;
/// use minzheng::tables::export_disclosure_catalogue;
/// let grid = export_disclosure_catalogue(&DisclosureCatalogue { office: "某县民政局".into(), entries: vec![] });
/// assert_eq!(grid[0][..3], ["序号", "一级事项", "二级事项"]);
/// ```
pub fn export_disclosure_catalogue(catalogue: &DisclosureCatalogue) -> Grid {
    catalogue_rows(catalogue, &NamedLayout::DisclosureCanonical.shape()).rows
}

/// The catalogue as a table of the given shape: [`NamedLayout::DisclosureCatalogue`] (the
/// standard catalogue as counties publish it), [`NamedLayout::DisclosureCanonical`], or the
/// shape an import recorded. A shape of another kind is [`TableError::WrongLayout`].
///
/// Columns without a typed field (公开内容（要素）, 公开依据, 公开时限, 公开对象, 公开层级, unknown
/// ones) are filled from the entry's attribute of the same name, or else of a name with the same
/// field (`公开内容` for `公开内容（要素）`).
///
/// ```
/// use minzheng::disclosure::DisclosureCatalogue;
/// use minzheng::tables::{export_disclosure_table, NamedLayout};
/// let t = export_disclosure_table(
///     &DisclosureCatalogue { office: "某县民政局".into(), entries: vec![] },
///     &NamedLayout::DisclosureCatalogue.shape(),
/// )?;
/// assert_eq!(t.rows[0][1], "公开事项");
/// assert_eq!(t.rows[1][1..3], ["一级事项", "二级事项"]);
/// # Ok::<(), minzheng::tables::TableError>(())
/// ```
pub fn export_disclosure_table(
    catalogue: &DisclosureCatalogue,
    shape: &TableShape,
) -> Result<Table, TableError> {
    if !matches!(shape.layout, Layout::DisclosureCatalogue | Layout::Auto) {
        return Err(TableError::WrongLayout {
            layout: "power list",
        });
    }
    Ok(catalogue_rows(catalogue, shape))
}

/// The fields stored as attributes that a column may find under another name.
fn by_field(e: &Entry, field: Field) -> Option<&String> {
    e.attributes
        .iter()
        .find(|(k, _)| field_of(k) == Some(field))
        .map(|(_, v)| v)
}

fn catalogue_rows(catalogue: &DisclosureCatalogue, shape: &TableShape) -> Table {
    let mut consumed: BTreeSet<String> = [OTHER_CHANNELS.to_owned(), MODE.to_owned()].into();
    let mut typed_attrs = BTreeSet::new();
    for c in &shape.columns {
        consumed.insert(c.full_name());
        if let Some(
            f @ (Field::DiscContent
            | Field::DiscBasis
            | Field::DiscTimeLimit
            | Field::DiscAudience
            | Field::DiscLevel),
        ) = c.field
        {
            typed_attrs.insert(f);
        }
    }
    let mut columns = shape.columns.clone();
    if shape.attribute_columns {
        let extra: BTreeSet<&str> = catalogue
            .entries
            .iter()
            .flat_map(|e| e.attributes.keys().map(String::as_str))
            .filter(|k| !consumed.contains(*k))
            .filter(|k| field_of(k).is_none_or(|f| !typed_attrs.contains(&f)))
            .collect();
        columns.extend(extra.into_iter().map(ShapeColumn::new));
    }
    let mut t = Table::with_header(&shape.title_lines, &columns);
    let options: Vec<&str> = DISCLOSURE_CHANNELS.iter().map(|(l, _)| *l).collect();
    let start = t.rows.len();
    for e in &catalogue.entries {
        let row = columns
            .iter()
            .map(|c| {
                let full = c.full_name();
                match c.field {
                    Some(Field::Seq) => e.id.clone(),
                    Some(Field::DiscCategory) => e.category.clone(),
                    Some(Field::DiscSubcategory) => e.subcategory.clone(),
                    Some(Field::DiscBody) => e.responsible_unit.clone(),
                    Some(Field::DiscChannels) => {
                        let mut checked: Vec<String> = DISCLOSURE_CHANNELS
                            .iter()
                            .filter(|(_, chs)| {
                                !chs.is_empty() && chs.iter().all(|c| e.channels.contains(c))
                            })
                            .map(|(l, _)| (*l).to_owned())
                            .collect();
                        if let Some(o) = e.attributes.get(OTHER_CHANNELS) {
                            checked.extend(o.split('、').map(str::to_owned));
                        }
                        format_checkboxes(&options, &checked)
                    }
                    Some(Field::DiscMode) => {
                        match e.attributes.get(&full).or(e.attributes.get(MODE)) {
                            Some(raw) => raw.clone(),
                            None => mode(&e.attribute),
                        }
                    }
                    Some(f) => e
                        .attributes
                        .get(&full)
                        .or_else(|| by_field(e, f).filter(|_| typed_attrs.contains(&f)))
                        .cloned()
                        .unwrap_or_default(),
                    None => e.attributes.get(&full).cloned().unwrap_or_default(),
                }
            })
            .collect();
        t.rows.push(row);
    }
    {
        for (c, col) in columns.iter().enumerate() {
            if !col.merged || !matches!(col.field, Some(Field::DiscCategory | Field::DiscBody)) {
                continue;
            }
            let mut r = start;
            while r < t.rows.len() {
                let value = t
                    .rows
                    .get(r)
                    .and_then(|row| row.get(c))
                    .cloned()
                    .unwrap_or_default();
                let mut j = r + 1;
                // A row whose only item cell is the category keeps it: blank, it would read
                // as an empty row.
                let has_item = |j: usize| {
                    catalogue
                        .entries
                        .get(j - start)
                        .is_some_and(|e| !e.subcategory.is_empty())
                        || col.field != Some(Field::DiscCategory)
                };
                while !value.is_empty()
                    && t.rows.get(j).and_then(|row| row.get(c)) == Some(&value)
                    && has_item(j)
                {
                    if let Some(cell) = t.rows.get_mut(j).and_then(|row| row.get_mut(c)) {
                        cell.clear();
                    }
                    j += 1;
                }
                t.merge(r, c, j - 1, c);
                r = j;
            }
        }
    }
    t
}

fn mode(a: &Attribute) -> String {
    let checked: Vec<String> = match a {
        Attribute::Proactive => vec!["主动".to_owned()],
        Attribute::OnRequest => vec!["依申请".to_owned()],
        Attribute::NotDisclosed { .. } => Vec::new(),
    };
    format_checkboxes(&["主动", "依申请"], &checked)
}
