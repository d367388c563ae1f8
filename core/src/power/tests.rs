//! Specifications of the power-list checks: one well-formed item per category, broken one way at
//! a time; each test names the rule it states.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use super::*;
use crate::deadline::Period;
use crate::{Citation, Confidence};
use std::collections::BTreeSet;

/// A well-formed window licensing item: 受理 → 审查 → 决定 → 送达, with 补正 looping back.
fn licensing() -> PowerItem {
    let json = r#"{
      "code": "T-XK-1", "name": "殡仪馆建设审批", "category": "licensing",
      "on_application": true, "window": true,
      "legal_bases": [{"instrument": "殡葬管理条例", "confidence": "unverified"}],
      "implementing_body": "某市民政局",
      "materials": [{"name": "申请书"}],
      "time_limits": {"statutory": {"amount": 20, "unit": "working_days"},
                      "promised": {"amount": 15, "unit": "working_days"}},
      "handling": "promised",
      "remedies": [{"kind": "reconsideration", "body": "某市人民政府"}],
      "process": {
        "steps": [
          {"id": "a", "name": "申请", "kind": "start"},
          {"id": "b", "name": "受理", "kind": "acceptance", "post": "窗口", "time_limit": "immediate"},
          {"id": "c", "name": "补正", "kind": "correction", "post": "窗口", "time_limit": "not_counted"},
          {"id": "x", "name": "不予受理", "kind": "end"},
          {"id": "d", "name": "审查", "kind": "review", "post": "科员", "time_limit": {"period": {"amount": 8, "unit": "working_days"}}},
          {"id": "e", "name": "决定", "kind": "decision", "post": "科长", "time_limit": {"period": {"amount": 5, "unit": "working_days"}}},
          {"id": "f", "name": "送达", "kind": "service", "post": "窗口", "time_limit": {"period": {"amount": 2, "unit": "working_days"}}},
          {"id": "z", "name": "办结", "kind": "end"}
        ],
        "transitions": [
          {"from": "a", "to": "b"}, {"from": "b", "to": "d", "label": "受理"},
          {"from": "b", "to": "x", "label": "不予受理"}, {"from": "b", "to": "c", "label": "补正"},
          {"from": "c", "to": "b"}, {"from": "d", "to": "e"}, {"from": "e", "to": "f"},
          {"from": "f", "to": "z"}
        ]
      }
    }"#;
    serde_json::from_str(json).unwrap()
}

/// A well-formed penalty item whose kinds require the hearing notice.
fn penalty() -> PowerItem {
    let mut it = licensing();
    it.code = "T-CF-1".into();
    it.name = "对社会团体的处罚".into();
    it.category = Category::Penalty;
    it.window = false;
    it.on_application = false;
    it.materials.clear();
    it.time_limits.statutory = Some(Period::natural_days(90));
    it.time_limits.promised = Some(Period::working_days(30));
    it.penalty = Some(PenaltyScope {
        kinds: vec![PenaltyKind::Warning, PenaltyKind::DowngradeOrRevocation],
        hearing_required: false,
    });
    let step = |id: &str, name: &str, kind, wd: u32| Step {
        id: id.into(),
        name: name.into(),
        kind,
        post: Some("执法人员".into()),
        time_limit: Some(StepTime::Period(Period::working_days(wd))),
        description: None,
        hearing_notice: false,
        ..Step::default()
    };
    let mut notice = step("n", "事先告知", StepKind::PriorNotice, 2);
    notice.hearing_notice = true;
    it.process = Process {
        steps: vec![
            Step {
                id: "s".into(),
                name: "立案".into(),
                kind: StepKind::Start,
                ..Step::default()
            },
            step("i", "调查", StepKind::Review, 15),
            notice,
            step("d", "决定", StepKind::Decision, 5),
            Step {
                id: "z".into(),
                name: "结案".into(),
                kind: StepKind::End,
                ..Step::default()
            },
        ],
        transitions: [("s", "i"), ("i", "n"), ("n", "d"), ("d", "z")]
            .iter()
            .map(|(a, b)| Transition {
                from: (*a).into(),
                to: (*b).into(),
                label: None,
            })
            .collect(),
    };
    it
}

