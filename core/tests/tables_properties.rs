//! Properties of table import and export: import → export → import gives the same model, for
//! generated tables in published styles and for every test table; every cell parser takes any
//! text without panicking (fuzz-style), and so does the importer on arbitrary grids.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use minzheng::tables::*;
use proptest::prelude::*;

fn pick(options: &'static [&'static str]) -> impl Strategy<Value = String> {
    proptest::sample::select(options).prop_map(str::to_owned)
}

const ZR: &str = "1.受理阶段责任：公示材料。\n2.审查阶段责任：审查。\n3.决定阶段责任：决定。\n4.送达阶段责任：送达。\n5.事后监管阶段责任：检查。\n6.其他法律法规规章文件规定应履行的责任。";
const ZZ: &str = "因不履行或不正确履行行政职责,有下列情形的,行政机关及相关工作人员应承担相应责任：1.不予受理的；2.滥用职权的。";

/// One column of a generated table: its header (a published synonym) and its cells.
fn columns() -> Vec<(BoxedStrategy<String>, BoxedStrategy<String>)> {
    vec![
        (
            pick(&["序号", "事项序号"]).boxed(),
            pick(&["", "1", "2", "3"]).boxed(),
        ),
        (
            pick(&["权力类型", "职权类别", "事项类型", "行政职权类别"]).boxed(),
            pick(&[
                "",
                "行政许可",
                "行政许可3",
                "行政给付",
                "非行政许可审批",
                "公共服务",
            ])
            .boxed(),
        ),
        (
            pick(&["权力事项名称", "事项名称", "项目名称", "职权名称"]).boxed(),
            pick(&["", "社会团体成立登记", "婚姻登记", "低保金给付"]).boxed(),
        ),
        (
            pick(&["子项", "子项名称"]).boxed(),
            pick(&["", "", "成立登记", "2.变更登记"]).boxed(),
        ),
        (
            pick(&[
                "设定依据",
                "设定（实施）依据",
                "设定和实施依据",
                "实施依据",
                "主要依据",
            ])
            .boxed(),
            pick(&[
                "",
                "《社会团体登记管理条例》第九条",
                "1.《甲条例》（国务院令第250号）第七、十二条：原文\n2.《乙办法》第30、32条",
                "《丙办法》+民政部令第59号+第五条",
                "《慈善法》第十条第一款",
                "《救助办法》第十一条第（三）项",
                "详见附件《某规定》",
            ])
            .boxed(),
        ),
        (
            pick(&["实施主体", "实施机关", "行政决定部门"]).boxed(),
            pick(&["", "市民政局", "县级民政部门"]).boxed(),
        ),
        (
            pick(&["法定时限", "办理时限"]).boxed(),
            pick(&[
                "",
                "20工作日",
                "法定时限：60日内",
                "即时办理",
                "视情况",
                "3个月",
                "法定时限：30日内；承诺时限：20个工作日",
            ])
            .boxed(),
        ),
        (
            pick(&["承诺期限", "承诺办结时限"]).boxed(),
            pick(&["", "10个工作日", "即时办理", "不计算在办理期限内"]).boxed(),
        ),
        (
            pick(&["责任事项"]).boxed(),
            pick(&["", ZR, "1.立案阶段责任：立案", "依法受理"]).boxed(),
        ),
        (
            pick(&["责任事项依据"]).boxed(),
            pick(&[
                "",
                "1.受理阶段责任：《中华人民共和国行政许可法》第三十二条第一款第（四）项\n2.审查阶段责任：《中华人民共和国行政许可法》第三十四条、第三十五条",
                "1.《行政处罚法》第五十四条\n2.《行政处罚法》第五十五条",
                "《婚姻登记条例》（国务院令第387号）第七条：当场予以登记",
                "3.决定阶段：《行政许可法》第三十八条",
                "同上",
            ])
            .boxed(),
        ),
        (
            pick(&["追责情形"]).boxed(),
            pick(&["", ZZ, "1.甲\n2.乙", "单条"]).boxed(),
        ),
        (
            pick(&["收费（征收）依据和标准", "收费标准"]).boxed(),
            pick(&[
                "",
                "不收费",
                "每件100元，依据《某办法》第五条",
                "按规定收取",
            ])
            .boxed(),
        ),
        (
            pick(&["申请材料"]).boxed(),
            pick(&["", "1.申请书\n2.身份证", "申请书；户口簿"]).boxed(),
        ),
        (
            pick(&["备注", "经办人"]).boxed(),
            pick(&["", "备注文字", "x,y\"z"]).boxed(),
        ),
    ]
}

