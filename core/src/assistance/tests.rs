#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use super::*;
use crate::calendar::Calendar;
use crate::deadline::Catalogue;
use crate::eligibility::Programme;
use crate::window::Watch;
use chrono::NaiveDate;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn ev(date: NaiveDate, kind: AssistanceEventKind) -> AssistanceEvent {
    AssistanceEvent::new("C1", date, kind)
}

fn received(p: Programme) -> AssistanceEvent {
    ev(
        d(2026, 3, 2),
        AssistanceEventKind::Received {
            programme: p,
            applicant: "王芳".into(),
            township: "城关镇".into(),
            village: "东街社区".into(),
            division: "410102".into(),
            household_size: 2,
            staff_relative: false,
            category: None,
        },
    )
}

fn two() -> Vec<String> {
    vec!["张三".into(), "李四".into()]
}

/// A 低保 case approved on 2026-04-08 for 1,500 yuan.
fn paying() -> Vec<AssistanceEvent> {
    use AssistanceEventKind as K;
    vec![
        received(Programme::Dibao),
        ev(d(2026, 3, 3), K::Accepted {}),
        ev(d(2026, 3, 4), K::InvestigationStarted {}),
        ev(
            d(2026, 3, 9),
            K::HomeVisit {
                investigators: two(),
            },
        ),
        ev(d(2026, 3, 12), K::TownshipOpinion { favourable: true }),
        ev(d(2026, 3, 13), K::Posted {}),
        ev(d(2026, 3, 23), K::SubmittedToCounty {}),
        ev(
            d(2026, 4, 8),
            K::Approved {
                amount_fen: 150_000,
            },
        ),
    ]
}

/// A 特困 case approved on 2026-04-01 for 1,200 yuan.
fn tekun_paying() -> Vec<AssistanceEvent> {
    use AssistanceEventKind as K;
    vec![
        received(Programme::Tekun),
        ev(d(2026, 3, 2), K::Accepted {}),
        ev(d(2026, 3, 10), K::TownshipOpinion { favourable: true }),
        ev(d(2026, 3, 10), K::Posted {}),
        ev(d(2026, 3, 20), K::SubmittedToCounty {}),
        ev(
            d(2026, 4, 1),
            K::Approved {
                amount_fen: 120_000,
            },
        ),
    ]
}

fn setup() -> (Calendar, Catalogue) {
    (Calendar::china(), Catalogue::national())
}

fn refused(p: &Procedure<'_>, log: &[AssistanceEvent], e: AssistanceEvent) -> String {
    let mut case = p.replay(log).unwrap();
    let before = case.clone();
    let err = p.apply(&mut case, &e).unwrap_err();
    assert_eq!(case, before, "a refused event changed the case");
    assert_eq!(err.code(), "event_refused");
    err.to_string()
}

#[test]
fn a_log_must_open_with_the_receipt_and_stay_in_date_order() {
    let (cal, cat) = setup();
    let p = Procedure::new(&cal, &cat);
    let e = p
        .replay(&[ev(d(2026, 3, 3), AssistanceEventKind::Accepted {})])
        .unwrap_err();
    assert_eq!(e.code(), "event_refused");
    let mut log = paying();
    log.push(ev(d(2026, 3, 1), AssistanceEventKind::Withdrawn {}));
    assert_eq!(p.replay(&log).unwrap_err().code(), "out_of_order");
    // An exact repeat is ignored and counted.
    let mut log = paying();
    log.insert(2, log[1].clone());
    let case = p.replay(&log).unwrap();
    assert_eq!((case.events, case.duplicates_ignored), (8, 1));
}

#[test]
fn corrections_are_notified_once_listing_every_item() {
    use AssistanceEventKind as K;
    let (cal, cat) = setup();
    let p = Procedure::new(&cal, &cat);
    let log = vec![
        received(Programme::Dibao),
        ev(
            d(2026, 3, 3),
            K::CorrectionRequested {
                missing: vec!["户口簿".into(), "收入证明".into()],
            },
        ),
        ev(d(2026, 3, 5), K::Corrected {}),
    ];
    let case = p.replay(&log).unwrap();
    assert_eq!(
        case.missing,
        vec!["户口簿".to_owned(), "收入证明".to_owned()]
    );
    assert_eq!(case.state, AssistanceState::Received);
    let m = refused(
        &p,
        &log,
        ev(
            d(2026, 3, 6),
            K::CorrectionRequested {
                missing: vec!["x".into()],
            },
        ),
    );
    assert!(m.contains("一次性告知"), "{m}");
    let m = refused(
        &p,
        &log[..1],
        ev(d(2026, 3, 6), K::CorrectionRequested { missing: vec![] }),
    );
    assert!(m.contains("every missing item"), "{m}");
}