fn fired(item: &PowerItem) -> Vec<String> {
    let mut v: Vec<String> = check_item(item).into_iter().map(|f| f.rule).collect();
    v.sort_unstable();
    v.dedup();
    v
}

fn basis() -> Citation {
    Citation::new("某条例", "第十条", Confidence::Unverified)
}

#[test]
fn well_formed_items_have_no_findings() {
    assert_eq!(check_item(&licensing()), []);
    assert_eq!(check_item(&penalty()), []);
}

#[test]
fn item_without_legal_basis_is_flagged_pl001() {
    let mut it = licensing();
    it.legal_bases.clear();
    // also an 八公开 gap: the basis is one of the eight
    assert_eq!(fired(&it), ["PL001", "PL007"]);
    let f = check_item(&it);
    assert_eq!(f[0].path(), "legal_bases");
    assert_eq!(f[0].severity, Some(Severity::Error));
}

#[test]
fn promised_limit_above_statutory_is_flagged_pl002() {
    let mut it = licensing();
    it.time_limits.promised = Some(Period::working_days(25));
    it.process.steps[4].time_limit = Some(StepTime::Period(Period::working_days(1)));
    assert_eq!(fired(&it), ["PL002"]);
}

#[test]
fn promised_working_days_fit_a_long_natural_day_statutory_limit() {
    // 15 working days take at most 2·15 + 10 = 40 days, within 60 days.
    let mut it = licensing();
    it.time_limits.statutory = Some(Period::natural_days(60));
    it.time_limits.statutory_basis = Some(basis());
    assert_eq!(fired(&it), [] as [&str; 0]);
    // 15 working days against 20 days depends on the start date: a warning, not a guess.
    it.time_limits.statutory = Some(Period::natural_days(20));
    assert_eq!(fired(&it), ["PL013"]);
    // 31 working days take at least 31 days: longer than 20 days even rolled forward by 10.
    it.time_limits.promised = Some(Period::working_days(31));
    it.process.steps[4].time_limit = Some(StepTime::Period(Period::working_days(1)));
    assert_eq!(fired(&it), ["PL002"]);
}

#[test]
fn on_the_spot_item_with_a_promised_limit_is_flagged_pl003() {
    let mut it = licensing();
    it.handling = Handling::Immediate;
    for s in &mut it.process.steps {
        if s.time_limit.is_some() {
            s.time_limit = Some(StepTime::Immediate);
        }
    }
    assert_eq!(fired(&it), ["PL003"]);
    it.time_limits.promised = None;
    assert_eq!(fired(&it), [] as [&str; 0]);
}

#[test]
fn promised_item_without_a_promised_limit_is_flagged_pl004() {
    let mut it = licensing();
    it.time_limits.promised = None;
    assert_eq!(fired(&it), ["PL004", "PL007"]);
    it.time_limits.promised = Some(Period::working_days(0));
    assert_eq!(fired(&it), ["PL004"]);
}

#[test]
fn fee_without_basis_is_flagged_pl005() {
    let mut it = licensing();
    it.fee = Fee {
        charged: true,
        standard: Some("每件10元".into()),
        amount_fen: Some(1000),
        basis: vec![],
    };
    assert_eq!(fired(&it), ["PL005", "PL007"]);
    it.fee.basis.push(basis());
    assert_eq!(fired(&it), [] as [&str; 0]);
}

#[test]
fn fee_basis_without_a_charge_is_a_warning_pl006() {
    let mut it = licensing();
    it.fee.basis.push(basis());
    let f = check_item(&it);
    assert_eq!(fired(&it), ["PL006"]);
    assert_eq!(f[0].severity, Some(Severity::Warning));
}

#[test]
fn incomplete_eight_disclosures_list_every_missing_element_pl007() {
    let mut it = licensing();
    it.materials.clear();
    it.time_limits.statutory = None;
    it.fee.charged = true;
    it.fee.basis.push(basis());
    let f: Vec<Finding> = check_item(&it)
        .into_iter()
        .filter(|f| f.rule == "PL007")
        .collect();
    assert_eq!(f.len(), 1);
    assert!(
        f[0].zh.contains("申报材料、法定办结时限、收费标准"),
        "{}",
        f[0].zh
    );
    // not a window item: the eight disclosures are not required
    it.window = false;
    assert!(!fired(&it).iter().any(|r| r == "PL007"));
}