/// A table in published style: a random subset of columns (always a name column), rows of
/// realistic cells with blanks (merged cells) and repeats (sub-items).
fn table() -> impl Strategy<Value = Vec<Vec<String>>> {
    let cols = columns();
    let n = cols.len();
    (proptest::collection::vec(any::<bool>(), n), 1usize..8).prop_flat_map(move |(mask, rows)| {
        let chosen: Vec<usize> = (0..n).filter(|&i| i == 2 || mask[i]).collect();
        let cols = columns();
        let header: Vec<BoxedStrategy<String>> =
            chosen.iter().map(|&i| cols[i].0.clone()).collect();
        let row: Vec<BoxedStrategy<String>> = chosen.iter().map(|&i| cols[i].1.clone()).collect();
        (header, proptest::collection::vec(row, rows)).prop_map(|(h, mut body)| {
            body.insert(0, h);
            body
        })
    })
}

fn without_duplicate_headers(grid: &[Vec<String>]) -> bool {
    let fields: Vec<_> = grid[0].iter().map(|h| field_of(h)).collect();
    (0..fields.len()).all(|i| !fields[..i].contains(&fields[i]) || fields[i].is_none())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn import_export_import_gives_the_same_model(grid in table()) {
        prop_assume!(without_duplicate_headers(&grid));
        let Ok((first, _)) = import_power_list(&grid, "某市民政局") else { return Ok(()); };
        let exported = export_power_list(&first);
        // Through CSV text as well: what we write, we read back cell for cell.
        let reread = parse_csv(&write_csv(&exported)).unwrap();
        prop_assert_eq!(&reread, &exported);
        let (second, report) = import_power_list(&reread, "某市民政局").unwrap();
        prop_assert_eq!(&second, &first);
        prop_assert_eq!(report.imported, first.items.len());
    }

    #[test]
    fn basis_cells_never_panic(text in ".{0,200}", tricky in "[《》第条款项、，,0-9一二三十百（）()：+\\n.令号〔〕]{0,80}") {
        let _ = parse_basis_cell(&text);
        let cell = parse_basis_cell(&tricky);
        for b in &cell.bases {
            let _ = b.to_legal_bases(minzheng::power::BasisRole::Setting);
        }
    }

    #[test]
    fn time_limit_cells_never_panic(text in ".{0,120}", tricky in "[法定承诺时限：0-9一二十百个工作日天月内即时办理不计算第自受理后；;\\n]{0,60}") {
        let _ = parse_time_limit(&text);
        let _ = parse_time_limit(&tricky);
    }

    #[test]
    fn other_cell_parsers_never_panic(text in ".{0,160}", tricky in "[■□√☑受理审查决定阶段责任其他：1-9.、（）()\\n]{0,80}") {
        for t in [&text, &tricky] {
            let _ = parse_checkboxes(t);
            let r = parse_responsibilities(t);
            let _ = process_from_responsibilities(&r);
            let _ = split_numbered(t);
            let _ = parse_number(t);
            let _ = parse_category(t);
            let _ = single_amount_fen(t);
            let _ = field_of(t);
        }
    }

    #[test]
    fn csv_and_import_never_panic_on_arbitrary_text(text in ".{0,400}") {
        if let Ok(grid) = parse_csv(&text) {
            let _ = import_power_list(&grid, "");
            let _ = import_service_guide(&grid, "");
            let _ = import_process_table(&grid, "");
            let _ = detect_layout(&grid);
        }
    }

    #[test]
    fn importers_never_panic_on_grids_of_known_headers_and_junk(
        grid in proptest::collection::vec(
            proptest::collection::vec(
                prop_oneof![
                    proptest::sample::select(SYNONYMS.iter().map(|s| s.0).collect::<Vec<_>>()).prop_map(str::to_owned),
                    ".{0,20}",
                    Just(String::new()),
                ],
                0..8,
            ),
            0..12,
        )
    ) {
        let _ = import_power_list(&grid, "");
        let _ = import_service_guide(&grid, "");
        let _ = import_process_table(&grid, "");
        let _ = detect_layout(&grid);
    }
}

