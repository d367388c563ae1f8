//! Process tables with branches (REALWORLD.md §3): the branches stated in 工作内容 become steps
//! and arrows. The expected flow and chart below are written by hand from the text of
//! `tests/tables/process-branches.utf8.csv`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use minzheng::deadline::Period;
use minzheng::power::{check_item, mermaid, Process, Step, StepKind, StepTime, Transition};
use minzheng::tables::*;

fn step(id: &str, name: &str, kind: StepKind) -> Step {
    Step {
        id: id.into(),
        name: name.into(),
        kind,
        ..Step::default()
    }
}

fn working(
    id: &str,
    name: &str,
    kind: StepKind,
    (unit, post): (&str, &str),
    time: StepTime,
    description: &str,
) -> Step {
    Step {
        unit: Some(unit.into()),
        post: Some(post.into()),
        time_limit: Some(time),
        description: Some(description.into()),
        ..step(id, name, kind)
    }
}

fn arrow(from: &str, to: &str, label: Option<&str>) -> Transition {
    Transition {
        from: from.into(),
        to: to.into(),
        label: label.map(str::to_owned),
    }
}

const WINDOW: (&str, &str) = ("政务服务中心民政窗口", "受理岗");
const REVIEW: (&str, &str) = ("社会组织管理科", "审查岗");
const ACCEPT_TEXT: &str = "接收申请材料，审查材料是否齐全、符合法定形式；材料不齐全或者不符合法定形式的，一次告知申请人需要补正的全部内容；申请事项依法不属于本机关职权范围的，作出不予受理决定，并告知申请人向有关行政机关申请；符合条件的，予以受理并出具受理通知书";
const REVIEW_TEXT: &str = "对申请材料进行审查，必要时实地核查；申请人书面申请暂缓审查的，中止办理，中止情形消除后恢复审查；申请人撤回申请的，终止办理";
const DECIDE_TEXT: &str = "作出准予许可或者不予许可的决定；不予许可的，书面说明理由，并告知申请人享有依法申请行政复议或者提起行政诉讼的权利";

fn expected() -> Process {
    let days = |n| StepTime::Period(Period::working_days(n));
    let mut accept = working(
        "s1",
        "受理",
        StepKind::Acceptance,
        WINDOW,
        StepTime::Immediate,
        ACCEPT_TEXT,
    );
    accept.contact = Some("0000-1234567".into());
    let mut review = working(
        "s2",
        "审查",
        StepKind::Review,
        REVIEW,
        days(15),
        REVIEW_TEXT,
    );
    review.contact = Some("0000-1234568".into());
    let decide = working(
        "s3",
        "决定",
        StepKind::Decision,
        ("局分管领导", "审批岗"),
        days(5),
        DECIDE_TEXT,
    );
    let deliver = working(
        "s4",
        "送达",
        StepKind::Service,
        ("政务服务中心民政窗口", "发证岗"),
        days(10),
        "自作出决定之日起颁发、送达登记证书",
    );
    let mut not_accepted = step("s1-not-accepted", "不予受理", StepKind::End);
    not_accepted.description = Some(
        "申请事项依法不属于本机关职权范围的，作出不予受理决定，并告知申请人向有关行政机关申请"
            .into(),
    );
    let mut terminated = step("s2-terminated", "终止", StepKind::End);
    terminated.description = Some("申请人撤回申请的，终止办理".into());
    let mut refused = step("s3-refused", "不予许可", StepKind::End);
    refused.description = Some("作出准予许可或者不予许可的决定".into());
    Process {
        steps: vec![
            step("start", "申请", StepKind::Start),
            accept,
            working(
                "s1-correction",
                "补正",
                StepKind::Correction,
                WINDOW,
                StepTime::NotCounted,
                "材料不齐全或者不符合法定形式的，一次告知申请人需要补正的全部内容",
            ),
            not_accepted,
            review,
            working(
                "s2-suspended",
                "中止",
                StepKind::Suspension,
                REVIEW,
                StepTime::NotCounted,
                "申请人书面申请暂缓审查的，中止办理，中止情形消除后恢复审查",
            ),
            terminated,
            decide,
            refused,
            deliver,
            step("end", "办结", StepKind::End),
        ],
        transitions: vec![
            arrow("start", "s1", None),
            arrow("s1", "s2", Some("受理")),
            arrow("s1", "s1-correction", Some("补正")),
            arrow("s1", "s1-not-accepted", Some("不予受理")),
            arrow("s1-correction", "s1", Some("补正后重新提交")),
            arrow("s2", "s3", None),
            arrow("s2", "s2-suspended", Some("中止")),
            arrow("s2", "s2-terminated", Some("终止")),
            arrow("s2-suspended", "s2", Some("恢复")),
            arrow("s3", "s4", Some("准予许可")),
            arrow("s3", "s3-refused", Some("不予许可")),
            arrow("s4", "end", None),
        ],
    }
}