#[test]
fn penalty_item_without_prior_notice_is_flagged_pl008() {
    let mut it = penalty();
    it.process.steps[2].kind = StepKind::Review;
    // the hearing notice went with it
    assert_eq!(fired(&it), ["PL008", "PL009"]);
}

#[test]
fn penalty_item_without_hearing_notice_is_flagged_pl009() {
    let mut it = penalty();
    it.process.steps[2].hearing_notice = false;
    assert_eq!(fired(&it), ["PL009"]);
    // a separate hearing-notice step satisfies 第六十三条
    it.process.steps[3].kind = StepKind::HearingNotice;
    it.process.steps.push(Step {
        id: "d2".into(),
        name: "决定".into(),
        kind: StepKind::Decision,
        post: Some("局长".into()),
        time_limit: Some(StepTime::Immediate),
        ..Step::default()
    });
    it.process.transitions.pop();
    it.process.transitions.push(Transition {
        from: "d".into(),
        to: "d2".into(),
        label: None,
    });
    it.process.transitions.push(Transition {
        from: "d2".into(),
        to: "z".into(),
        label: None,
    });
    assert_eq!(fired(&it), [] as [&str; 0]);
}

#[test]
fn warning_only_penalty_needs_no_hearing_notice() {
    let mut it = penalty();
    it.process.steps[2].hearing_notice = false;
    it.penalty = Some(PenaltyScope {
        kinds: vec![PenaltyKind::Warning, PenaltyKind::Fine],
        hearing_required: false,
    });
    assert_eq!(fired(&it), [] as [&str; 0]);
    // unless a rule requires it (第六十三条第一款第（六）项)
    it.penalty = Some(PenaltyScope {
        kinds: vec![PenaltyKind::Warning],
        hearing_required: true,
    });
    assert_eq!(fired(&it), ["PL009"]);
}

#[test]
fn penalty_item_without_remedy_is_flagged_pl010() {
    let mut it = penalty();
    it.remedies.clear();
    assert_eq!(fired(&it), ["PL010"]);
}

#[test]
fn licensing_beyond_twenty_working_days_needs_its_special_rule_pl011() {
    let mut it = licensing();
    it.time_limits.statutory = Some(Period::working_days(30));
    assert_eq!(fired(&it), ["PL011"]);
    it.time_limits.statutory_basis = Some(basis());
    assert_eq!(fired(&it), [] as [&str; 0]);
    // a limit in natural days is not the licensing law's either
    it.time_limits.statutory_basis = None;
    it.time_limits.statutory = Some(Period::natural_days(60));
    assert_eq!(fired(&it), ["PL011"]);
}

#[test]
fn duplicate_codes_are_flagged_pl012_including_sub_items() {
    let mut b = penalty();
    b.code = "T-XK-1".into();
    let mut c = penalty();
    c.code = "T-CF-9".into();
    c.sub_items.push(SubItem {
        code: "T-CF-1".into(),
        name: "子项".into(),
    });
    c.sub_items.push(SubItem {
        code: "T-XK-1".into(),
        name: "子项".into(),
    });
    let list = PowerList {
        authority: "某市民政局".into(),
        as_of: None,
        items: vec![licensing(), b, penalty(), c],
    };
    let r = check(&list);
    let paths: Vec<&str> = findings_of(&r, "PL012").map(|f| f.path()).collect();
    assert_eq!(
        paths,
        [
            "items[1].code",
            "items[3].sub_items[0].code",
            "items[3].sub_items[1].code"
        ]
    );
}

#[test]
fn flow_without_exactly_one_start_is_flagged_pl020() {
    let mut it = licensing();
    it.process.steps[0].kind = StepKind::Review;
    it.process.steps[0].post = Some("x".into());
    it.process.steps[0].time_limit = Some(StepTime::Immediate);
    assert_eq!(fired(&it), ["PL020"]);
    let mut two = licensing();
    two.process.steps[3].kind = StepKind::Start;
    // 不予受理 is now a second start, and no longer an end
    assert_eq!(fired(&two), ["PL020", "PL022"]);
}

