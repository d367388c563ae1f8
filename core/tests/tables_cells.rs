//! Golden tests of the cell parsers on tricky real-style text (REALWORLD.md §1–4). Each test's
//! name states the rule.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use minzheng::deadline::Period;
use minzheng::power::{BasisRole, StepTime};
use minzheng::tables::*;

fn arts(cell: &BasisCell, k: usize) -> Vec<u32> {
    cell.bases[k].articles.iter().map(|a| a.article).collect()
}

// --- legal bases ---------------------------------------------------------------------------

#[test]
fn numbered_bases_split_into_instrument_decree_articles_and_quote() {
    let cell = parse_basis_cell(
        "1.《社会团体登记管理条例》（国务院令第250号）第三条：成立社会团体，应当经其业务主管单位审查同意。\n\
         2.《民政部关于社会组织的规定》（2016年民政部令第58号）第七、十二条：……",
    );
    assert_eq!(cell.bases.len(), 2);
    assert_eq!(cell.bases[0].instrument, "社会团体登记管理条例");
    assert_eq!(cell.bases[0].decree.as_deref(), Some("国务院令第250号"));
    assert_eq!(arts(&cell, 0), [3]);
    assert_eq!(
        cell.bases[0].quote.as_deref(),
        Some("成立社会团体，应当经其业务主管单位审查同意。")
    );
    assert_eq!(
        cell.bases[1].decree.as_deref(),
        Some("2016年民政部令第58号")
    );
    assert_eq!(arts(&cell, 1), [7, 12]);
    assert!(cell.not_understood.is_empty());
}

#[test]
fn arabic_article_lists_give_each_article() {
    let cell = parse_basis_cell("《社会团体登记管理条例》第30、32、34条");
    assert_eq!(arts(&cell, 0), [30, 32, 34]);
}

#[test]
fn clause_and_item_attach_to_the_article() {
    let cell = parse_basis_cell("《慈善法》第十条第一款；《社会救助暂行办法》第十一条第（三）项");
    assert_eq!(
        cell.bases[0].articles,
        [ArticleRef {
            article: 10,
            clause: Some(1),
            item: None
        }]
    );
    assert_eq!(
        cell.bases[1].articles,
        [ArticleRef {
            article: 11,
            clause: None,
            item: Some(3)
        }]
    );
    let lb = cell.bases[0].to_legal_bases(BasisRole::Setting);
    assert_eq!(lb[0].citation.article, "第十条");
    assert_eq!(lb[0].clause.as_deref(), Some("第一款"));
}

#[test]
fn plus_separated_style_reads_decree_and_articles() {
    let cell = parse_basis_cell("《慈善组织公开募捐管理办法》+民政部令第59号+第五条、第六条");
    assert_eq!(cell.bases[0].instrument, "慈善组织公开募捐管理办法");
    assert_eq!(cell.bases[0].decree.as_deref(), Some("民政部令第59号"));
    assert_eq!(arts(&cell, 0), [5, 6]);
}

#[test]
fn several_instruments_in_one_unnumbered_cell_are_separate_bases() {
    let cell = parse_basis_cell("《婚姻登记条例》第七条、《中华人民共和国民法典》第一千零四十九条");
    assert_eq!(cell.bases.len(), 2);
    assert_eq!(arts(&cell, 1), [1049]);
}

#[test]
fn instruments_quoted_inside_provision_text_do_not_start_a_new_basis() {
    let cell = parse_basis_cell(
        "《基金会管理条例》第九条：申请设立基金会，应当依照《中华人民共和国慈善法》的规定提交材料",
    );
    assert_eq!(cell.bases.len(), 1);
    assert!(cell.bases[0]
        .quote
        .as_deref()
        .unwrap()
        .contains("《中华人民共和国慈善法》"));
}

#[test]
fn a_document_number_in_brackets_is_the_decree() {
    let cell = parse_basis_cell("《最低生活保障审核确认办法》（民发〔2021〕57号）第二条");
    assert_eq!(cell.bases[0].decree.as_deref(), Some("民发〔2021〕57号"));
}

#[test]
fn an_instrument_without_book_title_marks_is_read_up_to_the_article() {
    let cell = parse_basis_cell("依据社会救助暂行办法第九条");
    assert_eq!(cell.bases[0].instrument, "依据社会救助暂行办法");
    assert_eq!(arts(&cell, 0), [9]);
}

#[test]
fn a_whole_instrument_is_one_basis_without_article() {
    let lb =
        parse_basis_cell("《中华人民共和国慈善法》").bases[0].to_legal_bases(BasisRole::Setting);
    assert_eq!(lb.len(), 1);
    assert_eq!(lb[0].citation.article, "");
}

#[test]
fn text_before_a_title_that_is_not_a_lead_in_is_not_understood() {
    let cell = parse_basis_cell("详见附件《某某规定》");
    assert!(cell.bases.is_empty());
    assert_eq!(cell.not_understood, ["详见附件《某某规定》"]);
}

