//! The shape of a table: which layout, its title lines, its columns in published order with
//! their header rows. An import records the shape it read ([`ImportReport::shape`]); an export
//! takes a shape, either one of the [`NamedLayout`]s or the one an import recorded, so a
//! bureau's list goes back out in the bureau's own layout.
//!
//! [`ImportReport::shape`]: super::ImportReport::shape

use super::error::TableError;
use super::headers::{field_of, normalise_header, Field};
use super::layout::{Header, Layout};
use serde::{Deserialize, Serialize};

/// One column of a table, as published.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShapeColumn {
    /// The upper cell of a two-row header over several columns (`权力事项名称` over
    /// `大项 | 子项`, `公开事项` over `一级事项 | 二级事项`); none for a column whose name spans
    /// both header rows, or in a one-row header.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// The column's own header cell, as published (`子项`, `设定（实施）依据`).
    pub name: String,
    /// The field it fills; none for a column not in [`SYNONYMS`](super::SYNONYMS), whose cells
    /// are kept in `attributes` under [`full_name`](ShapeColumn::full_name).
    pub field: Option<Field>,
    /// Published with repeats merged: a cell equal to the one above is blank (merged in .xlsx).
    /// Only columns the importer fills down from above honour it (权力类型, 实施主体, 承办机构,
    /// 实施层级, 市级主管部门, 行业分类; 一级事项 and 公开主体 in the disclosure catalogue), so the
    /// blank reads back as the value above.
    #[serde(default)]
    pub merged: bool,
}

impl ShapeColumn {
    /// A column of a one-row header; its field is looked up in the synonym table.
    ///
    /// ```
    /// use minzheng::tables::{Field, ShapeColumn};
    /// assert_eq!(ShapeColumn::new("实施机构（科室）").field, Some(Field::Unit));
    /// ```
    pub fn new(name: &str) -> ShapeColumn {
        ShapeColumn {
            group: None,
            name: name.to_owned(),
            field: field_of(name),
            merged: false,
        }
    }

    /// A column under a group cell of a two-row header, with its field.
    ///
    /// ```
    /// use minzheng::tables::{Field, ShapeColumn};
    /// let c = ShapeColumn::grouped("权力事项名称", "子项", Field::SubName);
    /// assert_eq!(c.full_name(), "权力事项名称/子项");
    /// ```
    pub fn grouped(group: &str, name: &str, field: Field) -> ShapeColumn {
        ShapeColumn {
            group: Some(group.to_owned()),
            name: name.to_owned(),
            field: Some(field),
            merged: false,
        }
    }

    /// The name the importer gives the column: `group/name` under a group, else the name. It is
    /// the key of the column's cells in `attributes` for unknown columns, and of the text kept
    /// as `「name」（原文）` when a cell was not understood.
    pub fn full_name(&self) -> String {
        match &self.group {
            Some(g) => format!("{g}/{}", self.name),
            None => self.name.clone(),
        }
    }
}