#[test]
fn the_dibao_rules_refuse_what_the_articles_forbid() {
    use AssistanceEventKind as K;
    let (cal, cat) = setup();
    let p = Procedure::new(&cal, &cat);
    let log = paying();
    // 第十五条: the investigation is started before anything is investigated.
    let m = refused(
        &p,
        &log[..2],
        ev(
            d(2026, 3, 4),
            K::HomeVisit {
                investigators: two(),
            },
        ),
    );
    assert!(m.contains("第十五条"), "{m}");
    // 第十六条: two investigators, distinct.
    let m = refused(
        &p,
        &log[..3],
        ev(
            d(2026, 3, 5),
            K::HomeVisit {
                investigators: vec!["张三".into(), " 张三".into()],
            },
        ),
    );
    assert!(m.contains("不得少于2人"), "{m}");
    // 第十九条: no approval without a 公示; 第二十一条: a refusal states reasons.
    let m = refused(
        &p,
        &log[..7],
        ev(
            d(2026, 4, 1),
            K::Refused {
                reasons: vec![" ".into()],
            },
        ),
    );
    assert!(m.contains("第二十一条"), "{m}");
    // 第二十二条: one extension, before the 30 working days end (04-15).
    let m = refused(
        &p,
        &log[..7],
        ev(
            d(2026, 4, 16),
            K::Extended {
                reason: "异地核实".into(),
            },
        ),
    );
    assert!(m.contains("2026-04-15"), "{m}");
    // Reductions lower the amount and give reasons; stops give reasons.
    let m = refused(
        &p,
        &log,
        ev(
            d(2026, 5, 1),
            K::Reduced {
                amount_fen: 150_000,
                reasons: vec!["收入增加".into()],
            },
        ),
    );
    assert!(m.contains("1500.00"), "{m}");
    refused(&p, &log, ev(d(2026, 5, 1), K::Stopped { reasons: vec![] }));
    // Urgent aid is for temporary assistance only; termination for 低保 only.
    refused(
        &p,
        &log[..2],
        ev(d(2026, 3, 3), K::UrgentAid { amount_fen: 10_000 }),
    );
    let mut tk = vec![
        received(Programme::Tekun),
        ev(d(2026, 3, 3), K::Accepted {}),
    ];
    tk[0].case = "C1".into();
    refused(
        &p,
        &tk,
        ev(
            d(2026, 3, 4),
            K::Terminated {
                reason: "拒不配合".into(),
            },
        ),
    );
}

#[test]
fn amounts_follow_the_months_after_each_decision() {
    use AssistanceEventKind as K;
    let (cal, cat) = setup();
    let p = Procedure::new(&cal, &cat);
    let mut log = paying();
    log.push(ev(
        d(2026, 7, 20),
        K::Reduced {
            amount_fen: 100_000,
            reasons: vec!["收入增加".into()],
        },
    ));
    log.push(ev(
        d(2026, 9, 3),
        K::Stopped {
            reasons: vec!["收入超过标准".into()],
        },
    ));
    let case = p.replay(&log).unwrap();
    let amounts: Vec<i64> = (4..=10).map(|m| case.amount_on(d(2026, m, 1))).collect();
    // April: decided 04-08, paid from May; July reduction from August; September stop from October.
    assert_eq!(
        amounts,
        vec![0, 150_000, 150_000, 150_000, 100_000, 100_000, 0]
    );
    assert_eq!(case.closed, Some((d(2026, 9, 3), Ending::Stopped)));
}

