//! Importing every layout of REALWORLD.md §1–4 from the test tables in `tests/tables/` (written
//! by us in the published layouts). The GB18030 and .xlsx copies are read by the CLI tests,
//! which check that they give the same model as these UTF-8 files.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use minzheng::calendar::Calendar;
use minzheng::deadline::{Catalogue, Period};
use minzheng::disclosure::{Attribute, Channel, Taxonomy};
use minzheng::power::{BasisRole, Category, Handling, StepKind, StepTime};
use minzheng::tables::*;

macro_rules! table {
    ($name:literal) => {
        parse_csv(include_str!(concat!(
            "../../tests/tables/",
            $name,
            ".utf8.csv"
        )))
        .unwrap()
    };
}

#[test]
fn two_row_header_and_merged_main_item_give_sub_items() {
    let (list, report) = import_power_list(&table!("power-set1"), "某市民政局").unwrap();
    assert_eq!(report.rows_read, 5);
    assert_eq!(list.items.len(), 3);
    let item = &list.items[0];
    assert_eq!(item.category, Category::Licensing);
    let subs: Vec<(&str, &str)> = item
        .sub_items
        .iter()
        .map(|s| (s.code.as_str(), s.name.as_str()))
        .collect();
    assert_eq!(
        subs,
        [
            ("1-1", "成立登记"),
            ("1-2", "变更登记"),
            ("1-3", "注销登记")
        ]
    );
    assert!(item.on_application);
    assert_eq!(item.undertaking_unit.as_deref(), Some("社会组织管理科"));
    assert_eq!(
        item.attributes.get("权限划分").map(String::as_str),
        Some("市民政局;县级民政部门(由有关业务主管单位实施前置审查)")
    );
}