#[test]
fn formatted_bases_read_back_the_same() {
    let cell =
        parse_basis_cell("1.《甲条例》（国务院令第1号）第七、十二条第二款：原文\n2.《乙办法》");
    let bases: Vec<_> = cell
        .bases
        .iter()
        .flat_map(|b| b.to_legal_bases(BasisRole::Setting))
        .collect();
    let text = format_bases(&bases);
    let again: Vec<_> = parse_basis_cell(&text)
        .bases
        .iter()
        .flat_map(|b| b.to_legal_bases(BasisRole::Setting))
        .collect();
    assert_eq!(again, bases);
}

// --- time limits ---------------------------------------------------------------------------

fn one(text: &str) -> TimeLimit {
    let parts = parse_time_limit(text).unwrap();
    assert_eq!(parts.len(), 1, "{text}");
    parts[0]
}

#[test]
fn working_days_with_or_without_ge() {
    for t in ["20工作日", "20个工作日", "二十个工作日", " 20 个工作日 "] {
        assert_eq!(
            one(t).time,
            StepTime::Period(Period::working_days(20)),
            "{t}"
        );
    }
}

#[test]
fn statutory_label_and_natural_days_within() {
    let t = one("法定时限：60日内");
    assert_eq!(t.label, Some(LimitLabel::Statutory));
    assert_eq!(t.time, StepTime::Period(Period::natural_days(60)));
}

#[test]
fn both_limits_in_one_cell() {
    let parts = parse_time_limit("法定时限：30日内；承诺时限：20个工作日").unwrap();
    assert_eq!(parts[0].label, Some(LimitLabel::Statutory));
    assert_eq!(parts[1].label, Some(LimitLabel::Promised));
    assert_eq!(parts[1].time, StepTime::Period(Period::working_days(20)));
}

#[test]
fn immediate_and_not_counted() {
    assert_eq!(one("即时办理").time, StepTime::Immediate);
    assert_eq!(one("当场办结").time, StepTime::Immediate);
    assert_eq!(one("不计算在办理期限内").time, StepTime::NotCounted);
    assert_eq!(one("不计入办理时限").time, StepTime::NotCounted);
}

#[test]
fn the_nth_working_day_after_acceptance_is_that_many_working_days() {
    assert_eq!(
        one("自受理后第15个工作日完成").time,
        StepTime::Period(Period::working_days(15))
    );
}

#[test]
fn months_and_days_written_as_tian() {
    assert_eq!(one("3个月").time, StepTime::Period(Period::months(3)));
    assert_eq!(one("30天").time, StepTime::Period(Period::natural_days(30)));
}

#[test]
fn blank_and_dash_state_nothing() {
    assert_eq!(parse_time_limit("").unwrap(), []);
    assert_eq!(parse_time_limit("无").unwrap(), []);
    assert_eq!(parse_time_limit("—").unwrap(), []);
}

#[test]
fn text_without_a_time_is_not_understood_and_named() {
    assert_eq!(parse_time_limit("视情况而定"), Err("视情况而定".to_owned()));
    // A date is not a period.
    assert!(parse_time_limit("2024年1月").is_err());
}

#[test]
fn formatted_times_read_back_the_same() {
    for t in [
        StepTime::Period(Period::working_days(20)),
        StepTime::Period(Period::natural_days(60)),
        StepTime::Period(Period::months(3)),
        StepTime::Immediate,
        StepTime::NotCounted,
    ] {
        assert_eq!(one(&format_time(&t)).time, t);
    }
}

// --- checkboxes ----------------------------------------------------------------------------

#[test]
fn ticked_and_empty_boxes_give_two_sets() {
    let c = parse_checkboxes(
        "■政府网站 □政府公报 √两微一端 □发布会/听证会 ☑社区/企事业单位/村公示栏（电子屏）",
    );
    assert_eq!(
        c.checked,
        ["政府网站", "两微一端", "社区/企事业单位/村公示栏（电子屏）"]
    );
    assert_eq!(c.unchecked, ["政府公报", "发布会/听证会"]);
    assert_eq!(c.stray, None);
}

#[test]
fn text_before_the_first_box_is_stray() {
    let c = parse_checkboxes("渠道：■政府网站");
    assert_eq!(c.stray.as_deref(), Some("渠道："));
}

#[test]
fn a_cell_without_boxes_is_a_plain_list() {
    assert_eq!(
        parse_checkboxes("政府网站、政务服务中心").checked,
        ["政府网站", "政务服务中心"]
    );
}

#[test]
fn formatted_checkboxes_read_back_the_same() {
    let text = format_checkboxes(&["主动", "依申请"], &["依申请".to_owned()]);
    assert_eq!(text, "□主动 ■依申请");
    assert_eq!(parse_checkboxes(&text).checked, ["依申请"]);
}

// --- responsibilities ----------------------------------------------------------------------