#[test]
fn supervision_puts_overdue_first_and_lists_applications_left_lying() {
    use AssistanceEventKind as K;
    let (cal, cat) = setup();
    let p = Procedure::new(&cal, &cat);
    let mut lying = vec![received(Programme::Dibao)];
    lying[0].case = "LYING".into();
    let mut late = paying()[..2].to_vec();
    for e in &mut late {
        e.case = "LATE".into();
    }
    let mut fresh = paying()[..2].to_vec();
    for e in &mut fresh {
        e.case = "FRESH".into();
        e.date = d(2026, 3, 30);
    }
    let cases = vec![
        p.replay(&lying).unwrap(),
        p.replay(&fresh).unwrap(),
        p.replay(&late).unwrap(),
        p.replay(&paying()).unwrap(),
    ];
    let rows = supervise(&p, &cases, d(2026, 3, 31), 2).unwrap();
    let order: Vec<&str> = rows.iter().map(|r| r.case).collect();
    // LATE: investigation due 03-06, overdue; LYING: no limit runs, 29 days waiting; FRESH: 03-31
    // .. 04-02 within the warning; C1 (paying): the re-check next year, running.
    assert_eq!(order, vec!["LATE", "FRESH", "LYING", "C1"]);
    assert!(matches!(rows[0].watch, Some(Watch::Overdue { .. })));
    assert_eq!(rows[2].waiting_days, 29);
    let _ = K::Accepted {};
    let t = timeliness(&p, &cases, d(2026, 3, 31)).unwrap();
    let inv = t[&("城关镇".to_owned(), ProcedureStep::InvestigationStart)];
    assert_eq!(
        (inv.on_time, inv.late, inv.overdue, inv.pending),
        (1, 0, 1, 1)
    );
    assert_eq!(inv.on_time_permille(), Some(500));
}

fn ctx() -> NoticeContext<'static> {
    NoticeContext {
        office: "示例县民政局",
        reconsideration_body: "示例县人民政府",
        date: d(2026, 4, 9),
    }
}

#[test]
fn an_acceptance_notice_without_a_pending_limit_says_why() {
    use AssistanceEventKind as K;
    let (cal, cat) = setup();
    let p = Procedure::new(&cal, &cat);
    let t = AssistanceTemplates::standard();
    let limits = |log: &[AssistanceEvent]| {
        let case = p.replay(log).unwrap();
        let n = t
            .fill(AssistanceNoticeKind::Acceptance, &p, &case, &ctx())
            .unwrap();
        let m = n.markdown;
        let at = m.find("办理时限：").unwrap();
        m[at..].lines().nth(1).unwrap_or_default().to_owned()
    };
    // Accepted 低保: the pending limits, each with its article.
    let accepted = &paying()[..2];
    assert!(limits(accepted).starts_with("1. "), "{}", limits(accepted));
    // A paid 低保 case still has its yearly review pending.
    assert!(
        limits(&paying()).contains("第三十一条"),
        "{}",
        limits(&paying())
    );
    // A refused case whose refusal was notified: every step with a limit is done, and the
    // notice says so rather than "as the local rules set".
    let mut refused = paying();
    refused.pop();
    refused.push(ev(
        d(2026, 4, 8),
        K::Refused {
            reasons: vec!["家庭人均收入高于当地低保标准".into()],
        },
    ));
    refused.push(ev(d(2026, 4, 9), K::RefusalNotified {}));
    assert_eq!(limits(&refused), "各环节均已办结");
    // 孤儿: the national texts set no limit.
    let orphan = [
        received(Programme::Orphan),
        ev(d(2026, 3, 3), K::Accepted {}),
    ];
    assert_eq!(limits(&orphan), "国家规定未设办理时限，依当地规定办理");
}

