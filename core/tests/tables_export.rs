//! Export in the published layouts: golden grids written by hand for the five power-list
//! column sets of REALWORLD.md §1 and the standard disclosure catalogue (§4), the published
//! test tables reproduced from the shape their import recorded, and the shapes recorded.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use minzheng::calendar::Calendar;
use minzheng::deadline::Catalogue;
use minzheng::disclosure::{DisclosureCatalogue, Taxonomy};
use minzheng::power::PowerList;
use minzheng::tables::*;

/// A small list in our canonical columns: three items, the first with two sub-items, two
/// bases, staged responsibilities and an accountability preamble.
const SOURCE: &str = "序号,职权编码,权力类型,事项名称,子项,实施层级,设定依据,实施依据,实施主体,承办机构,实施对象,责任事项,追责情形,法定时限,承诺期限,收费标准,备注,市级主管部门,权限划分,办理数量
1,MZ-1,行政许可,社会团体登记,成立登记,市级,《社会团体登记管理条例》第九条,《社会团体登记管理办法》第三条,市民政局,社会组织管理科,法人,\"1.受理阶段责任：受理。
2.审查阶段责任：审查。\",\"因不履行或不正确履行行政职责,有下列情形的,行政机关及相关工作人员应承担相应责任：1.不予受理的；2.滥用职权的。\",60日,20个工作日,不收费,,市民政局,市级,12
1,MZ-1,行政许可,社会团体登记,变更登记,市级,,,市民政局,,,,,,,,,,,
2,MZ-2,行政许可,基金会设立登记,,市级,《基金会管理条例》第九条,,市民政局,社会组织管理科,法人,,,60日,,每件100元,材料另附,市民政局,,3
3,MZ-3,行政处罚,对社会团体违法行为的处罚,,县级,《社会团体登记管理条例》第三十条,,县民政局,执法大队,法人,,,,,,,县民政局,,
";

const B1: &str = "1.《社会团体登记管理条例》第九条\n2.《社会团体登记管理办法》第三条";
const ZR: &str = "1.受理阶段责任：受理。\n2.审查阶段责任：审查。";
const ZZ: &str = "因不履行或不正确履行行政职责,有下列情形的,行政机关及相关工作人员应承担相应责任：1.不予受理的；2.滥用职权的。";

fn source() -> PowerList {
    import_power_list(&parse_csv(SOURCE).unwrap(), "市民政局")
        .unwrap()
        .0
}

fn grid(rows: &[&[&str]]) -> Grid {
    rows.iter()
        .map(|r| r.iter().map(|c| (*c).to_owned()).collect())
        .collect()
}

fn range(first_row: usize, first_col: usize, last_row: usize, last_col: usize) -> CellRange {
    CellRange {
        first_row,
        first_col,
        last_row,
        last_col,
    }
}

fn export(layout: NamedLayout) -> Table {
    export_power_table(&source(), &layout.shape()).unwrap()
}

fn assert_grid(actual: &Grid, expected: &Grid) {
    for (k, (a, e)) in actual.iter().zip(expected).enumerate() {
        assert_eq!(a, e, "row {k}");
    }
    assert_eq!(actual.len(), expected.len(), "rows");
}

#[test]
fn set1_has_a_two_row_header_and_merged_sub_item_rows() {
    let t = export(NamedLayout::PowerSet1);
    let e = "";
    assert_grid(
        &t.rows,
        &grid(&[
            &[
                "序号",
                "权力类型",
                "权力事项名称",
                e,
                "实施层级",
                "权限划分",
                "设定（实施）依据",
                "是否属依申请事项",
                "责任事项",
                "追责情形",
                "实施机构（科室）",
            ],
            &[e, e, "大项", "子项", e, e, e, e, e, e, e],
            &[
                "1",
                "行政许可",
                "社会团体登记",
                "1.成立登记",
                "市级",
                "市级",
                B1,
                "否",
                ZR,
                ZZ,
                "社会组织管理科",
            ],
            &[e, e, e, "2.变更登记", e, e, e, e, e, e, e],
            &[
                "2",
                "行政许可",
                "基金会设立登记",
                e,
                "市级",
                e,
                "《基金会管理条例》第九条",
                "否",
                e,
                e,
                "社会组织管理科",
            ],
            &[
                "3",
                "行政处罚",
                "对社会团体违法行为的处罚",
                e,
                "县级",
                e,
                "《社会团体登记管理条例》第三十条",
                "否",
                e,
                e,
                "执法大队",
            ],
        ]),
    );
    let mut merges = vec![range(0, 0, 1, 0), range(0, 1, 1, 1), range(0, 2, 0, 3)];
    merges.extend((4..=10).map(|c| range(0, c, 1, c)));
    merges.extend((0..=10).filter(|&c| c != 3).map(|c| range(2, c, 3, c)));
    assert_eq!(t.merges, merges);
}