#[test]
fn numbered_bases_become_one_basis_per_article() {
    let (list, _) = import_power_list(&table!("power-set1"), "").unwrap();
    let arts: Vec<(&str, &str, Option<&str>)> = list.items[0]
        .legal_bases
        .iter()
        .map(|b| {
            (
                b.citation.instrument.as_str(),
                b.citation.article.as_str(),
                b.clause.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        arts,
        [
            ("社会团体登记管理条例", "第三条", None),
            ("社会团体登记管理条例", "第七条", None),
            ("社会团体登记管理条例", "第十二条", None),
            ("慈善法", "第十条", Some("第一款")),
        ]
    );
    assert_eq!(
        list.items[0].legal_bases[0].decree.as_deref(),
        Some("国务院令第250号")
    );
    // 第30、32、34条
    let arts: Vec<&str> = list.items[2]
        .legal_bases
        .iter()
        .map(|b| b.citation.article.as_str())
        .collect();
    assert_eq!(arts, ["第三十条", "第三十二条", "第三十四条"]);
}

#[test]
fn staged_responsibilities_give_the_process_and_accountability_its_list() {
    let (list, _) = import_power_list(&table!("power-set1"), "").unwrap();
    let item = &list.items[0];
    assert_eq!(item.responsibilities.len(), 6);
    let kinds: Vec<StepKind> = item.process.steps.iter().map(|s| s.kind).collect();
    assert_eq!(
        kinds,
        [
            StepKind::Start,
            StepKind::Acceptance,
            StepKind::Review,
            StepKind::Decision,
            StepKind::Service,
            StepKind::Supervision,
            StepKind::End
        ]
    );
    assert_eq!(item.accountability.len(), 4);
    assert_eq!(item.accountability[0], "对符合法定条件的申请不予受理的");
    assert!(item.attributes[ACCOUNTABILITY_PREAMBLE].starts_with("因不履行或不正确履行行政职责"));
}

#[test]
fn the_report_says_what_a_real_list_lacks_per_item() {
    let (_, report) = import_power_list(&table!("power-set1"), "").unwrap();
    assert_eq!(report.gaps.len(), 3);
    assert_eq!(
        report.gaps[0].missing,
        [
            Gap::StatutoryLimit,
            Gap::PromisedLimit,
            Gap::Fee,
            Gap::Materials
        ]
    );
    // The checks run on the imported list: no promised limit (PL004), steps without posts or
    // limits (PL023, PL024), a penalty item without prior notice (PL008).
    let fired = report.findings.rules_fired();
    for rule in ["PL004", "PL008", "PL023", "PL024"] {
        assert!(fired.contains(&rule), "{rule} in {fired:?}");
    }
}

#[test]
fn plus_style_bases_and_merged_grouping_columns() {
    let (list, report) = import_power_list(&table!("power-set2"), "").unwrap();
    assert!(report.unknown_columns.is_empty());
    let b = &list.items[0].legal_bases;
    assert_eq!(b.len(), 2);
    assert_eq!(b[0].decree.as_deref(), Some("民政部令第59号"));
    assert_eq!(b[1].citation.article, "第六条");
    // 市级主管部门 is merged over both rows.
    assert_eq!(list.items[1].attributes["市级主管部门"], "市民政局");
    assert_eq!(
        list.items[1].note.as_deref(),
        Some("含业务主管单位前置审查")
    );
    assert_eq!(list.authority, "市民政局");
}

#[test]
fn column_set_three_keeps_responsibility_basis_and_accountable_persons() {
    let (list, report) = import_power_list(&table!("power-set3"), "").unwrap();
    assert!(report.unknown_columns.is_empty());
    let item = &list.items[0];
    assert_eq!(item.category, Category::Confirmation);
    assert_eq!(item.implementing_body, "县级民政部门");
    // One unstaged basis for six stages: it matches none, so it is kept and reported.
    assert_eq!(
        item.attributes["责任事项依据（原文）"],
        "《婚姻登记条例》第七条"
    );
    assert!(item.responsibilities.iter().all(|r| r.basis.is_empty()));
    let issue = report
        .not_understood
        .iter()
        .find(|i| i.column == "责任事项依据")
        .unwrap();
    assert_eq!(
        (issue.row, issue.text.as_str()),
        (2, "《婚姻登记条例》第七条")
    );
    assert_eq!(item.attributes["追责对象范围"], "婚姻登记员");
    assert_eq!(list.items[1].category, Category::Award);
}

#[test]
fn codes_fees_and_an_unknown_column_reported_not_dropped() {
    let (list, report) = import_power_list(&table!("power-set4"), "").unwrap();
    assert_eq!(report.unknown_columns, ["经办人"]);
    assert_eq!(list.items[0].code, "MZ-QR-001");
    assert_eq!(list.items[0].attributes["经办人"], "王某");
    assert!(!list.items[0].fee.charged);
    let fee = &list.items[1].fee;
    assert!(fee.charged);
    assert_eq!(
        fee.standard.as_deref(),
        Some("每件100元，依据《某省殡葬服务收费管理办法》第五条")
    );
    assert_eq!(fee.basis[0].instrument, "某省殡葬服务收费管理办法");
    assert_eq!(fee.amount_fen, Some(10_000));
    assert_eq!(list.items[0].target.as_deref(), Some("自然人"));
    // 实施依据 is an implementing basis; 第一千一百零五条第一款.
    let b = &list.items[0].legal_bases[0];
    assert_eq!(b.role, BasisRole::Implementing);
    assert_eq!(
        (b.citation.article.as_str(), b.clause.as_deref()),
        ("第一千一百零五条", Some("第一款"))
    );
    assert!(!report.gaps.iter().any(|g| g.missing.contains(&Gap::Fee)));
}

#[test]
fn title_line_numbered_categories_and_merged_deciding_body() {
    let (list, report) = import_power_list(&table!("power-set5"), "").unwrap();
    assert_eq!(
        report.title_lines,
        ["总共4项事项,其中行政许可2项,行政处罚2项"]
    );
    let codes: Vec<&str> = list.items.iter().map(|i| i.code.as_str()).collect();
    assert_eq!(codes, ["行政许可1", "行政许可2", "行政处罚1", "行政处罚2"]);
    assert!(list.items.iter().all(|i| i.implementing_body == "市民政局"));
    assert_eq!(list.items[3].category, Category::Penalty);
    assert_eq!(list.items[1].target.as_deref(), Some("法人"));
}

#[test]
fn general_catalogue_keeps_national_codes_and_sectors() {
    let (list, report) = import_power_list(&table!("catalogue"), "某县民政局").unwrap();
    assert!(report.unknown_columns.is_empty());
    assert_eq!(list.items[0].attributes["国家目录编码"], "000107002000");
    assert_eq!(list.items[0].level.as_deref(), Some("县级"));
    assert_eq!(list.items[1].legal_bases.len(), 2);
}

#[test]
fn discretion_standard_limits_are_labelled_in_the_cell() {
    let (list, report) = import_power_list(&table!("discretion"), "").unwrap();
    assert_eq!(
        list.items[0].time_limits.statutory,
        Some(Period::natural_days(60))
    );
    assert_eq!(list.items[0].conditions.len(), 3);
    assert_eq!(
        list.items[1].time_limits.statutory,
        Some(Period::natural_days(30))
    );
    assert_eq!(
        list.items[1].time_limits.promised,
        Some(Period::working_days(20))
    );
    // 决定方式 is not in the synonym table: reported and kept.
    assert_eq!(report.unknown_columns, ["决定方式"]);
    assert_eq!(list.items[0].attributes["决定方式"], "书面决定");
    // "视情况而定" is not a time: reported with row, column and text, and kept.
    assert_eq!(report.not_understood.len(), 1);
    let issue = &report.not_understood[0];
    assert_eq!(
        (issue.row, issue.column.as_str(), issue.text.as_str()),
        (4, "办理时限", "视情况而定")
    );
    assert_eq!(list.items[2].attributes["办理时限（原文）"], "视情况而定");
}

#[test]
fn service_guide_pairs_and_basis_table() {
    let grid = table!("guide");
    assert_eq!(detect_layout(&grid).unwrap(), Layout::ServiceGuide);
    let (list, report) = import_service_guide(&grid, "").unwrap();
    assert_eq!(report.title_lines, ["城乡居民最低生活保障金给付办事指南"]);
    let item = &list.items[0];
    assert_eq!(item.code, "000105001000");
    assert_eq!(item.category, Category::Payment);
    assert_eq!(item.handling, Handling::Promised);
    assert_eq!(item.time_limits.statutory, Some(Period::working_days(20)));
    assert_eq!(item.time_limits.promised, Some(Period::working_days(20)));
    assert_eq!(item.materials.len(), 4);
    assert_eq!(item.conditions.len(), 3);
    assert!(!item.fee.charged);
    assert_eq!(item.channels.consultation, ["0000-1234567"]);
    assert_eq!(item.legal_bases.len(), 2);
    assert_eq!(
        item.legal_bases[0].decree.as_deref(),
        Some("国务院令第649号")
    );
    assert_eq!(item.legal_bases[0].citation.article, "第十一条");
    assert_eq!(
        item.legal_bases[1].decree.as_deref(),
        Some("民发〔2021〕57号")
    );
    assert_eq!(item.attributes["设定依据/制定机关"], "国务院；民政部");
    assert_eq!(item.attributes["事项审查类型"], "■审核转报 □即审即办");
    assert!(
        report.unknown_columns.is_empty(),
        "{:?}",
        report.unknown_columns
    );
    assert_eq!(
        item.attributes["受理地点、时间"],
        "镇便民服务中心，工作日9:00-17:00"
    );
}

#[test]
fn process_table_rows_become_steps_with_their_times() {
    let grid = table!("process");
    assert_eq!(detect_layout(&grid).unwrap(), Layout::ProcessTable);
    let (item, report) = import_process_table(&grid, "x").unwrap();
    assert_eq!(item.name, "社会团体成立登记 权力运行流程");
    let steps: Vec<(&str, StepKind, Option<StepTime>)> = item
        .process
        .steps
        .iter()
        .map(|s| (s.name.as_str(), s.kind, s.time_limit))
        .collect();
    assert_eq!(
        steps,
        [
            ("申请", StepKind::Start, None),
            ("受理", StepKind::Acceptance, Some(StepTime::Immediate)),
            ("补正", StepKind::Correction, Some(StepTime::NotCounted)),
            (
                "审查",
                StepKind::Review,
                Some(StepTime::Period(Period::working_days(15)))
            ),
            (
                "决定",
                StepKind::Decision,
                Some(StepTime::Period(Period::working_days(5)))
            ),
            // "作出准予登记或不予登记的决定": the refusal is a branch that ends the procedure.
            ("不予登记", StepKind::End, None),
            (
                "送达",
                StepKind::Service,
                Some(StepTime::Period(Period::working_days(3)))
            ),
            ("事后监管", StepKind::Supervision, None),
            ("办结", StepKind::End, None),
        ]
    );
    // The 补正 row leaves 受理 and returns to it instead of continuing the line.
    let arrows: Vec<(&str, &str, Option<&str>)> = item
        .process
        .transitions
        .iter()
        .map(|t| (t.from.as_str(), t.to.as_str(), t.label.as_deref()))
        .collect();
    assert_eq!(
        arrows,
        [
            ("start", "s1", None),
            ("s1", "s3", Some("受理")),
            ("s1", "s2", Some("补正")),
            ("s2", "s1", Some("补正后重新提交")),
            ("s3", "s4", None),
            ("s4", "s5", Some("准予登记")),
            ("s4", "s4-refused", Some("不予登记")),
            ("s5", "s6", None),
            ("s6", "end", None),
        ]
    );
    let accept = &item.process.steps[1];
    assert_eq!(accept.unit.as_deref(), Some("政务服务窗口"));
    assert_eq!(accept.post.as_deref(), Some("窗口受理岗"));
    assert_eq!(accept.contact.as_deref(), Some("0000-1234567"));
    assert_eq!(report.not_understood[0].text, "视情况");
    assert!(report.findings.findings.iter().any(|f| f.rule == "PL024"));
}

#[test]
fn disclosure_catalogue_with_checkbox_channels_and_modes() {
    let grid = table!("disclosure");
    assert_eq!(detect_layout(&grid).unwrap(), Layout::DisclosureCatalogue);
    let (cat, report) = import_disclosure_catalogue(
        &grid,
        "某县民政局",
        &Calendar::china(),
        &Catalogue::national(),
        &Taxonomy::seed001(),
    )
    .unwrap();
    assert_eq!(report.rows_read, 4);
    assert_eq!(cat.entries.len(), 4);
    let e = &cat.entries[1];
    assert_eq!(
        (e.category.as_str(), e.subcategory.as_str()),
        ("最低生活保障", "办事指南")
    );
    assert_eq!(
        e.responsible_unit, "县级民政部门",
        "merged 公开主体 inherits"
    );
    assert_eq!(
        e.channels,
        [
            Channel::Portal,
            Channel::Wechat,
            Channel::Weibo,
            Channel::BulletinBoard
        ]
    );
    assert_eq!(
        e.attributes["公开渠道和载体（其他）"],
        "政务服务中心、便民服务站"
    );
    assert_eq!(e.attributes["公开时限"], "制定或获取信息之日起10个工作日内");
    assert_eq!(
        cat.entries[2].category, "最低生活保障",
        "merged 一级事项 inherits"
    );
    assert_eq!(cat.entries[3].attribute, Attribute::OnRequest);
    assert!(report.unknown_columns.is_empty());
    // The catalogue's categories are not seed 001's taxonomy (DC013), bulletin boards want
    // seals (DC009), and an on-request entry lists channels (DC006).
    let checks: Vec<&str> = report
        .disclosure_findings
        .iter()
        .map(|f| f.rule.as_str())
        .collect();
    for c in ["DC006", "DC009", "DC013"] {
        assert!(checks.contains(&c), "{c} in {checks:?}");
    }
}

#[test]
fn a_table_without_a_header_is_an_error_not_a_panic() {
    let err = import_power_list(&parse_csv("a,b\n1,2\n").unwrap(), "").unwrap_err();
    assert_eq!(err.code(), "no_header");
    assert_eq!(import_power_list(&[], "").unwrap_err(), TableError::Empty);
    let err = import_power_list(&parse_csv("序号,设定依据\n1,x\n").unwrap(), "").unwrap_err();
    assert_eq!(err.code(), "missing_column");
}

#[test]
fn a_row_without_a_name_is_reported_not_silently_dropped() {
    let grid =
        parse_csv("序号,事项名称,设定依据\n1,甲,《条例》第一条\n2,,《条例》第二条\n").unwrap();
    let (list, report) = import_power_list(&grid, "").unwrap();
    assert_eq!(list.items.len(), 1);
    assert_eq!(report.not_understood[0].row, 3);
}

/// `(instrument, article, clause, decree)` of each basis of a responsibility.
fn stage_bases(
    r: &minzheng::power::Responsibility,
) -> Vec<(&str, &str, Option<&str>, Option<&str>)> {
    r.basis
        .iter()
        .map(|b| {
            (
                b.citation.instrument.as_str(),
                b.citation.article.as_str(),
                b.clause.as_deref(),
                b.decree.as_deref(),
            )
        })
        .collect()
}

#[test]
fn staged_responsibility_bases_attach_to_their_stages() {
    let (list, report) = import_power_list(&table!("power-set6"), "").unwrap();
    assert!(report.unknown_columns.is_empty());
    let r = &list.items[0].responsibilities;
    assert_eq!(r.len(), 4);
    const XK: &str = "中华人民共和国行政许可法";
    assert_eq!(r[0].stage, "受理阶段");
    assert_eq!(
        stage_bases(&r[0]),
        [(XK, "第三十二条", Some("第一款第（四）项"), None)]
    );
    assert_eq!(
        r[0].basis[0].citation.quote.as_deref(),
        Some("申请材料不齐全或者不符合法定形式的，应当当场或者在五日内一次告知申请人需要补正的全部内容。")
    );
    assert_eq!(r[0].basis[0].role, BasisRole::Implementing);
    assert_eq!(
        stage_bases(&r[1]),
        [
            (XK, "第三十四条", None, None),
            (
                "社会团体登记管理条例",
                "第十一条",
                None,
                Some("国务院令第250号")
            ),
        ]
    );
    assert_eq!(
        stage_bases(&r[2]),
        [
            (XK, "第三十八条", None, None),
            (XK, "第四十二条", None, None)
        ]
    );
    assert_eq!(stage_bases(&r[3]), [(XK, "第四十四条", None, None)]);
    // Fully understood: nothing kept as raw text, nothing reported for this row.
    assert!(!list.items[0]
        .attributes
        .contains_key("责任事项依据（原文）"));
    assert!(report.not_understood.iter().all(|i| i.row != 2));
}

#[test]
fn numbered_responsibility_bases_without_stage_labels_go_in_order() {
    let (list, _) = import_power_list(&table!("power-set6"), "").unwrap();
    let r = &list.items[1].responsibilities;
    const CF: &str = "中华人民共和国行政处罚法";
    assert_eq!(r.len(), 3);
    assert_eq!(r[0].content, "立案责任：发现违法线索，依法立案。");
    assert_eq!(stage_bases(&r[0]), [(CF, "第五十四条", None, None)]);
    assert_eq!(stage_bases(&r[1]), [(CF, "第五十五条", None, None)]);
    assert_eq!(stage_bases(&r[2]), [(CF, "第五十七条", None, None)]);
}

#[test]
fn a_basis_for_a_stage_the_list_lacks_is_reported_and_kept() {
    let (list, report) = import_power_list(&table!("power-set6"), "").unwrap();
    let item = &list.items[2];
    let r = &item.responsibilities;
    assert_eq!(stage_bases(&r[0]), [("婚姻登记条例", "第七条", None, None)]);
    assert_eq!(r[1].stage, "决定阶段");
    assert_eq!(stage_bases(&r[1]), [("婚姻登记条例", "第七条", None, None)]);
    let issues: Vec<(usize, &str, &str)> = report
        .not_understood
        .iter()
        .map(|i| (i.row, i.column.as_str(), i.text.as_str()))
        .collect();
    assert_eq!(
        issues,
        [(4, "责任事项依据", "2.审查阶段责任：《婚姻登记条例》第七条")]
    );
    assert_eq!(
        item.attributes["责任事项依据（原文）"],
        "1.受理阶段责任：《婚姻登记条例》第七条\n2.审查阶段责任：《婚姻登记条例》第七条\n3.决定阶段责任：《婚姻登记条例》第七条"
    );
}

#[test]
fn responsibility_bases_survive_export_and_json() {
    let (first, _) = import_power_list(&table!("power-set6"), "").unwrap();
    let grid = export_power_list(&first);
    let col = grid[0].iter().position(|h| h == "责任事项依据").unwrap();
    assert_eq!(
        grid[1][col],
        "1.受理阶段：《中华人民共和国行政许可法》第三十二条第一款第（四）项：申请材料不齐全或者不符合法定形式的，应当当场或者在五日内一次告知申请人需要补正的全部内容。\n\
         2.审查阶段：《中华人民共和国行政许可法》第三十四条；《社会团体登记管理条例》（国务院令第250号）第十一条\n\
         3.决定阶段：《中华人民共和国行政许可法》第三十八条；《中华人民共和国行政许可法》第四十二条\n\
         4.送达阶段：《中华人民共和国行政许可法》第四十四条"
    );
    let (second, _) = import_power_list(&grid, "").unwrap();
    assert_eq!(second, first);
    let json = serde_json::to_string_pretty(&first).unwrap();
    assert!(json.contains("\"clause\": \"第一款第（四）项\""), "{json}");
    assert_eq!(minzheng::power::PowerList::from_json(&json).unwrap(), first);
}