#[test]
fn the_staged_template_maps_onto_process_steps() {
    let r = parse_responsibilities(
        "1.受理阶段责任：公示应当提交的材料。\n2.审查阶段责任：审查材料。\n3.决定阶段责任：作出决定。\n\
         4.送达阶段责任：送达证书。\n5.事后监管阶段责任：年度检查。\n6.其他法律法规规章文件规定应履行的责任。",
    );
    let stages: Vec<&str> = r.iter().map(|x| x.stage.as_str()).collect();
    assert_eq!(
        stages,
        [
            "受理阶段",
            "审查阶段",
            "决定阶段",
            "送达阶段",
            "事后监管阶段",
            "其他"
        ]
    );
    let p = process_from_responsibilities(&r);
    let names: Vec<&str> = p.steps.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        ["申请", "受理", "审查", "决定", "送达", "事后监管", "办结"]
    );
    assert_eq!(p.transitions.len(), 6);
    assert_eq!(p.steps[2].description.as_deref(), Some("审查材料。"));
}

#[test]
fn a_part_without_a_known_stage_keeps_an_empty_stage() {
    let r = parse_responsibilities("1.立案阶段责任：依法立案。2.审查阶段：调查取证");
    assert_eq!(r[0].stage, "");
    assert_eq!(r[1].stage, "审查阶段");
    assert_eq!(r[1].content, "调查取证");
}

#[test]
fn formatted_responsibilities_read_back_the_same() {
    let r = parse_responsibilities(
        "1.受理阶段责任：甲\n2.其他法律法规规章文件规定应履行的责任。\n3.自由文本",
    );
    assert_eq!(parse_responsibilities(&format_responsibilities(&r)), r);
}

// --- numbers, lists, headers ---------------------------------------------------------------

#[test]
fn chinese_numerals_both_ways() {
    for (n, zh) in [
        (1, "一"),
        (10, "十"),
        (12, "十二"),
        (20, "二十"),
        (105, "一百零五"),
        (1049, "一千零四十九"),
        (1100, "一千一百"),
    ] {
        assert_eq!(zh_number(n), zh);
        assert_eq!(parse_number(zh), Some(n));
    }
    assert_eq!(parse_number("两"), Some(2));
}

#[test]
fn numbered_lists_need_consecutive_numbers_at_a_boundary() {
    let (pre, items) = split_numbered("依照第3.5条办理");
    assert_eq!((pre.as_str(), items.len()), ("依照第3.5条办理", 0));
    let (_, items) = split_numbered("（1）甲（2）乙");
    assert_eq!(
        items,
        ["甲", "乙"],
        "parenthesised markers need no boundary"
    );
    let (_, items) = split_numbered("1.甲方2.乙方");
    assert_eq!(items, ["甲方2.乙方"], "bare markers do");
    let (_, items) = split_numbered("（1）甲；（2）乙；（4）丙");
    assert_eq!(items, ["甲", "乙；（4）丙"]);
    let (_, items) = split_numbered("一、甲\n二、乙");
    assert_eq!(items, ["甲", "乙"]);
}

#[test]
fn header_synonyms_of_the_issue() {
    for h in [
        "设定依据",
        "设定(实施)依据",
        "设定（实施）依据",
        "设定和实施依据",
        "主要依据",
    ] {
        assert_eq!(field_of(h), Some(Field::SettingBasis), "{h}");
    }
    assert_eq!(field_of("实施依据"), Some(Field::ImplementingBasis));
    for h in ["实施主体", "实施机关", "行政决定部门"] {
        assert_eq!(field_of(h), Some(Field::Body), "{h}");
    }
    for h in ["权力类型", "职权类别", "事项类型", "行政职权类别"] {
        assert_eq!(field_of(h), Some(Field::Category), "{h}");
    }
    assert_eq!(field_of("*事项 名称"), Some(Field::Name));
}

#[test]
fn numbered_categories_and_local_labels() {
    use minzheng::power::Category;
    assert_eq!(parse_category("行政许可1"), (Category::Licensing, None));
    assert_eq!(parse_category("行政处罚23"), (Category::Penalty, None));
    assert_eq!(
        parse_category("非行政许可审批"),
        (Category::Other, Some("非行政许可审批".to_owned()))
    );
    assert_eq!(
        parse_category("□行政许可 ■行政给付 □公共服务"),
        (Category::Payment, None)
    );
}

#[test]
fn csv_quotes_commas_and_line_breaks() {
    let g = parse_csv("a,\"b,c\",\"d\"\"e\"\r\n\"多\n行\",,x").unwrap();
    assert_eq!(g, [vec!["a", "b,c", "d\"e"], vec!["多\n行", "", "x"]]);
    assert_eq!(parse_csv(&write_csv(&g)).unwrap(), g);
    assert_eq!(
        parse_csv("a,\"open\nb").unwrap_err(),
        TableError::UnterminatedQuote { line: 1 }
    );
}

#[test]
fn a_fee_standard_with_one_amount_gives_it_in_fen() {
    assert_eq!(single_amount_fen("每件100元"), Some(10_000));
    assert_eq!(single_amount_fen("工本费9.5元/本"), Some(950));
    assert_eq!(
        single_amount_fen("每件100元，依据《某办法》第五条"),
        Some(10_000)
    );
    assert_eq!(
        single_amount_fen("单人间50元，双人间80元"),
        None,
        "several amounts"
    );
    assert_eq!(single_amount_fen("按规定收取"), None);
    assert_eq!(single_amount_fen("1.234元"), None);
}