#[test]
fn set2_merges_the_repeated_department() {
    let t = export(NamedLayout::PowerSet2);
    let e = "";
    assert_grid(
        &t.rows,
        &grid(&[
            &[
                "序号",
                "市级主管部门",
                "事项名称",
                "实施机关",
                "设定和实施依据",
                "责任事项",
                "追责情形",
                "备注",
            ],
            &["1", "市民政局", "社会团体登记", "市民政局", B1, ZR, ZZ, e],
            &[
                "2",
                e,
                "基金会设立登记",
                "市民政局",
                "《基金会管理条例》第九条",
                e,
                e,
                "材料另附",
            ],
            &[
                "3",
                "县民政局",
                "对社会团体违法行为的处罚",
                "县民政局",
                "《社会团体登记管理条例》第三十条",
                e,
                e,
                e,
            ],
        ]),
    );
    assert_eq!(t.merges, [range(1, 1, 2, 1)]);
}

#[test]
fn set3_writes_its_ten_columns() {
    let t = export(NamedLayout::PowerSet3);
    let e = "";
    assert_grid(
        &t.rows,
        &grid(&[
            &[
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
            ],
            &[
                "1",
                "行政许可",
                "社会团体登记",
                B1,
                "市民政局",
                ZR,
                e,
                "社会组织管理科",
                e,
                e,
            ],
            &[
                "2",
                "行政许可",
                "基金会设立登记",
                "《基金会管理条例》第九条",
                "市民政局",
                e,
                e,
                "社会组织管理科",
                e,
                "材料另附",
            ],
            &[
                "3",
                "行政处罚",
                "对社会团体违法行为的处罚",
                "《社会团体登记管理条例》第三十条",
                "县民政局",
                e,
                e,
                "执法大队",
                e,
                e,
            ],
        ]),
    );
    assert!(t.merges.is_empty());
}

#[test]
fn set4_has_codes_sub_items_and_one_fee_cell() {
    let t = export(NamedLayout::PowerSet4);
    let e = "";
    assert_grid(
        &t.rows,
        &grid(&[
            &[
                "序号",
                "职权编码",
                "职权名称",
                e,
                "实施依据",
                "实施对象",
                "承办机构",
                "公开范围",
                "办理数量",
                "收费（征收）依据和标准",
                "责任主体",
                "责任事项",
                "追责情形",
            ],
            &[e, e, "项目", "子项", e, e, e, e, e, e, e, e, e],
            &[
                "1",
                "MZ-1",
                "社会团体登记",
                "成立登记",
                B1,
                "法人",
                "社会组织管理科",
                e,
                "12",
                "不收费",
                "市民政局",
                ZR,
                ZZ,
            ],
            &[e, e, e, "变更登记", e, e, e, e, e, e, e, e, e],
            &[
                "2",
                "MZ-2",
                "基金会设立登记",
                e,
                "《基金会管理条例》第九条",
                "法人",
                "社会组织管理科",
                e,
                "3",
                "每件100元",
                "市民政局",
                e,
                e,
            ],
            &[
                "3",
                "MZ-3",
                "对社会团体违法行为的处罚",
                e,
                "《社会团体登记管理条例》第三十条",
                "法人",
                "执法大队",
                e,
                e,
                "不收费",
                "县民政局",
                e,
                e,
            ],
        ]),
    );
    let mut merges = vec![range(0, 0, 1, 0), range(0, 1, 1, 1), range(0, 2, 0, 3)];
    merges.extend((4..=12).map(|c| range(0, c, 1, c)));
    merges.extend((0..=12).filter(|&c| c != 3).map(|c| range(2, c, 3, c)));
    assert_eq!(t.merges, merges);
}