/// The shape of a table as published: what an import read, and what an export writes.
///
/// An export writes the title lines, then the header (two rows when any column has a
/// [`group`](ShapeColumn::group), the group cell merged over its columns and the other names
/// merged over both rows), then one row per item (per sub-item when the shape has a 子项
/// column), filling each column from the field it names.
///
/// ```
/// use minzheng::tables::{import_power_list, parse_csv, Layout, NamedLayout};
/// let csv = "\"总共2项事项,其中行政许可2项\",,,,\n\
///            行政决定部门,行政职权类别,项目名称,设定依据,行政相对人\n\
///            市民政局,行政许可1,社会团体成立登记,《社会团体登记管理条例》第九条,法人\n\
///            ,行政许可2,基金会设立登记,《基金会管理条例》第九条,法人\n";
/// let (_list, report) = import_power_list(&parse_csv(csv)?, "市民政局")?;
/// let shape = &report.shape;
/// assert_eq!(shape.layout, Layout::PowerList);
/// assert_eq!(shape.column_set, Some(NamedLayout::PowerSet5));
/// assert!(shape.numbered_categories && shape.columns[0].merged);
/// assert_eq!(shape.columns[1].name, "行政职权类别");
/// # Ok::<(), minzheng::tables::TableError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct TableShape {
    /// The kind of table.
    pub layout: Layout,
    /// The named layout whose columns this shape has (in its order; unknown or
    /// attribute-only columns may be added), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column_set: Option<NamedLayout>,
    /// Lines above the header. On export a count line (`总共40项事项,其中行政许可17项,行政处罚23项`,
    /// any line starting with `总共` and holding `项事项`) is computed from the list, a service
    /// guide's line ending in `办事指南` becomes the item's name followed by `办事指南`, and a
    /// process table's title is the item's name; other lines are written as they are.
    #[serde(default)]
    pub title_lines: Vec<String>,
    /// The columns in published order.
    pub columns: Vec<ShapeColumn>,
    /// The category column numbers items within their category (`行政许可1`, `行政许可2`,
    /// `行政处罚1`).
    #[serde(default)]
    pub numbered_categories: bool,
    /// Published style: on an item's sub-item rows the item's own cells are blank (merged over
    /// the rows in .xlsx). Otherwise every sub-item row repeats the item's cells.
    #[serde(default)]
    pub merged_sub_items: bool,
    /// Sub-item cells are numbered (`1.成立登记`, `2.变更登记`).
    #[serde(default)]
    pub numbered_sub_items: bool,
    /// After the columns, one more column for each attribute name of the model that no column
    /// holds (the canonical layout keeps everything this way). Otherwise such attributes are
    /// not written.
    #[serde(default)]
    pub attribute_columns: bool,
}

impl TableShape {
    /// The shape of a header the importer found.
    pub(crate) fn from_header(layout: Layout, header: &Header) -> TableShape {
        let mut shape = TableShape {
            layout,
            column_set: None,
            title_lines: header.title_lines.clone(),
            columns: header
                .columns
                .iter()
                .map(|c| ShapeColumn {
                    group: c.group.clone(),
                    name: c.leaf.clone(),
                    field: c.field,
                    merged: false,
                })
                .collect(),
            numbered_categories: false,
            merged_sub_items: false,
            numbered_sub_items: false,
            attribute_columns: false,
        };
        shape.column_set = shape.matching_set();
        shape
    }

    /// Whether a column fills this field.
    pub fn has(&self, field: Field) -> bool {
        self.columns.iter().any(|c| c.field == Some(field))
    }

    /// Whether any column sits under a group cell (the header has two rows).
    pub fn two_row_header(&self) -> bool {
        self.columns.iter().any(|c| c.group.is_some())
    }

    /// The first named layout of this shape's kind whose columns this shape has, in order,
    /// with nothing added but unknown or attribute-only columns.
    pub(crate) fn matching_set(&self) -> Option<NamedLayout> {
        NamedLayout::ALL.into_iter().find(|named| {
            let reference = named.shape();
            if reference.layout != self.layout {
                return false;
            }
            let mut wanted = reference
                .columns
                .iter()
                .map(|c| normalise_header(&c.full_name()))
                .peekable();
            for c in &self.columns {
                if wanted.peek() == Some(&normalise_header(&c.full_name())) {
                    wanted.next();
                } else if !matches!(c.field, None | Some(Field::Attribute)) {
                    return false;
                }
            }
            wanted.peek().is_none()
        })
    }
}