#[test]
fn a_refusal_notice_gives_the_reasons_in_plain_words_and_both_remedies() {
    use AssistanceEventKind as K;
    let (cal, cat) = setup();
    let p = Procedure::new(&cal, &cat);
    let mut log = paying();
    log.pop();
    log.push(ev(
        d(2026, 4, 8),
        K::Refused {
            reasons: vec![
                "车辆价值 50000.00 元，超过限额 0.00 元".into(),
                "家庭人均收入高于当地低保标准".into(),
            ],
        },
    ));
    let case = p.replay(&log).unwrap();
    let t = AssistanceTemplates::standard();
    let n = t
        .fill(AssistanceNoticeKind::Refusal, &p, &case, &ctx())
        .unwrap();
    let m = &n.markdown;
    assert!(
        m.contains("1. 车辆价值") && m.contains("2. 家庭人均收入"),
        "{m}"
    );
    assert!(m.contains("六十日内，向示例县人民政府申请行政复议"), "{m}");
    assert!(m.contains("六个月内") && m.contains("第四十六条"), "{m}");
    assert!(m.contains("第二十一条 [V2]"), "{m}");
    assert!(n.to_html().contains("<ol>"));
    // An approval notice for a refused case cannot be filled: no amount.
    let e = t
        .fill(AssistanceNoticeKind::Approval, &p, &case, &ctx())
        .unwrap_err();
    assert_eq!(e.code(), "bad_template");
    // The approval of a paid case: the amount and the first month.
    let case = p.replay(&paying()).unwrap();
    let n = t
        .fill(AssistanceNoticeKind::Approval, &p, &case, &ctx())
        .unwrap();
    assert!(
        n.markdown.contains("每月 1500.00 元，自 2026年05月 起"),
        "{}",
        n.markdown
    );
    // A correction notice lists every missing item.
    let log = vec![
        received(Programme::Tekun),
        ev(
            d(2026, 3, 3),
            K::CorrectionRequested {
                missing: vec!["户口簿".into(), "残疾人证".into()],
            },
        ),
    ];
    let case = p.replay(&log).unwrap();
    let n = t
        .fill(AssistanceNoticeKind::Correction, &p, &case, &ctx())
        .unwrap();
    assert!(
        n.markdown.contains("1. 户口簿\n2. 残疾人证"),
        "{}",
        n.markdown
    );
    // A replaced template with an unknown placeholder is refused.
    let bad = r#"{"templates": {"refusal": {"title": "x", "body": "{{id_number}}"}}}"#;
    assert_eq!(
        AssistanceTemplates::from_json(bad).unwrap_err().code(),
        "bad_template"
    );
}

#[test]
fn public_rows_list_only_what_privacy_allows_and_never_children() {
    use AssistanceEventKind as K;
    let (cal, cat) = setup();
    let p = Procedure::new(&cal, &cat);
    let dibao = p.replay(&paying()).unwrap();
    let child_log = vec![
        ev(
            d(2026, 3, 2),
            K::Received {
                programme: Programme::DeFactoChild,
                applicant: "小明".into(),
                township: "城关镇".into(),
                village: "东街社区".into(),
                division: "410102".into(),
                household_size: 1,
                staff_relative: false,
                category: None,
            },
        ),
        ev(d(2026, 3, 2), K::Accepted {}),
        ev(d(2026, 3, 10), K::TownshipOpinion { favourable: true }),
        ev(d(2026, 3, 11), K::SubmittedToCounty {}),
        ev(
            d(2026, 3, 20),
            K::Approved {
                amount_fen: 130_000,
            },
        ),
    ];
    let child = p.replay(&child_log).unwrap();
    let rows = public_rows(&[dibao, child], d(2026, 5, 1));
    assert_eq!(rows.len(), 1);
    let json = serde_json::to_value(&rows[0]).unwrap();
    let keys: Vec<&String> = json.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["amount_fen", "household_size", "name", "village"]);
    assert_eq!(rows[0].amount_fen, 150_000);
    // April: decided 04-08, not yet paid.
    assert!(public_rows(&[p.replay(&paying()).unwrap()], d(2026, 4, 1)).is_empty());
}

#[test]
fn the_registers_show_relatives_and_refusals_without_a_timely_notice() {
    use AssistanceEventKind as K;
    let (cal, cat) = setup();
    let p = Procedure::new(&cal, &cat);
    let mut log = paying();
    log.pop();
    if let K::Received { staff_relative, .. } = &mut log[0].kind {
        *staff_relative = true;
    }
    let mut visited = log.clone();
    visited.push(ev(
        d(2026, 3, 25),
        K::HomeVisit {
            investigators: two(),
        },
    ));
    visited.push(ev(
        d(2026, 3, 26),
        K::Refused {
            reasons: vec!["收入超过标准".into()],
        },
    ));
    let refused = p.replay(&visited).unwrap();
    let rel = relatives_register(std::slice::from_ref(&refused));
    assert_eq!(rel.len(), 1);
    assert_eq!(rel[0].county_home_visit, Some(d(2026, 3, 25)));
    assert!(!rel[0].decided_without_visit);
    // Refused 03-26 (Thu): notice due 3 WD later, 03-31; on 04-01 it is missing.
    let reg = refusal_register(&p, std::slice::from_ref(&refused), d(2026, 4, 1)).unwrap();
    assert_eq!(reg[0].notice_due, Some(d(2026, 3, 31)));
    assert_eq!(reg[0].timeliness, NoticeTimeliness::Missing);
    let csv = refusals_csv(&reg);
    assert!(csv.lines().nth(1).unwrap().contains("missing"), "{csv}");
    assert!(relatives_csv(&rel).starts_with("案件编号,"));
}

