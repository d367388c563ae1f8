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