#[test]
fn every_test_table_round_trips_through_export() {
    for name in [
        include_str!("../../tests/tables/power-set1.utf8.csv"),
        include_str!("../../tests/tables/power-set2.utf8.csv"),
        include_str!("../../tests/tables/power-set3.utf8.csv"),
        include_str!("../../tests/tables/power-set4.utf8.csv"),
        include_str!("../../tests/tables/power-set5.utf8.csv"),
        include_str!("../../tests/tables/power-set6.utf8.csv"),
        include_str!("../../tests/tables/catalogue.utf8.csv"),
        include_str!("../../tests/tables/discretion.utf8.csv"),
    ] {
        let (first, _) = import_power_list(&parse_csv(name).unwrap(), "某局").unwrap();
        let (second, _) = import_power_list(&export_power_list(&first), "某局").unwrap();
        assert_eq!(second, first);
    }
    let (guide, _) = import_service_guide(
        &parse_csv(include_str!("../../tests/tables/guide.utf8.csv")).unwrap(),
        "某局",
    )
    .unwrap();
    let (again, _) = import_power_list(&export_power_list(&guide), "某局").unwrap();
    assert_eq!(again, guide);
}

#[test]
fn the_disclosure_catalogue_round_trips_through_export() {
    use minzheng::calendar::Calendar;
    use minzheng::deadline::Catalogue;
    use minzheng::disclosure::Taxonomy;
    let (cal, periods, tax) = (
        Calendar::china(),
        Catalogue::national(),
        Taxonomy::seed001(),
    );
    let grid = parse_csv(include_str!("../../tests/tables/disclosure.utf8.csv")).unwrap();
    let (first, _) =
        import_disclosure_catalogue(&grid, "某县民政局", &cal, &periods, &tax).unwrap();
    let exported = export_disclosure_catalogue(&first);
    assert!(exported[1][4].starts_with("■政府网站 ■政府公报 □两微一端"));
    let (second, report) =
        import_disclosure_catalogue(&exported, "某县民政局", &cal, &periods, &tax).unwrap();
    assert_eq!(second, first);
    assert!(report.unknown_columns.is_empty());
}

/// The power-list layouts with one item per row.
const POWER_LAYOUTS: [NamedLayout; 6] = [
    NamedLayout::Canonical,
    NamedLayout::PowerSet1,
    NamedLayout::PowerSet2,
    NamedLayout::PowerSet3,
    NamedLayout::PowerSet4,
    NamedLayout::PowerSet5,
];

