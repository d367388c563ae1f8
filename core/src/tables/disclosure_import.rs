//! The grassroots standard disclosure catalogue (基层政务公开标准目录, REALWORLD.md §4) into
//! [`DisclosureCatalogue`].
//!
//! Columns: 序号 · 公开事项 (一级事项 / 二级事项) · 公开内容(要素) · 公开依据 · 公开时限 ·
//! 公开主体 · 公开渠道和载体 (checkboxes) · 公开对象 · 公开方式 (主动 / 依申请) · 公开层级.
//! The model has typed fields for the category (一级事项), sub-category and title (二级事项),
//! responsible body, disclosure attribute and channels; the other columns are kept in the
//! entry's `attributes` under their published names, and so are channels we have no
//! [`Channel`] for (公开查阅点, 政务服务中心, 便民服务站, 入户/现场, 精准推送, 其他).

use super::checkbox::parse_checkboxes;
use super::error::TableError;
use super::headers::Field;
use super::layout::{find_header, Layout};
use super::power_import::merged_below;
use super::report::{CellIssue, ImportReport};
use super::sheet::{fill_merged_cells, CellRange};
use crate::calendar::Calendar;
use crate::deadline::Catalogue as Periods;
use crate::disclosure::{Attribute, Channel, DisclosureCatalogue, Entry, Taxonomy};
use std::collections::BTreeMap;

/// The channels of the standard catalogue's checkbox list, in its order, and our channels for
/// each (none: kept as text).
pub const DISCLOSURE_CHANNELS: [(&str, &[Channel]); 13] = [
    ("政府网站", &[Channel::Portal]),
    ("政府公报", &[Channel::Gazette]),
    ("两微一端", &[Channel::Wechat, Channel::Weibo]),
    ("发布会/听证会", &[Channel::PressConference]),
    ("广播电视", &[Channel::Radio, Channel::Television]),
    ("纸质媒体", &[Channel::Newspaper]),
    ("公开查阅点", &[]),
    ("政务服务中心", &[]),
    ("便民服务站", &[]),
    ("入户/现场", &[]),
    (
        "社区/企事业单位/村公示栏(电子屏)",
        &[Channel::BulletinBoard],
    ),
    ("精准推送", &[]),
    ("其他", &[]),
];

/// The attribute under which channels without a [`Channel`] are kept.
pub const OTHER_CHANNELS: &str = "公开渠道和载体（其他）";

/// Imports a standard disclosure catalogue. `office` names the publishing office. The report
/// carries the disclosure checks' findings (`DC…`) with `calendar`, `periods` and `taxonomy`.
pub fn import_disclosure_catalogue(
    grid: &[Vec<String>],
    office: &str,
    calendar: &Calendar,
    periods: &Periods,
    taxonomy: &Taxonomy,
) -> Result<(DisclosureCatalogue, ImportReport), TableError> {
    import(grid, office, (calendar, periods, taxonomy), true)
}

/// Imports a catalogue read from a spreadsheet file with the regions merged in the file: they
/// are filled in and blank cells are not inferred to be merged (see
/// [`import_power_list_merged`](super::import_power_list_merged)).
///
/// ```
/// use minzheng::calendar::Calendar;
/// use minzheng::deadline::Catalogue;
/// use minzheng::disclosure::Taxonomy;
/// use minzheng::tables::{import_disclosure_catalogue_merged, parse_csv, CellRange};
/// let grid = parse_csv("序号,一级事项,二级事项,公开主体\n1,最低生活保障,办事指南,县民政局\n2,,审核信息,\n")?;
/// let merges = [CellRange { first_row: 1, first_col: 1, last_row: 2, last_col: 1 }];
/// let (cat, _) = import_disclosure_catalogue_merged(
///     &grid, &merges, "某县民政局", &Calendar::china(), &Catalogue::national(), &Taxonomy::seed001())?;
/// assert_eq!(cat.entries[1].category, "最低生活保障");
/// assert_eq!(cat.entries[1].responsible_unit, "", "not merged in the file: blank");
/// # Ok::<(), minzheng::tables::TableError>(())
/// ```
pub fn import_disclosure_catalogue_merged(
    grid: &[Vec<String>],
    merges: &[CellRange],
    office: &str,
    calendar: &Calendar,
    periods: &Periods,
    taxonomy: &Taxonomy,
) -> Result<(DisclosureCatalogue, ImportReport), TableError> {
    let filled = fill_merged_cells(grid, merges);
    let (catalogue, mut report) = import(&filled, office, (calendar, periods, taxonomy), false)?;
    let header = find_header(grid)?;
    for (shape_col, col) in report.shape.columns.iter_mut().zip(&header.columns) {
        shape_col.merged = merged_below(merges, col.index, header.data_start);
    }
    Ok((catalogue, report))
}