#[test]
fn unreachable_step_is_flagged_pl021() {
    let mut it = licensing();
    it.process.transitions.retain(|t| t.to != "x");
    let f = check_item(&it);
    assert_eq!(fired(&it), ["PL021"]);
    assert_eq!(f[0].path(), "process.steps[3]");
}

#[test]
fn step_with_no_path_to_an_end_is_flagged_pl022() {
    let mut it = licensing();
    it.process.transitions.retain(|t| t.from != "f");
    // 送达 is a dead end, so 审查 and 决定 before it cannot reach an end either; 办结 is now
    // unreachable
    assert_eq!(fired(&it), ["PL021", "PL022"]);
    let f = check_item(&it);
    let dead: Vec<&str> = f
        .iter()
        .filter(|x| x.rule == "PL022")
        .map(|x| x.path())
        .collect();
    assert_eq!(
        dead,
        ["process.steps[4]", "process.steps[5]", "process.steps[6]"]
    );
}

#[test]
fn step_without_post_or_time_limit_is_flagged_pl023_pl024() {
    let mut it = licensing();
    it.process.steps[4].post = Some("  ".into());
    it.process.steps[5].time_limit = None;
    assert_eq!(fired(&it), ["PL023", "PL024"]);
    let paths: Vec<String> = check_item(&it)
        .into_iter()
        .map(|f| f.path().to_owned())
        .collect();
    assert_eq!(
        paths,
        ["process.steps[4].post", "process.steps[5].time_limit"]
    );
}

#[test]
fn cycle_without_exit_is_flagged_pl025_once() {
    let mut it = licensing();
    // 决定 → 审查 and no way on: 审查 ⇄ 决定 is a trap
    it.process
        .transitions
        .retain(|t| !(t.from == "e" && t.to == "f"));
    it.process.transitions.push(Transition {
        from: "e".into(),
        to: "d".into(),
        label: Some("退回".into()),
    });
    // 送达 is now unreachable and 受理 / 补正 still reach 不予受理
    let r = check_item(&it);
    assert_eq!(r.iter().filter(|f| f.rule == "PL025").count(), 1);
    assert_eq!(fired(&it), ["PL021", "PL025"]);
}

#[test]
fn a_loop_with_an_exit_is_fine() {
    // 补正 → 受理 is a loop, but 受理 leads on
    assert_eq!(fired(&licensing()), [] as [&str; 0]);
}

#[test]
fn longest_path_over_the_promised_limit_is_flagged_pl026() {
    let mut it = licensing();
    it.process.steps[4].time_limit = Some(StepTime::Period(Period::working_days(9)));
    // 9 + 5 + 2 = 16 > 15
    let f = check_item(&it);
    assert_eq!(fired(&it), ["PL026"]);
    assert!(f[0].zh.contains("16个工作日"), "{}", f[0].zh);
}

#[test]
fn longest_path_takes_the_longer_branch() {
    let mut it = licensing();
    // a second branch from 受理 straight to 送达 is shorter; the longest still counts 15
    it.process.transitions.push(Transition {
        from: "b".into(),
        to: "f".into(),
        label: Some("即时".into()),
    });
    assert_eq!(fired(&it), [] as [&str; 0]);
    it.time_limits.promised = Some(Period::working_days(14));
    assert_eq!(fired(&it), ["PL026"]);
}

#[test]
fn on_the_spot_flow_with_counted_steps_is_flagged_pl026() {
    let mut it = licensing();
    it.handling = Handling::Immediate;
    it.time_limits.promised = None;
    assert_eq!(fired(&it), ["PL026"]);
    assert!(check_item(&it)[0].zh.contains("即办件应当场办结"));
}