/// The layouts we export by name: the five power-list column sets of REALWORLD.md §1, the
/// canonical power-list layout, the service guide (§2), the process table (§3) and the
/// grassroots standard disclosure catalogue (§4), plus the canonical catalogue layout.
///
/// What each carries of a [`PowerItem`](crate::power::PowerItem) is what its columns name;
/// everything else is dropped, and importing the export gives a list that exports to the same
/// table again (property-tested). In detail:
/// - Every power-list layout writes one row per item; only layouts with a 子项 column
///   ([`Canonical`](Self::Canonical), [`PowerSet1`](Self::PowerSet1),
///   [`PowerSet4`](Self::PowerSet4)) keep sub-items. Layouts without a code column renumber
///   the items (序号, or `行政许可1` in set 5), so codes are not kept.
/// - A layout with one basis column (sets 1, 2, 3, 4, 5) writes every basis there, and the
///   import gives them that column's role (setting; implementing for set 4's 实施依据).
/// - Text kept from a cell not understood (`「列名」（原文）`) goes back into its column; the
///   追责情形 preamble goes back before the numbered cases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum NamedLayout {
    /// Our own 26 columns ([`EXPORT_COLUMNS`](super::EXPORT_COLUMNS)), then one column per
    /// attribute name; one row per sub-item, every row complete. Keeps everything an import
    /// gives. Name `canonical`.
    Canonical,
    /// Set 1 (`set1`): 序号 · 权力类型 · 权力事项名称 (大项 / 子项) · 实施层级 · 权限划分 ·
    /// 设定（实施）依据 · 是否属依申请事项 · 责任事项 · 追责情形 · 实施机构（科室）. Drops time limits,
    /// fees, materials, conditions, target, implementing body, channels, note, codes, the stages'
    /// own bases (责任事项依据).
    PowerSet1,
    /// Set 2 (`set2`): 序号 · 市级主管部门 · 事项名称 · 实施机关 · 设定和实施依据 · 责任事项 ·
    /// 追责情形 · 备注. Drops category, sub-items, unit, level, limits, fees, materials,
    /// conditions, target, channels, codes, the stages' own bases.
    PowerSet2,
    /// Set 3 (`set3`): 序号 · 权力类型 · 项目名称 · 设定依据 · 实施主体 · 责任事项 · 责任事项依据 ·
    /// 承办机构 · 追责对象范围 · 备注. Drops sub-items, accountability, level, limits, fees,
    /// materials, conditions, target, channels, codes.
    PowerSet3,
    /// Set 4 (`set4`): 序号 · 职权编码 · 职权名称 (项目 / 子项) · 实施依据 · 实施对象 · 承办机构 ·
    /// 公开范围 · 办理数量 · 收费（征收）依据和标准 · 责任主体 · 责任事项 · 追责情形. Drops category,
    /// level, limits, materials, conditions, channels, note, the stages' own bases; the fee is one
    /// cell.
    PowerSet4,
    /// Set 5 (`set5`): the count line, then 行政决定部门 · 行政职权类别 (`行政许可1`, numbered
    /// within the category) · 项目名称 · 设定依据 · 行政相对人. Keeps body, category, name,
    /// bases and target only.
    PowerSet5,
    /// A service guide (`guide`): `事项名称办事指南`, then element name / value pairs, two pairs
    /// a row, one item, the 设定依据 last as its own small table (依据名称 · 制定机关 ·
    /// 发布令号(文号) · 具体规定内容). Keeps what the canonical layout keeps except sub-items;
    /// 职权类型 as checkboxes (■行政给付 □行政许可 …).
    ServiceGuide,
    /// A process table (`process`): the item's name, then 程序 · 责任单位及责任人 · 工作内容 ·
    /// 办结时限, one step per row. Keeps the steps' names, units, posts, contacts,
    /// descriptions and times in order; the start and end steps an import adds, step ids,
    /// kinds and branching transitions are not written (the import rebuilds them), nor a branch
    /// the import read from its step's 工作内容 (the text brings it back).
    ProcessTable,
    /// The grassroots standard disclosure catalogue (`catalogue`): 序号 · 公开事项 (一级事项 /
    /// 二级事项) · 公开内容（要素） · 公开依据 · 公开时限 · 公开主体 · 公开渠道和载体 (■/□) ·
    /// 公开对象 · 公开方式 (■主动 □依申请) · 公开层级, with merged 一级事项 and 公开主体. Attributes
    /// under other names are dropped.
    DisclosureCatalogue,
    /// The canonical catalogue layout (`catalogue-canonical`): 序号 · 一级事项 · 二级事项 · 公开主体 ·
    /// 公开渠道和载体 · 公开方式, then one column per attribute name. Keeps everything an
    /// import gives.
    DisclosureCanonical,
}