fn import(
    grid: &[Vec<String>],
    office: &str,
    (calendar, periods, taxonomy): (&Calendar, &Periods, &Taxonomy),
    infer_merges: bool,
) -> Result<(DisclosureCatalogue, ImportReport), TableError> {
    let header = find_header(grid)?;
    let has = |f: Field| header.columns.iter().any(|c| c.field == Some(f));
    if !has(Field::DiscCategory) && !has(Field::DiscSubcategory) && !has(Field::DiscContent) {
        return Err(TableError::MissingColumn {
            column: "公开事项"
        });
    }
    let mut report = ImportReport::for_header(Layout::DisclosureCatalogue, &header);
    let mut entries = Vec::new();
    let mut carried: Vec<String> = vec![String::new(); header.columns.len()];
    let mut merged = vec![false; header.columns.len()];
    for (r, row) in grid.iter().enumerate().skip(header.data_start) {
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        report.rows_read += 1;
        let mut e = Entry {
            id: String::new(),
            category: String::new(),
            subcategory: String::new(),
            title: String::new(),
            responsible_unit: String::new(),
            attribute: Attribute::Proactive,
            channels: Vec::new(),
            article20_item: None,
            normative_document: false,
            formed: None,
            published: None,
            interpretation_published: None,
            consultation_record: None,
            sealed: None,
            attributes: BTreeMap::new(),
        };
        for (k, col) in header.columns.iter().enumerate() {
            let mut text = row.get(col.index).map_or("", |s| s.trim()).to_owned();
            // 一级事项 and 公开主体 are merged over their rows.
            if infer_merges && matches!(col.field, Some(Field::DiscCategory | Field::DiscBody)) {
                if let Some(slot) = carried.get_mut(k) {
                    if text.is_empty() {
                        text = slot.clone();
                        if !text.is_empty() {
                            if let Some(m) = merged.get_mut(k) {
                                *m = true;
                            }
                        }
                    } else {
                        slot.clone_from(&text);
                    }
                }
            }
            if text.is_empty() {
                continue;
            }
            let name = col.name.clone();
            match col.field {
                Some(Field::Seq) => e.id = text,
                Some(Field::DiscCategory) => e.category = text,
                Some(Field::DiscSubcategory) => e.subcategory = text,
                Some(Field::DiscBody) => e.responsible_unit = text,
                Some(Field::DiscChannels) => {
                    let cell = parse_checkboxes(&text);
                    let mut other = Vec::new();
                    for label in &cell.checked {
                        let norm = label.replace(['（', '）'], "").replace(['(', ')'], "");
                        match DISCLOSURE_CHANNELS
                            .iter()
                            .find(|(l, _)| l.replace(['(', ')'], "") == norm)
                        {
                            Some((_, chs)) if !chs.is_empty() => {
                                for c in *chs {
                                    if !e.channels.contains(c) {
                                        e.channels.push(*c);
                                    }
                                }
                            }
                            _ => other.push(label.clone()),
                        }
                    }
                    if !other.is_empty() {
                        e.attributes
                            .insert(OTHER_CHANNELS.to_owned(), other.join("、"));
                    }
                    if let Some(stray) = cell.stray {
                        report.not_understood.push(CellIssue {
                            row: r + 1,
                            column: name,
                            text: stray,
                            reason: "勾选框之前的文字".into(),
                            reason_en: "text before the first checkbox".into(),
                        });
                    }
                }
                Some(Field::DiscMode) => {
                    let cell = parse_checkboxes(&text);
                    let proactive = cell.checked.iter().any(|c| c.contains("主动"));
                    let on_request = cell.checked.iter().any(|c| c.contains("依申请"));
                    e.attribute = match (proactive, on_request) {
                        (true, _) => Attribute::Proactive,
                        (false, true) => Attribute::OnRequest,
                        (false, false) => {
                            report.not_understood.push(CellIssue {
                                row: r + 1,
                                column: name.clone(),
                                text: text.clone(),
                                reason: "公开方式应为主动或依申请".into(),
                                reason_en: "expected 主动 or 依申请".into(),
                            });
                            Attribute::Proactive
                        }
                    };
                    if proactive && on_request {
                        e.attributes.insert(name, text);
                    }
                }
                _ => {
                    e.attributes.insert(name, text);
                }
            }
        }
        e.channels.sort_unstable();
        e.title = if e.subcategory.is_empty() {
            e.category.clone()
        } else {
            e.subcategory.clone()
        };
        if e.title.is_empty() {
            report.not_understood.push(CellIssue {
                row: r + 1,
                column: "公开事项".into(),
                text: row.join(" | "),
                reason: "公开事项为空，本行未导入".into(),
                reason_en: "no item: row not imported".into(),
            });
            continue;
        }
        if e.id.is_empty() {
            e.id = (entries.len() + 1).to_string();
        }
        entries.push(e);
    }
    if !has(Field::DiscMode) {
        // The standard catalogue lists what is disclosed proactively; say that we assumed so.
        report.not_understood.push(CellIssue {
            row: 0,
            column: "公开方式".into(),
            text: String::new(),
            reason: "表格没有“公开方式”列，各条目按主动公开导入".into(),
            reason_en: "no 公开方式 column: every entry imported as proactive".into(),
        });
    }
    let catalogue = DisclosureCatalogue {
        office: office.to_owned(),
        entries,
    };
    report.imported = catalogue.entries.len();
    for (c, m) in report.shape.columns.iter_mut().zip(merged) {
        c.merged = m;
    }
    report.disclosure_findings = catalogue.check(calendar, periods, taxonomy);
    Ok((catalogue, report))
}