fn imported() -> (minzheng::power::PowerItem, ImportReport) {
    let grid = parse_csv(include_str!("../../tests/tables/process-branches.utf8.csv")).unwrap();
    import_process_table(&grid, "").unwrap()
}

#[test]
fn branches_stated_in_the_work_content_become_steps_and_arrows() {
    let (item, report) = imported();
    assert_eq!(item.name, "社会团体成立登记 权力运行流程");
    assert!(
        report.not_understood.is_empty(),
        "{:?}",
        report.not_understood
    );
    assert_eq!(item.process, expected());
}

#[test]
fn the_branched_flow_passes_every_flow_check() {
    let (item, _) = imported();
    let findings = check_item(&item);
    let fired: Vec<&str> = findings.iter().map(|f| f.rule.as_str()).collect();
    // Only the item-level gaps of a bare process table: no legal basis (PL001), no promised
    // limit (PL004). No flow rule (PL020–PL027) fires.
    assert_eq!(fired, ["PL001", "PL004"]);
}

#[test]
fn the_branched_flow_renders_as_mermaid() {
    let (item, _) = imported();
    let expected = "\
flowchart TD
    s0([\"申请\"])
    s1{{\"受理<br/>受理岗<br/>即时办理\"}}
    s2[\"补正<br/>受理岗<br/>不计入办理时限\"]
    s3([\"不予受理\"])
    s4[\"审查<br/>审查岗<br/>15个工作日\"]
    s5[\"中止<br/>审查岗<br/>不计入办理时限\"]
    s6([\"终止\"])
    s7{{\"决定<br/>审批岗<br/>5个工作日\"}}
    s8([\"不予许可\"])
    s9[\"送达<br/>发证岗<br/>10个工作日\"]
    s10([\"办结\"])
    s0 --> s1
    s1 -->|受理| s4
    s1 -->|补正| s2
    s1 -->|不予受理| s3
    s2 -.->|补正后重新提交| s1
    s4 --> s7
    s4 -->|中止| s5
    s4 -->|终止| s6
    s5 -.->|恢复| s4
    s7 -->|准予许可| s9
    s7 -->|不予许可| s8
    s9 --> s10
";
    assert_eq!(mermaid(&item), expected);
    // The other renderers take the branched flow too.
    let dot = minzheng::power::dot(&item);
    assert!(
        dot.contains("label=\"补正后重新提交\", style=dashed"),
        "{dot}"
    );
    let svg = minzheng::power::svg(&item);
    assert!(svg.contains("不予许可"));
}

#[test]
fn a_branch_row_of_the_table_replaces_the_branch_its_text_states() {
    // 受理 says 补正 and the table also has a 补正 row: one correction step, the row's.
    let grid = parse_csv(
        "程序,责任单位及责任人,工作内容,办结时限\n\
         受理,窗口 受理岗,材料不全的一次性告知补正,即时办理\n\
         补正,窗口 受理岗,申请人补正材料,不计算在办理期限内\n\
         决定,科室 审批岗,作出批准或不予批准的决定,5个工作日\n\
         不予批准,科室 审批岗,书面说明理由,2个工作日\n",
    )
    .unwrap();
    let (item, _) = import_process_table(&grid, "x").unwrap();
    let names: Vec<(&str, StepKind)> = item
        .process
        .steps
        .iter()
        .map(|s| (s.name.as_str(), s.kind))
        .collect();
    assert_eq!(
        names,
        [
            ("申请", StepKind::Start),
            ("受理", StepKind::Acceptance),
            ("补正", StepKind::Correction),
            ("决定", StepKind::Decision),
            ("不予批准", StepKind::End),
            ("办结", StepKind::End),
        ]
    );
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
            ("s3", "end", Some("批准")),
            ("s3", "s4", Some("不予批准")),
        ]
    );
}

#[test]
fn the_phrase_table_cites_the_licensing_law_where_the_branch_follows_from_it() {
    let basis_of = |phrase: &str| {
        BRANCH_PHRASES
            .iter()
            .find(|p| p.phrase == phrase)
            .map(|p| p.basis)
            .unwrap()
    };
    assert!(basis_of("补正").contains("第三十二条第一款第（四）项"));
    assert!(basis_of("不予受理").contains("第三十二条"));
    assert!(basis_of("不予许可").contains("第三十八条第二款"));
    assert_eq!(basis_of("中止"), "");
}