#[test]
fn set5_computes_its_count_line_and_numbers_categories() {
    let t = export(NamedLayout::PowerSet5);
    let e = "";
    assert_grid(
        &t.rows,
        &grid(&[
            &["总共3项事项,其中行政许可2项,行政处罚1项", e, e, e, e],
            &[
                "行政决定部门",
                "行政职权类别",
                "项目名称",
                "设定依据",
                "行政相对人",
            ],
            &["市民政局", "行政许可1", "社会团体登记", B1, "法人"],
            &[
                e,
                "行政许可2",
                "基金会设立登记",
                "《基金会管理条例》第九条",
                "法人",
            ],
            &[
                "县民政局",
                "行政处罚1",
                "对社会团体违法行为的处罚",
                "《社会团体登记管理条例》第三十条",
                "法人",
            ],
        ]),
    );
    assert_eq!(t.merges, [range(0, 0, 0, 4), range(2, 0, 3, 0)]);
}

const CATALOGUE: &str = "序号,一级事项,二级事项,公开内容,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,公开方式,公开层级,备注
1,最低生活保障,办事指南,申请条件,《社会救助暂行办法》第九条,10个工作日内,县民政局,■政府网站 ■便民服务站,全社会,■主动 □依申请,县级,甲
2,最低生活保障,审核信息,初审对象名单,《最低生活保障审核确认办法》第二十二条,10个工作日内,乡镇人民政府,■社区/企事业单位/村公示栏（电子屏）,特定群体,■主动 □依申请,乡级,
3,特困人员救助供养,办事指南,申请条件,,,县民政局,政府网站、两微一端,全社会,主动,县级,
";

fn catalogue(grid: &Grid) -> (DisclosureCatalogue, ImportReport) {
    import_disclosure_catalogue(
        grid,
        "某县民政局",
        &Calendar::china(),
        &Catalogue::national(),
        &Taxonomy::seed001(),
    )
    .unwrap()
}

#[test]
fn the_standard_catalogue_has_its_two_row_header_and_checkbox_channels() {
    let (cat, _) = catalogue(&parse_csv(CATALOGUE).unwrap());
    let t = export_disclosure_table(&cat, &NamedLayout::DisclosureCatalogue.shape()).unwrap();
    let e = "";
    let ch1 = "■政府网站 □政府公报 □两微一端 □发布会/听证会 □广播电视 □纸质媒体 □公开查阅点 □政务服务中心 ■便民服务站 □入户/现场 □社区/企事业单位/村公示栏(电子屏) □精准推送 □其他";
    let ch2 = "□政府网站 □政府公报 □两微一端 □发布会/听证会 □广播电视 □纸质媒体 □公开查阅点 □政务服务中心 □便民服务站 □入户/现场 ■社区/企事业单位/村公示栏(电子屏) □精准推送 □其他";
    let ch3 = "■政府网站 □政府公报 ■两微一端 □发布会/听证会 □广播电视 □纸质媒体 □公开查阅点 □政务服务中心 □便民服务站 □入户/现场 □社区/企事业单位/村公示栏(电子屏) □精准推送 □其他";
    assert_grid(
        &t.rows,
        &grid(&[
            &[
                "序号",
                "公开事项",
                e,
                "公开内容（要素）",
                "公开依据",
                "公开时限",
                "公开主体",
                "公开渠道和载体",
                "公开对象",
                "公开方式",
                "公开层级",
            ],
            &[e, "一级事项", "二级事项", e, e, e, e, e, e, e, e],
            &[
                "1",
                "最低生活保障",
                "办事指南",
                "申请条件",
                "《社会救助暂行办法》第九条",
                "10个工作日内",
                "县民政局",
                ch1,
                "全社会",
                "■主动 □依申请",
                "县级",
            ],
            &[
                "2",
                e,
                "审核信息",
                "初审对象名单",
                "《最低生活保障审核确认办法》第二十二条",
                "10个工作日内",
                "乡镇人民政府",
                ch2,
                "特定群体",
                "■主动 □依申请",
                "乡级",
            ],
            &[
                "3",
                "特困人员救助供养",
                "办事指南",
                "申请条件",
                e,
                e,
                "县民政局",
                ch3,
                "全社会",
                "■主动 □依申请",
                "县级",
            ],
        ]),
    );
    let mut merges = vec![range(0, 0, 1, 0), range(0, 1, 0, 2)];
    merges.extend((3..=10).map(|c| range(0, c, 1, c)));
    merges.push(range(2, 1, 3, 1));
    assert_eq!(t.merges, merges);
}