#[test]
fn stopping_tekun_support_waits_for_its_seven_day_notice() {
    use AssistanceEventKind as K;
    let (cal, cat) = setup();
    let p = Procedure::new(&cal, &cat);
    let log = tekun_paying();
    let stop = |day| {
        ev(
            day,
            K::Stopped {
                reasons: vec!["恢复劳动能力".into()],
            },
        )
    };
    let m = refused(&p, &log, stop(d(2026, 7, 1)));
    assert!(m.contains("第二十六条"), "{m}");
    let mut posted = log.clone();
    posted.push(ev(d(2026, 7, 1), K::Posted {}));
    // Posted 07-01 (Wed): 07-02..07-08 → ends 07-08; a stop on 07-08 is refused, 07-09 applies.
    let m = refused(&p, &posted, stop(d(2026, 7, 8)));
    assert!(m.contains("2026-07-08"), "{m}");
    posted.push(stop(d(2026, 7, 9)));
    let case = p.replay(&posted).unwrap();
    assert_eq!(case.closed, Some((d(2026, 7, 9), Ending::Stopped)));
    assert_eq!(case.amount_on(d(2026, 8, 1)), 0);
    assert_eq!(case.amount_on(d(2026, 7, 1)), 120_000);
}

#[test]
fn an_objection_to_a_tekun_termination_is_reinvestigated_and_decided_either_way() {
    use AssistanceEventKind as K;
    let (cal, cat) = setup();
    let p = Procedure::new(&cal, &cat);
    let mut log = tekun_paying();
    let objection = |day| {
        ev(
            day,
            K::Objection {
                summary: String::new(),
            },
        )
    };
    // No termination posted: neither an objection nor a decision to continue has a place.
    let m = refused(&p, &log, objection(d(2026, 7, 2)));
    assert!(m.contains("第二十六条"), "{m}");
    let m = refused(&p, &log, ev(d(2026, 7, 2), K::SupportContinued {}));
    assert!(m.contains("第二十六条"), "{m}");
    // Posted 07-01: the notice runs 07-02..07-08; an objection on 07-09 is too late.
    log.push(ev(d(2026, 7, 1), K::Posted {}));
    let m = refused(&p, &log, objection(d(2026, 7, 9)));
    assert!(m.contains("2026-07-08"), "{m}");
    // Without an objection there is nothing to continue.
    let m = refused(&p, &log, ev(d(2026, 7, 3), K::SupportContinued {}));
    assert!(m.contains("第二十六条"), "{m}");
    log.push(objection(d(2026, 7, 3)));
    let case = p.replay(&log).unwrap();
    let t = p.timings(&case).unwrap();
    let last = t.last().unwrap();
    // 15 working days from 07-03 (Fri): 06..10 (5), 13..17 (10), 20..24 (15) -> 07-24.
    assert_eq!(
        (last.step, last.rule.as_str(), last.due, last.done),
        (
            ProcedureStep::ObjectionReview,
            "tekun.termination_objection_review",
            d(2026, 7, 24),
            None
        )
    );
    assert_eq!(last.basis.article, "第二十六条");
    // Decided to continue: the notice is spent, a stop needs a new one.
    log.push(ev(d(2026, 7, 20), K::SupportContinued {}));
    let stop = |day| {
        ev(
            day,
            K::Stopped {
                reasons: vec!["不再符合条件".into()],
            },
        )
    };
    let m = refused(&p, &log, stop(d(2026, 7, 21)));
    assert!(m.contains("公示"), "{m}");
    let case = p.replay(&log).unwrap();
    assert_eq!(case.state, AssistanceState::Paying);
    assert_eq!(
        p.timings(&case).unwrap().last().unwrap().done,
        Some(d(2026, 7, 20))
    );
    // A 低保 recipient has no termination 公示: an objection while paying is refused.
    let m = refused(&p, &paying(), objection(d(2026, 5, 6)));
    assert!(m.contains("objection"), "{m}");
}