/// The count title line of set 5, computed on export.
pub const COUNT_TITLE: &str = "总共N项事项,其中各类别N项";

impl NamedLayout {
    /// Every named layout.
    pub const ALL: [NamedLayout; 10] = [
        NamedLayout::Canonical,
        NamedLayout::PowerSet1,
        NamedLayout::PowerSet2,
        NamedLayout::PowerSet3,
        NamedLayout::PowerSet4,
        NamedLayout::PowerSet5,
        NamedLayout::ServiceGuide,
        NamedLayout::ProcessTable,
        NamedLayout::DisclosureCatalogue,
        NamedLayout::DisclosureCanonical,
    ];

    /// The layout's name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            NamedLayout::Canonical => "canonical",
            NamedLayout::PowerSet1 => "set1",
            NamedLayout::PowerSet2 => "set2",
            NamedLayout::PowerSet3 => "set3",
            NamedLayout::PowerSet4 => "set4",
            NamedLayout::PowerSet5 => "set5",
            NamedLayout::ServiceGuide => "guide",
            NamedLayout::ProcessTable => "process",
            NamedLayout::DisclosureCatalogue => "catalogue",
            NamedLayout::DisclosureCanonical => "catalogue-canonical",
        }
    }

    /// The layout of a name ([`name`](Self::name)); an unknown name is
    /// [`TableError::UnknownLayout`].
    ///
    /// ```
    /// use minzheng::tables::NamedLayout;
    /// assert_eq!(NamedLayout::from_name("set4")?, NamedLayout::PowerSet4);
    /// assert!(NamedLayout::from_name("set9").is_err());
    /// # Ok::<(), minzheng::tables::TableError>(())
    /// ```
    pub fn from_name(name: &str) -> Result<NamedLayout, TableError> {
        NamedLayout::ALL
            .into_iter()
            .find(|l| l.name() == name.trim())
            .ok_or_else(|| TableError::UnknownLayout {
                name: name.to_owned(),
            })
    }

    /// The layout's shape.
    ///
    /// ```
    /// use minzheng::tables::NamedLayout;
    /// let s = NamedLayout::PowerSet1.shape();
    /// assert!(s.two_row_header() && s.merged_sub_items);
    /// assert_eq!(s.columns[3].full_name(), "权力事项名称/子项");
    /// ```
    pub fn shape(self) -> TableShape {
        let plain = |names: &[&str]| names.iter().map(|n| ShapeColumn::new(n)).collect();
        let published = |layout: Layout, columns: Vec<ShapeColumn>| TableShape {
            layout,
            column_set: Some(self),
            title_lines: Vec::new(),
            columns,
            numbered_categories: false,
            merged_sub_items: true,
            numbered_sub_items: false,
            attribute_columns: false,
        };
        // The grouping columns published merged over their repeats.
        let merged = |mut columns: Vec<ShapeColumn>, names: &[&str]| {
            for c in &mut columns {
                c.merged = names.contains(&c.full_name().as_str());
            }
            columns
        };
        match self {
            NamedLayout::Canonical => TableShape {
                attribute_columns: true,
                merged_sub_items: false,
                ..published(Layout::PowerList, plain(&super::export::EXPORT_COLUMNS))
            },
            NamedLayout::PowerSet1 => {
                let mut c: Vec<ShapeColumn> = plain(&["序号", "权力类型"]);
                c.push(ShapeColumn::grouped("权力事项名称", "大项", Field::Name));
                c.push(ShapeColumn::grouped("权力事项名称", "子项", Field::SubName));
                c.extend(plain(&[
                    "实施层级",
                    "权限划分",
                    "设定（实施）依据",
                    "是否属依申请事项",
                    "责任事项",
                    "追责情形",
                    "实施机构（科室）",
                ]));
                TableShape {
                    numbered_sub_items: true,
                    ..published(Layout::PowerList, c)
                }
            }
            NamedLayout::PowerSet2 => published(
                Layout::PowerList,
                merged(
                    plain(&[
                        "序号",
                        "市级主管部门",
                        "事项名称",
                        "实施机关",
                        "设定和实施依据",
                        "责任事项",
                        "追责情形",
                        "备注",
                    ]),
                    &["市级主管部门"],
                ),
            ),
            NamedLayout::PowerSet3 => published(
                Layout::PowerList,
                plain(&[
                    "序号",
                    "权力类型",
                    "项目名称",
                    "设定依据",
                    "实施主体",
                    "责任事项",
                    "责任事项依据",
                    "承办机构",
                    "追责对象范围",
                    "备注",
                ]),
            ),
            NamedLayout::PowerSet4 => {
                let mut c: Vec<ShapeColumn> = plain(&["序号", "职权编码"]);
                c.push(ShapeColumn::grouped("职权名称", "项目", Field::Name));
                c.push(ShapeColumn::grouped("职权名称", "子项", Field::SubName));
                c.extend(plain(&[
                    "实施依据",
                    "实施对象",
                    "承办机构",
                    "公开范围",
                    "办理数量",
                    "收费（征收）依据和标准",
                    "责任主体",
                    "责任事项",
                    "追责情形",
                ]));
                published(Layout::PowerList, c)
            }
            NamedLayout::PowerSet5 => TableShape {
                title_lines: vec![COUNT_TITLE.to_owned()],
                numbered_categories: true,
                ..published(
                    Layout::PowerList,
                    merged(
                        plain(&[
                            "行政决定部门",
                            "行政职权类别",
                            "项目名称",
                            "设定依据",
                            "行政相对人",
                        ]),
                        &["行政决定部门"],
                    ),
                )
            },
            NamedLayout::ServiceGuide => TableShape {
                title_lines: vec!["办事指南".to_owned()],
                attribute_columns: true,
                ..published(
                    Layout::ServiceGuide,
                    plain(&[
                        "事项名称",
                        "基本编码",
                        "实施主体",
                        "承办机构",
                        "职权类型",
                        "办件类型",
                        "服务对象",
                        "行使层级",
                        "是否属依申请事项",
                        "法定时限",
                        "承诺期限",
                        "是否收费",
                        "收费标准",
                        "收费依据",
                        "咨询方式",
                        "监督投诉方式",
                        "申请条件",
                        "申请材料",
                        "设定依据",
                        "实施依据",
                        "责任事项",
                        "责任事项依据",
                        "追责情形",
                        "备注",
                    ]),
                )
            },
            NamedLayout::ProcessTable => TableShape {
                merged_sub_items: false,
                ..published(
                    Layout::ProcessTable,
                    plain(&["程序", "责任单位及责任人", "工作内容", "办结时限"]),
                )
            },
            NamedLayout::DisclosureCatalogue => {
                let mut c: Vec<ShapeColumn> = plain(&["序号"]);
                c.push(ShapeColumn::grouped(
                    "公开事项",
                    "一级事项",
                    Field::DiscCategory,
                ));
                c.push(ShapeColumn::grouped(
                    "公开事项",
                    "二级事项",
                    Field::DiscSubcategory,
                ));
                c.extend(plain(&[
                    "公开内容（要素）",
                    "公开依据",
                    "公开时限",
                    "公开主体",
                    "公开渠道和载体",
                    "公开对象",
                    "公开方式",
                    "公开层级",
                ]));
                published(
                    Layout::DisclosureCatalogue,
                    merged(c, &["公开事项/一级事项", "公开主体"]),
                )
            }
            NamedLayout::DisclosureCanonical => TableShape {
                attribute_columns: true,
                merged_sub_items: false,
                ..published(
                    Layout::DisclosureCatalogue,
                    plain(&[
                        "序号",
                        "一级事项",
                        "二级事项",
                        "公开主体",
                        "公开渠道和载体",
                        "公开方式",
                    ]),
                )
            },
        }
    }
}