macro_rules! file {
    ($name:literal) => {
        parse_csv(include_str!(concat!(
            "../../tests/tables/",
            $name,
            ".utf8.csv"
        )))
        .unwrap()
    };
}

/// The published test tables go back out in their own layout: the title lines and header
/// rows as published, a blank cell exactly where the bureau left one (merged), and the same
/// model when read again. Legal bases are in our normal form (one per article), so cell texts
/// are compared only for the tables that have none to rewrite.
#[test]
fn published_power_lists_come_back_in_their_own_layout() {
    for (name, g, set) in [
        (
            "power-set1",
            file!("power-set1"),
            Some(NamedLayout::PowerSet1),
        ),
        (
            "power-set2",
            file!("power-set2"),
            Some(NamedLayout::PowerSet2),
        ),
        (
            "power-set3",
            file!("power-set3"),
            Some(NamedLayout::PowerSet3),
        ),
        (
            "power-set4",
            file!("power-set4"),
            Some(NamedLayout::PowerSet4),
        ),
        (
            "power-set5",
            file!("power-set5"),
            Some(NamedLayout::PowerSet5),
        ),
        ("catalogue", file!("catalogue"), None),
        ("discretion", file!("discretion"), None),
    ] {
        let (list, report) = import_power_list(&g, "某局").unwrap();
        assert_eq!(report.shape.column_set, set, "{name}");
        let t = export_power_table(&list, &report.shape).unwrap();
        let head =
            report.shape.title_lines.len() + if report.shape.two_row_header() { 2 } else { 1 };
        assert_eq!(t.rows[..head], g[..head], "{name}: title and header");
        assert_eq!(t.rows.len(), g.len(), "{name}: rows");
        for (r, (a, b)) in t.rows.iter().zip(&g).enumerate().skip(head) {
            let blanks = |row: &Vec<String>| row.iter().map(String::is_empty).collect::<Vec<_>>();
            assert_eq!(blanks(a), blanks(b), "{name}: blank cells of row {r}");
        }
        let (again, _) = import_power_list(&t.rows, "某局").unwrap();
        assert_eq!(again, list, "{name}");
        // Sets 3 and 5 hold no cell our normal form rewrites: they come back byte for byte.
        if matches!(name, "power-set3" | "power-set5") {
            assert_eq!(t.rows, g, "{name}");
        }
    }
}

#[test]
fn the_published_catalogue_comes_back_in_its_own_layout() {
    let g = file!("disclosure");
    let (cat, report) = catalogue(&g);
    assert_eq!(
        report.shape.column_set,
        Some(NamedLayout::DisclosureCatalogue)
    );
    assert_eq!(
        report.shape.title_lines,
        ["社会救助领域基层政务公开标准目录"]
    );
    let t = export_disclosure_table(&cat, &report.shape).unwrap();
    // Title and the two header rows exactly as published.
    assert_eq!(t.rows[..3], g[..3]);
    assert_eq!(t.rows.len(), g.len());
    for (r, (a, b)) in t.rows.iter().zip(&g).enumerate().skip(3) {
        let blanks = |row: &Vec<String>| row.iter().map(String::is_empty).collect::<Vec<_>>();
        assert_eq!(blanks(a), blanks(b), "blank cells of row {r}");
    }
    assert!(
        t.merges.contains(&range(0, 0, 0, 10)),
        "the title across the width"
    );
    assert!(
        t.merges.contains(&range(1, 1, 1, 2)),
        "公开事项 over its two columns"
    );
    let (again, _) = catalogue(&t.rows);
    assert_eq!(again, cat);
}