#[test]
fn mixed_units_that_cannot_be_compared_are_a_warning_pl013() {
    let mut it = licensing();
    it.process.steps[4].time_limit = Some(StepTime::Period(Period::natural_days(8)));
    // 8 days + 7 wd: at most 8 + 1 + 7 = 16 working days, may exceed 15
    assert_eq!(fired(&it), ["PL013"]);
    it.process.steps[4].time_limit = Some(StepTime::Period(Period::natural_days(7)));
    // at most 7 + 1 + 7 = 15: within
    assert_eq!(fired(&it), [] as [&str; 0]);
}

#[test]
fn transitions_to_unknown_steps_and_duplicate_ids_are_flagged_pl027() {
    let mut it = licensing();
    it.process.transitions.push(Transition {
        from: "f".into(),
        to: "nowhere".into(),
        label: None,
    });
    it.process.steps[6].id = "e".into();
    let f = check_item(&it);
    assert!(f
        .iter()
        .any(|x| x.rule == "PL027" && x.path() == "process.steps[6].id"));
    assert!(f
        .iter()
        .any(|x| x.rule == "PL027" && x.path() == "process.transitions[8].to"));
}

#[test]
fn every_finding_is_bilingual_with_a_known_rule() {
    let mut it = penalty();
    it.legal_bases.clear();
    it.remedies.clear();
    it.process.steps.clear();
    for f in check_item(&it) {
        assert!(f.zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)));
        assert!(f.en.is_ascii(), "{}", f.en);
        let rule = crate::power::rule(&f.rule).unwrap();
        assert_eq!(Some(rule.severity), f.severity);
        assert!(!rule.basis.is_empty());
    }
}

#[test]
fn rule_table_and_checker_agree_on_severity() {
    let rules = rules();
    assert_eq!(rules.len(), 21);
    // The two warning rules, as the table says and as the checker reports them.
    let warnings: Vec<&str> = rules
        .iter()
        .filter(|r| r.severity == Severity::Warning)
        .map(|r| r.id)
        .collect();
    assert_eq!(warnings, ["PL006", "PL013"]);
    let mut it = licensing();
    it.fee.basis.push(basis());
    it.time_limits.statutory = Some(Period::natural_days(20));
    it.time_limits.statutory_basis = Some(basis());
    it.name.clear();
    it.implementing_body.clear();
    let found = check_item(&it);
    let severities: BTreeSet<_> = found
        .iter()
        .map(|f| (f.rule.as_str(), f.severity))
        .collect();
    assert!(severities.len() >= 3, "{found:#?}");
    for f in &found {
        let r = rules.iter().find(|r| r.id == f.rule).unwrap();
        assert_eq!(f.severity, Some(r.severity), "{}", f.rule);
    }
    let mut ids: Vec<&str> = rules.iter().map(|r| r.id).collect();
    ids.dedup();
    assert_eq!(ids.len(), rules.len());
}

#[test]
fn category_codes_are_vendor_practice_and_round_trip() {
    for c in Category::ALL {
        assert_eq!(Category::from_code(c.code()), Some(c));
    }
    assert_eq!(Category::code_source().confidence, Confidence::Practice);
    let c: Category = serde_json::from_str("\"行政给付\"").unwrap();
    assert_eq!(c, Category::Payment);
}

#[test]
fn the_sample_list_passes_every_check_and_round_trips_through_toml() {
    let text = include_str!("../../../examples/data/power-list.json");
    let list = PowerList::from_json(text).unwrap();
    assert!(list.items.len() >= 40);
    assert_eq!(check(&list).findings, []);
    let toml_text = toml::to_string(&list).unwrap();
    let back: PowerList = toml::from_str(&toml_text).unwrap();
    assert_eq!(back, list);
    let json_back = PowerList::from_json(&serde_json::to_string(&list).unwrap()).unwrap();
    assert_eq!(json_back, list);
}