/// What a layout carries of an item, written out by hand per layout (the documentation of
/// [`NamedLayout`] in test form). Bases are compared without their role where the layout has
/// one basis column: the import gives them that column's role.
fn carried(layout: NamedLayout, i: &minzheng::power::PowerItem) -> serde_json::Value {
    use serde_json::json;
    let bases: Vec<_> = i
        .legal_bases
        .iter()
        .map(|b| {
            json!([
                b.citation.instrument,
                b.citation.article,
                b.citation.quote,
                b.decree,
                b.clause
            ])
        })
        .collect();
    let subs: Vec<&str> = i.sub_items.iter().map(|s| s.name.as_str()).collect();
    // Without a 责任事项依据 column, the stages' own bases have nowhere to go.
    let duties: Vec<_> = i
        .responsibilities
        .iter()
        .map(|r| json!([r.stage, r.content]))
        .collect();
    let attr = |k: &str| i.attributes.get(k).cloned();
    let category = json!([i.category, i.local_category]);
    let zz = json!([i.accountability, attr(ACCOUNTABILITY_PREAMBLE)]);
    match layout {
        NamedLayout::PowerSet1 => json!([
            category,
            i.name,
            subs,
            i.level,
            attr("权限划分"),
            bases,
            i.on_application,
            duties,
            zz,
            i.undertaking_unit
        ]),
        NamedLayout::PowerSet2 => json!([
            attr("市级主管部门"),
            i.name,
            i.implementing_body,
            bases,
            duties,
            zz,
            i.note
        ]),
        NamedLayout::PowerSet3 => json!([
            category,
            i.name,
            bases,
            i.implementing_body,
            i.responsibilities,
            attr("责任事项依据（原文）"),
            i.undertaking_unit,
            attr("追责对象范围"),
            i.note
        ]),
        NamedLayout::PowerSet4 => json!([
            i.code,
            i.name,
            subs,
            bases,
            i.target,
            i.undertaking_unit,
            attr("公开范围"),
            attr("办理数量"),
            i.fee.charged,
            i.implementing_body,
            duties,
            zz
        ]),
        NamedLayout::PowerSet5 => json!([i.implementing_body, category, i.name, bases, i.target]),
        _ => serde_json::to_value(i).unwrap(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 150, ..ProptestConfig::default() })]

    /// For every layout: what it carries survives import → export → import, and its export is
    /// a fixed point (exporting what was read from it gives the same table, merges included).
    /// The shape an import recorded gives the whole model back.
    #[test]
    fn every_layout_carries_its_fields_and_is_a_fixed_point(grid in table()) {
        prop_assume!(without_duplicate_headers(&grid));
        let Ok((m, report)) = import_power_list(&grid, "某市民政局") else { return Ok(()); };
        for layout in POWER_LAYOUTS {
            let shape = layout.shape();
            let first = export_power_table(&m, &shape).unwrap();
            let reread = parse_csv(&write_csv(&first.rows)).unwrap();
            let (m1, _) = import_power_list(&reread, "某市民政局").unwrap();
            prop_assert_eq!(m1.items.len(), m.items.len(), "{:?}", layout);
            for (a, b) in m1.items.iter().zip(&m.items) {
                prop_assert_eq!(carried(layout, a), carried(layout, b), "{:?}", layout);
            }
            let second = export_power_table(&m1, &shape).unwrap();
            prop_assert_eq!(&second, &first, "{:?}", layout);
            // As a spreadsheet reader sees it (cells and merged regions): the same list.
            let (m2, _) = import_power_list_merged(&first.rows, &first.merges, "某市民政局").unwrap();
            prop_assert_eq!(&m2, &m1, "{:?} with merges", layout);
        }
        let same = export_power_table(&m, &report.shape).unwrap();
        let (again, _) = import_power_list(&same.rows, "某市民政局").unwrap();
        prop_assert_eq!(&again, &m);
        // A one-item list as a service guide.
        if let Some(item) = m.items.first() {
            let one = minzheng::power::PowerList { items: vec![item.clone()], ..m.clone() };
            let guide = export_power_table(&one, &NamedLayout::ServiceGuide.shape()).unwrap();
            let (g1, _) = import_service_guide(&guide.rows, "某市民政局").unwrap();
            let mut expected = item.clone();
            expected.sub_items.clear();
            let mut got = g1.items[0].clone();
            got.sub_items.clear();
            prop_assert_eq!(&got, &expected);
            let g2 = export_power_table(&g1, &NamedLayout::ServiceGuide.shape()).unwrap();
            prop_assert_eq!(&g2, &guide);
        }
    }

    /// Process tables: a generated table read, written as a process table and read again
    /// gives the same item, and the export is a fixed point.
    #[test]
    fn process_tables_round_trip(rows in proptest::collection::vec((
        pick(&["受理", "审查", "决定", "送达", "公示", "事后监管", "补正"]),
        pick(&["", "窗口", "社会组织管理科 审查岗", "局领导 审批岗 0000-1234567"]),
        pick(&["", "接收材料", "审查，必要时实地核查"]),
        pick(&["", "即时办理", "5工作日", "不计算在办理期限内", "自受理后第15个工作日完成"]),
    ), 1..6)) {
        let mut grid = vec![vec!["程序".to_owned(), "责任单位及责任人".into(), "工作内容".into(), "办结时限".into()]];
        grid.extend(rows.into_iter().map(|(a, b, c, d)| vec![a, b, c, d]));
        let (item, report) = import_process_table(&grid, "婚姻登记").unwrap();
        for shape in [NamedLayout::ProcessTable.shape(), report.shape] {
            let t = export_process_table(&item, &shape);
            let (again, _) = import_process_table(&parse_csv(&write_csv(&t.rows)).unwrap(), "x").unwrap();
            prop_assert_eq!(&again, &item);
            prop_assert_eq!(export_process_table(&again, &shape), t);
        }
    }
}