#[test]
fn a_guide_and_a_process_table_come_back_in_their_own_layout() {
    let g = file!("guide");
    let (list, report) = import_service_guide(&g, "某县民政局").unwrap();
    assert_eq!(report.shape.layout, Layout::ServiceGuide);
    let t = export_power_table(&list, &report.shape).unwrap();
    assert_eq!(t.rows[0][0], "城乡居民最低生活保障金给付办事指南");
    assert_eq!(
        t.rows[1],
        [
            "事项名称",
            "城乡居民最低生活保障金给付",
            "基本编码",
            "000105001000"
        ]
    );
    // Pairs in the guide's own order: the 职权类型 row as published.
    assert_eq!(t.rows[5], g[5]);
    assert_eq!(g[5][0], "职权类型");
    // The basis table last, as published: 设定依据, its header, one basis a row.
    let n = g.len();
    assert_eq!(g[n - 4][0], "设定依据");
    assert_eq!(t.rows[t.rows.len() - 4..], g[n - 4..]);
    assert!(t
        .merges
        .contains(&range(t.rows.len() - 4, 0, t.rows.len() - 4, 3)));
    let (again, _) = import_service_guide(&t.rows, "某县民政局").unwrap();
    assert_eq!(again, list);

    let g = file!("process");
    let (item, report) = import_process_table(&g, "").unwrap();
    assert_eq!(report.shape.column_set, Some(NamedLayout::ProcessTable));
    let t = export_process_table(&item, &report.shape);
    assert_eq!(t.rows[0][0], "社会团体成立登记 权力运行流程");
    assert_eq!(t.rows[1], g[1]);
    assert_eq!(
        t.rows[4],
        [
            "审查",
            "社会组织管理科 审查岗",
            "审查申请材料，必要时实地核查",
            "15个工作日"
        ]
    );
    let (again, _) = import_process_table(&t.rows, "").unwrap();
    assert_eq!(again, item);
}

#[test]
fn a_shape_survives_json_and_unknown_names_are_errors() {
    let (_, report) = import_power_list(&file!("power-set4"), "某局").unwrap();
    let json = serde_json::to_string(&report.shape).unwrap();
    let back: TableShape = serde_json::from_str(&json).unwrap();
    assert_eq!(back, report.shape);
    assert_eq!(
        report.shape.columns.last().unwrap().field,
        None,
        "经办人 is unknown"
    );
    assert_eq!(report.shape.columns.last().unwrap().name, "经办人");
    let e = NamedLayout::from_name("set6").unwrap_err();
    assert_eq!(e.code(), "unknown_layout");
    assert!(e.to_string().contains(" / unknown table layout"));
    let two = source();
    assert_eq!(
        export_power_table(&two, &NamedLayout::ServiceGuide.shape())
            .unwrap_err()
            .code(),
        "not_one_item"
    );
    assert_eq!(
        export_power_table(&two, &NamedLayout::DisclosureCatalogue.shape())
            .unwrap_err()
            .code(),
        "wrong_layout"
    );
}

#[test]
fn merged_regions_from_a_file_are_filled_down_below_the_header() {
    let g = file!("power-set5");
    // The bureau's merge of 行政决定部门 over the four rows, and the title across the width.
    let merges = [range(0, 0, 0, 4), range(2, 0, 5, 0)];
    let filled = fill_merged_cells(&g, &merges);
    assert_eq!(filled[0], g[0], "the title is not copied");
    assert!(filled[2..].iter().all(|r| r[0] == "市民政局"));
    let (a, _) = import_power_list(&filled, "").unwrap();
    let (b, _) = import_power_list(&g, "").unwrap();
    assert_eq!(a, b);
}

#[test]
fn a_merged_item_name_over_its_sub_item_rows_reads_as_one_item() {
    // The item's own row has no sub-item; its name is merged over the two sub-item rows below.
    let g = grid(&[
        &["序号", "事项名称", "子项", "实施主体"],
        &["1", "社会团体登记", "", "市民政局"],
        &["", "", "成立登记", ""],
        &["", "", "变更登记", ""],
        &["2", "婚姻登记", "", ""],
    ]);
    let merges = [range(1, 0, 3, 0), range(1, 1, 3, 1), range(1, 3, 3, 3)];
    let (list, report) = import_power_list_merged(&g, &merges, "").unwrap();
    assert_eq!(list.items.len(), 2);
    let subs: Vec<&str> = list.items[0]
        .sub_items
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    assert_eq!(subs, ["成立登记", "变更登记"]);
    // Not merged in the file: 婚姻登记's 实施主体 is blank, not inherited.
    assert_eq!(list.items[1].implementing_body, "");
    assert!(report.shape.merged_sub_items);
    let (inferred, _) = import_power_list(&g, "").unwrap();
    assert_eq!(
        inferred.items[1].implementing_body, "市民政局",
        "CSV infers the merge"
    );
}