// Line and column of a shape error, or a year twice: the default reader only (core/src/json.rs).
#[cfg(not(feature = "lean-json"))]
#[test]
fn a_malformed_list_is_a_typed_error_with_line_and_column() {
    let e = PowerList::from_json("{\"authority\": 1}").unwrap_err();
    assert_eq!(e.code(), "invalid_power_list");
    assert!(matches!(e, PowerError::InvalidFormat { line: 1, .. }));
    assert!(e.to_string().contains(" / invalid power list"));
    let list =
        PowerList::from_json(include_str!("../../../examples/data/power-list.json")).unwrap();
    let e = list.item("MZ-XK").unwrap_err();
    assert_eq!(e.code(), "unknown_item");
    assert!(e.to_string().contains("MZ-XK-001"));
    // a sub-item's code finds its main item
    assert_eq!(list.item("MZ-XK-001-02").unwrap().code, "MZ-XK-001");
}

#[test]
fn working_days_never_take_more_than_twice_plus_ten_days() {
    // The bound the unit comparisons rest on (span.rs), over every start in the embedded data.
    use crate::calendar::Calendar;
    use chrono::NaiveDate;
    let cal = Calendar::china();
    let mut d = NaiveDate::from_ymd_opt(2004, 1, 1).unwrap();
    let end = NaiveDate::from_ymd_opt(2026, 10, 1).unwrap();
    let mut worst = 0i64;
    while d < end {
        for n in [1i64, 2, 3, 5, 10, 20] {
            let due = cal.add_workdays(d, n).unwrap();
            let span = (due - d).num_days();
            assert!(span <= 2 * n + 10, "{d} + {n} wd = {due}");
            worst = worst.max(span - n);
        }
        d = d.succ_opt().unwrap();
    }
    assert!(worst > 0);
}

#[test]
fn statistics_say_what_the_bureaus_say() {
    let list =
        PowerList::from_json(include_str!("../../../examples/data/power-list.json")).unwrap();
    let s = Stats::of(&list);
    assert_eq!(s.total, list.items.len());
    assert_eq!(
        s.by_category.iter().map(|c| c.items).sum::<usize>(),
        s.total
    );
    assert!(s
        .summary_zh()
        .contains("其他行政权力4项（含非行政许可审批1项）"));
    assert_eq!(
        s.by_handling.iter().map(|h| h.items).sum::<usize>(),
        s.total
    );
}

#[test]
fn columns_without_a_typed_field_are_kept_and_published() {
    let list =
        PowerList::from_json(include_str!("../../../examples/data/power-list.json")).unwrap();
    let item = list.item("MZ-GF-001").unwrap();
    assert_eq!(item.attributes["网办深度"], "全程网办");
    assert!(publish_markdown(item).contains("| 网办深度 | 全程网办 |"));
    let xk = list.item("MZ-XK-001").unwrap();
    let review = xk.process.step("review").unwrap();
    assert_eq!(review.contact.as_deref(), Some("经办人 张某 0000-12345601"));
}

#[test]
fn the_public_sheet_shows_the_eight_disclosures_in_order() {
    let list =
        PowerList::from_json(include_str!("../../../examples/data/power-list.json")).unwrap();
    let md = publish_markdown(list.item("MZ-QR-001").unwrap());
    let order = [
        "事项名称",
        "设立依据",
        "办理流程",
        "申报材料",
        "法定办结时限",
        "承诺办结时限",
        "收费标准",
        "收费依据",
    ];
    let pos: Vec<usize> = order
        .iter()
        .map(|k| md.find(&format!("| {k} |")).unwrap())
        .collect();
    assert!(pos.windows(2).all(|w| w[0] < w[1]));
    assert!(md.contains("| 法定办结时限 | 当场办结 |"));
    assert!(md.contains("| 承诺办结时限 | 即时办结（即办件） |"));
    assert!(md.contains("| 收费标准 | 不收费 |"));
    let html = publish_html(list.item("MZ-QR-001").unwrap());
    assert!(html.contains("<th>设立依据</th>") && html.contains("<svg"));
}

#[test]
fn a_misspelled_item_key_is_refused_not_ignored() {
    // `legal_bases` for `legal_basis` would otherwise publish an item with no basis at all.
    let text = r#"{"items": [{"code": "X-1", "name": "事项", "kind": "administrative_licensing",
        "department": "民政局", "legal_bases": []}]}"#;
    let e = PowerList::from_json(text).unwrap_err();
    assert!(e.to_string().contains("legal_bases"), "{e}");
}