#[test]
fn the_test_catalogue_is_a_fixed_point_of_both_catalogue_layouts() {
    use minzheng::calendar::Calendar;
    use minzheng::deadline::Catalogue;
    use minzheng::disclosure::Taxonomy;
    let (cal, periods, tax) = (
        Calendar::china(),
        Catalogue::national(),
        Taxonomy::seed001(),
    );
    let import =
        |g: &Grid| import_disclosure_catalogue(g, "某县民政局", &cal, &periods, &tax).unwrap();
    let (first, _) =
        import(&parse_csv(include_str!("../../tests/tables/disclosure.utf8.csv")).unwrap());
    for layout in [
        NamedLayout::DisclosureCatalogue,
        NamedLayout::DisclosureCanonical,
    ] {
        let t = export_disclosure_table(&first, &layout.shape()).unwrap();
        let (second, _) = import(&t.rows);
        // The standard layout carries every column of the test catalogue.
        assert_eq!(second, first, "{layout:?}");
        assert_eq!(
            export_disclosure_table(&second, &layout.shape()).unwrap(),
            t
        );
    }
}

/// A disclosure catalogue in published style: always 一级事项 and 二级事项, a random subset of
/// the other columns, blanks (merged 一级事项 and 公开主体) and checkbox or plain channel cells.
fn catalogue_table() -> impl Strategy<Value = Vec<Vec<String>>> {
    let optional: Vec<(&'static str, &'static [&'static str])> = vec![
        ("序号", &["", "1", "2", "7"]),
        (
            "公开内容（要素）",
            &["", "申请条件、申请材料", "初审对象名单"],
        ),
        ("公开依据", &["", "《政府信息公开条例》第二十条"]),
        (
            "公开时限",
            &[
                "",
                "制定或获取信息之日起10个工作日内",
                "10个工作日内, 公示7个工作日",
            ],
        ),
        (
            "公开主体",
            &["", "", "县级民政部门", "乡镇人民政府（街道办事处）"],
        ),
        (
            "公开渠道和载体",
            &[
                "",
                "■政府网站 □政府公报 ■两微一端",
                "政府网站、便民服务站",
                "□政府网站 ■社区/企事业单位/村公示栏（电子屏） ■精准推送",
                "文字■政府网站",
            ],
        ),
        ("公开对象", &["", "全社会", "特定群体"]),
        (
            "公开方式",
            &[
                "",
                "■主动 □依申请",
                "□主动 ■依申请",
                "■主动 ■依申请",
                "主动",
            ],
        ),
        ("公开层级", &["", "县级", "县级、乡级"]),
        ("备注", &["", "说明"]),
    ];
    let n = optional.len();
    (
        proptest::collection::vec(any::<bool>(), n),
        1usize..7,
        any::<bool>(),
    )
        .prop_flat_map(move |(mask, rows, two_rows)| {
            // A two-row header is found by the known names of its upper row (公开事项 is not
            // one): the standard template always has 序号 and 公开层级 there.
            let chosen: Vec<(&'static str, &'static [&'static str])> = optional
                .iter()
                .zip(&mask)
                .filter(|((name, _), m)| **m || (two_rows && matches!(*name, "序号" | "公开层级")))
                .map(|(c, _)| *c)
                .collect();
            let mut names: Vec<&'static str> = vec!["一级事项", "二级事项"];
            names.extend(chosen.iter().map(|c| c.0));
            let mut cells: Vec<BoxedStrategy<String>> = vec![
                pick(&["", "政策法规", "最低生活保障"]).boxed(),
                pick(&["", "办事指南", "审核信息", "审批信息"]).boxed(),
            ];
            cells.extend(chosen.iter().map(|c| pick(c.1).boxed()));
            proptest::collection::vec(cells, rows).prop_map(move |body| {
                let header: Vec<Vec<String>> = if two_rows {
                    vec![
                        names
                            .iter()
                            .enumerate()
                            .map(|(k, n)| match k {
                                0 => "公开事项".to_owned(),
                                1 => String::new(),
                                _ => (*n).to_owned(),
                            })
                            .collect(),
                        names
                            .iter()
                            .enumerate()
                            .map(|(k, n)| {
                                if k < 2 {
                                    (*n).to_owned()
                                } else {
                                    String::new()
                                }
                            })
                            .collect(),
                    ]
                } else {
                    vec![names.iter().map(|n| (*n).to_owned()).collect()]
                };
                header.into_iter().chain(body).collect()
            })
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 150, ..ProptestConfig::default() })]

    /// Catalogues: the canonical layout and the recorded shape give the same catalogue back;
    /// the standard catalogue layout carries every typed field and the standard columns, and
    /// is a fixed point.
    #[test]
    fn catalogue_layouts_round_trip(grid in catalogue_table()) {
        use minzheng::calendar::Calendar;
        use minzheng::deadline::Catalogue;
        use minzheng::disclosure::Taxonomy;
        let (cal, periods, tax) = (Calendar::china(), Catalogue::national(), Taxonomy::seed001());
        let import = |g: &Grid| import_disclosure_catalogue(g, "某县民政局", &cal, &periods, &tax);
        let Ok((m, report)) = import(&grid) else { return Ok(()); };
        for shape in [NamedLayout::DisclosureCanonical.shape(), report.shape.clone()] {
            let t = export_disclosure_table(&m, &shape).unwrap();
            let reread = parse_csv(&write_csv(&t.rows)).unwrap();
            let (again, _) = import(&reread).unwrap();
            prop_assert_eq!(&again, &m);
        }
        let standard = NamedLayout::DisclosureCatalogue.shape();
        let first = export_disclosure_table(&m, &standard).unwrap();
        let (m1, _) = import(&first.rows).unwrap();
        prop_assert_eq!(m1.entries.len(), m.entries.len());
        for (a, b) in m1.entries.iter().zip(&m.entries) {
            // Everything but attributes under names the standard layout has no column for.
            let kept = |e: &minzheng::disclosure::Entry| {
                let mut e = e.clone();
                e.attributes.retain(|k, _| k != "备注");
                e
            };
            prop_assert_eq!(kept(a), kept(b));
        }
        prop_assert_eq!(export_disclosure_table(&m1, &standard).unwrap(), first.clone());
        let (m2, _) = import_disclosure_catalogue_merged(
            &first.rows, &first.merges, "某县民政局", &cal, &periods, &tax,
        ).unwrap();
        prop_assert_eq!(m2, m1, "with merges");
    }
}
