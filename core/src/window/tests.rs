use super::*;
use crate::calendar::Calendar;
use crate::deadline::Period;
use crate::EventError;
use chrono::NaiveDate;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn licence_item() -> WindowItem {
    serde_json::from_value(serde_json::json!({
        "code": "XK-01", "name": "示例许可事项", "category": "行政许可", "unit": "行政审批科",
        "materials": [{"name": "申请书"}, {"name": "章程草案"}, {"name": "验资报告"}, {"name": "住所证明", "required": false}],
        "statutory": {"amount": 20, "unit": "working_days"},
        "promised": {"amount": 10, "unit": "working_days"},
        "extension": {"amount": 10, "unit": "working_days"},
        "licence": true,
        "bases": [{"instrument": "行政许可法", "article": "第三十八条", "confidence": "v1"}],
        "remedies": [{"kind": "行政复议", "body": "示例市人民政府", "time_limit": {"amount": 60, "unit": "natural_days"}},
                     {"kind": "行政诉讼", "body": "示例区人民法院", "time_limit": {"amount": 6, "unit": "months"}}]
    }))
    .unwrap()
}

fn immediate_item() -> WindowItem {
    serde_json::from_value(serde_json::json!({
        "code": "JB-01", "name": "示例即办事项", "category": "行政确认", "unit": "社会事务科",
        "immediate": true, "materials": [{"name": "身份证明"}]
    }))
    .unwrap()
}

fn ev(case: &str, date: NaiveDate, kind: serde_json::Value) -> WindowEvent {
    let mut v = kind;
    v["case"] = serde_json::json!(case);
    v["date"] = serde_json::json!(date.to_string());
    serde_json::from_value(v).unwrap()
}

fn received(case: &str, item: &str, date: NaiveDate) -> WindowEvent {
    ev(
        case,
        date,
        serde_json::json!({"type": "received", "item": item, "applicant": "张三"}),
    )
}

fn desk(cal: &Calendar) -> Desk<'_> {
    Desk::new(cal, vec![licence_item(), immediate_item()]).unwrap()
}

#[test]
fn a_late_correction_notice_means_accepted_on_receipt() {
    let cal = Calendar::china();
    let desk = desk(&cal);
    // Received Fri 2025-09-26. Correction limit 5 wd: 09-28 (Sun, make-up), 09-29, 09-30,
    // 10-09, 10-10 (10-01..08 National Day) → due 10-10. Notified Mon 10-13: late.
    let case = desk
        .replay(&[
            received("A", "XK-01", d(2025, 9, 26)),
            ev(
                "A",
                d(2025, 10, 13),
                serde_json::json!({"type": "correction_requested", "missing": ["验资报告"]}),
            ),
        ])
        .unwrap();
    assert_eq!(case.state, WindowState::Accepted);
    assert_eq!(case.accepted_on, Some(d(2025, 9, 26)));
    assert_eq!(case.notes.first().map(|n| n.code), Some("WN001"));
    // 10 promised wd from 09-26: 09-28, 09-29, 09-30, 10-09, 10-10, 10-11 (Sat, make-up),
    // 10-13, 10-14, 10-15, 10-16.
    assert_eq!(
        desk.decision_due(&case, d(2025, 10, 13)).unwrap(),
        d(2025, 10, 16)
    );
}

#[test]
fn a_timely_correction_waits_for_the_materials_and_the_clock_starts_at_acceptance() {
    let cal = Calendar::china();
    let desk = desk(&cal);
    let mut case = desk
        .replay(&[
            received("B", "XK-01", d(2025, 3, 3)),
            ev("B", d(2025, 3, 5), serde_json::json!({"type": "correction_requested", "missing": ["验资报告", "章程草案"]})),
        ])
        .unwrap();
    assert_eq!(case.state, WindowState::AwaitingCorrection);
    assert_eq!(desk.clock(&case, d(2025, 3, 20)).unwrap(), None);
    desk.apply(
        &mut case,
        &ev(
            "B",
            d(2025, 3, 20),
            serde_json::json!({"type": "corrected", "supplied": ["验资报告", "章程草案"]}),
        ),
    )
    .unwrap();
    desk.apply(
        &mut case,
        &ev("B", d(2025, 3, 21), serde_json::json!({"type": "accepted"})),
    )
    .unwrap();
    assert_eq!(case.accepted_on, Some(d(2025, 3, 21)));
    // 10 wd after Fri 03-21: 03-24..28 (5), 03-31..04-03 (9), 04-07 (10; 04-04 is 清明).
    assert_eq!(
        desk.decision_due(&case, d(2025, 3, 21)).unwrap(),
        d(2025, 4, 7)
    );
}

#[test]
fn acceptance_after_the_correction_limit_runs_the_clock_from_receipt() {
    let cal = Calendar::china();
    let desk = desk(&cal);
    // Received Mon 03-03, limit 5 wd → 03-10; accepted 03-12.
    let case = desk
        .replay(&[
            received("C", "XK-01", d(2025, 3, 3)),
            ev("C", d(2025, 3, 12), serde_json::json!({"type": "accepted"})),
        ])
        .unwrap();
    assert_eq!(case.accepted_on, Some(d(2025, 3, 3)));
    assert_eq!(case.notes.first().map(|n| n.code), Some("WN002"));
}

#[test]
fn an_application_left_unanswered_past_the_limit_is_on_the_decision_clock() {
    let cal = Calendar::china();
    let desk = desk(&cal);
    let case = desk
        .replay(&[received("D", "XK-01", d(2025, 3, 3))])
        .unwrap();
    assert_eq!(
        desk.clock(&case, d(2025, 3, 7)).unwrap(),
        Some((WindowClock::Acceptance, d(2025, 3, 10)))
    );
    // After 03-10 it counts as accepted on 03-03: 10 wd → 03-17.
    assert_eq!(
        desk.clock(&case, d(2025, 3, 11)).unwrap(),
        Some((WindowClock::Decision, d(2025, 3, 17)))
    );
}

#[test]
fn a_hearing_suspends_the_clock() {
    let cal = Calendar::china();
    let desk = desk(&cal);
    // Accepted Mon 03-03; 10 wd → 03-17. Hearing from 03-05, resumed 03-07: 03-06 and 03-07
    // not counted → 03-19.
    let case = desk
        .replay(&[
            received("E", "XK-01", d(2025, 3, 3)),
            ev("E", d(2025, 3, 3), serde_json::json!({"type": "accepted"})),
            ev(
                "E",
                d(2025, 3, 5),
                serde_json::json!({"type": "suspended", "reason": "hearing"}),
            ),
            ev("E", d(2025, 3, 7), serde_json::json!({"type": "resumed"})),
        ])
        .unwrap();
    assert_eq!(
        desk.decision_due(&case, d(2025, 3, 10)).unwrap(),
        d(2025, 3, 19)
    );
}

#[test]
fn an_extension_adds_working_days_within_the_item_maximum() {
    let cal = Calendar::china();
    let desk = desk(&cal);
    let mut case = desk
        .replay(&[
            received("F", "XK-01", d(2025, 3, 3)),
            ev("F", d(2025, 3, 3), serde_json::json!({"type": "accepted"})),
        ])
        .unwrap();
    let too_long = ev(
        "F",
        d(2025, 3, 14),
        serde_json::json!({"type": "extension_approved", "amount": 11, "approved_by": "局长"}),
    );
    let before = case.clone();
    assert!(matches!(
        desk.apply(&mut case, &too_long),
        Err(WindowError::Event(EventError::Refused { .. }))
    ));
    assert_eq!(case, before);
    desk.apply(
        &mut case,
        &ev(
            "F",
            d(2025, 3, 14),
            serde_json::json!({"type": "extension_approved", "amount": 10, "approved_by": "局长"}),
        ),
    )
    .unwrap();
    // 03-17 + 10 wd: 03-18..21 (4), 03-24..28 (9), 03-31 (10).
    assert_eq!(
        desk.decision_due(&case, d(2025, 3, 14)).unwrap(),
        d(2025, 3, 31)
    );
    // After expiry no extension: a second case extended on 03-18 (due was 03-17).
    let mut late = desk
        .replay(&[
            received("G", "XK-01", d(2025, 3, 3)),
            ev("G", d(2025, 3, 3), serde_json::json!({"type": "accepted"})),
        ])
        .unwrap();
    let r = desk.apply(
        &mut late,
        &ev(
            "G",
            d(2025, 3, 18),
            serde_json::json!({"type": "extension_approved", "amount": 5, "approved_by": "局长"}),
        ),
    );
    assert!(
        matches!(r, Err(WindowError::Event(EventError::Refused { .. }))),
        "{r:?}"
    );
}

#[test]
fn an_on_the_spot_item_is_due_the_day_it_is_accepted() {
    let cal = Calendar::china();
    let desk = desk(&cal);
    let mut case = desk
        .replay(&[
            received("H", "JB-01", d(2025, 3, 3)),
            ev("H", d(2025, 3, 3), serde_json::json!({"type": "accepted"})),
        ])
        .unwrap();
    assert_eq!(
        desk.decision_due(&case, d(2025, 3, 3)).unwrap(),
        d(2025, 3, 3)
    );
    let rows = supervise(&desk, std::slice::from_ref(&case), d(2025, 3, 4), 3).unwrap();
    assert_eq!(
        rows.first().map(|r| r.watch),
        Some(Watch::Overdue {
            workdays: 1,
            days: 1
        })
    );
    desk.apply(
        &mut case,
        &ev(
            "H",
            d(2025, 3, 4),
            serde_json::json!({"type": "decided", "granted": true}),
        ),
    )
    .unwrap();
    assert!(case.notes.iter().any(|n| n.code == "WN003"));
}

#[test]
fn a_promise_above_the_statutory_limit_is_refused() {
    let cal = Calendar::china();
    let mut item = licence_item();
    item.promised = Some(Period::working_days(25));
    assert!(matches!(
        Desk::new(&cal, vec![item]),
        Err(WindowError::BadItem { .. })
    ));
}

#[test]
fn corrections_must_list_materials_of_the_item_and_come_once() {
    let cal = Calendar::china();
    let desk = desk(&cal);
    let mut case = desk
        .replay(&[received("I", "XK-01", d(2025, 3, 3))])
        .unwrap();
    let unknown = ev(
        "I",
        d(2025, 3, 4),
        serde_json::json!({"type": "correction_requested", "missing": ["户口本"]}),
    );
    assert!(desk.apply(&mut case, &unknown).is_err());
    desk.apply(
        &mut case,
        &ev(
            "I",
            d(2025, 3, 4),
            serde_json::json!({"type": "correction_requested", "missing": ["申请书"]}),
        ),
    )
    .unwrap();
    desk.apply(
        &mut case,
        &ev("I", d(2025, 3, 6), serde_json::json!({"type": "corrected"})),
    )
    .unwrap();
    let second = ev(
        "I",
        d(2025, 3, 7),
        serde_json::json!({"type": "correction_requested", "missing": ["章程草案"]}),
    );
    let before = case.clone();
    assert!(desk.apply(&mut case, &second).is_err());
    assert_eq!(case, before);
}

#[test]
fn out_of_order_events_are_refused_and_duplicates_ignored() {
    let cal = Calendar::china();
    let desk = desk(&cal);
    let acc = ev("J", d(2025, 3, 5), serde_json::json!({"type": "accepted"}));
    let case = desk
        .replay(&[received("J", "XK-01", d(2025, 3, 3)), acc.clone(), acc])
        .unwrap();
    assert_eq!(case.duplicates_ignored, 1);
    let r = desk.replay(&[
        received("K", "XK-01", d(2025, 3, 3)),
        ev("K", d(2025, 3, 5), serde_json::json!({"type": "accepted"})),
        ev(
            "K",
            d(2025, 3, 4),
            serde_json::json!({"type": "suspended", "reason": "testing"}),
        ),
    ]);
    assert!(matches!(
        r,
        Err(WindowError::Event(EventError::OutOfOrder { .. }))
    ));
}

#[test]
fn a_granted_licence_is_then_on_the_issue_clock_and_delivery_closes_it() {
    let cal = Calendar::china();
    let desk = desk(&cal);
    let mut case = desk
        .replay(&[
            received("L", "XK-01", d(2025, 3, 3)),
            ev("L", d(2025, 3, 3), serde_json::json!({"type": "accepted"})),
            ev(
                "L",
                d(2025, 3, 10),
                serde_json::json!({"type": "decided", "granted": true}),
            ),
        ])
        .unwrap();
    // Issue within 10 wd of the decision (行政许可法 第四十四条): 03-24.
    assert_eq!(
        desk.clock(&case, d(2025, 3, 11)).unwrap(),
        Some((WindowClock::Issue, d(2025, 3, 24)))
    );
    desk.apply(
        &mut case,
        &ev("L", d(2025, 3, 12), serde_json::json!({"type": "issued"})),
    )
    .unwrap();
    desk.apply(
        &mut case,
        &ev(
            "L",
            d(2025, 3, 13),
            serde_json::json!({"type": "delivered"}),
        ),
    )
    .unwrap();
    assert_eq!(case.closed, Some((d(2025, 3, 13), WindowOutcome::Granted)));
    assert!(desk
        .apply(
            &mut case,
            &ev(
                "L",
                d(2025, 3, 14),
                serde_json::json!({"type": "withdrawn"})
            )
        )
        .is_err());
}

#[test]
fn supervision_lists_the_most_urgent_first() {
    let cal = Calendar::china();
    let desk = desk(&cal);
    let mk = |id: &str, acc: NaiveDate| {
        desk.replay(&[
            received(id, "XK-01", acc),
            ev(id, acc, serde_json::json!({"type": "accepted"})),
        ])
        .unwrap()
    };
    // Due dates (10 wd): from 03-03 → 03-17; from 03-10 → 03-24; from 03-14 → 03-28.
    let cases = vec![
        mk("late", d(2025, 3, 3)),
        mk("soon", d(2025, 3, 10)),
        mk("far", d(2025, 3, 14)),
    ];
    let rows = supervise(&desk, &cases, d(2025, 3, 19), 3).unwrap();
    let got: Vec<(&str, Watch)> = rows.iter().map(|r| (r.case, r.watch)).collect();
    assert_eq!(
        got,
        vec![
            (
                "late",
                Watch::Overdue {
                    workdays: 2,
                    days: 2
                }
            ),
            ("soon", Watch::Warning { workdays_left: 3 }),
            ("far", Watch::Running { workdays_left: 7 }),
        ]
    );
}

#[test]
fn statistics_count_immediate_share_average_days_and_on_time_rate() {
    let cal = Calendar::china();
    let desk = desk(&cal);
    let cases = vec![
        // 承诺件 decided in 4 wd (03-03 → 03-07), on time.
        desk.replay(&[
            received("S1", "XK-01", d(2025, 3, 3)),
            ev("S1", d(2025, 3, 3), serde_json::json!({"type": "accepted"})),
            ev(
                "S1",
                d(2025, 3, 7),
                serde_json::json!({"type": "decided", "granted": true}),
            ),
        ])
        .unwrap(),
        // 承诺件 with a 2-wd hearing, decided 03-19: 12 wd elapsed − 2 suspended = 10, on time (due 03-19).
        desk.replay(&[
            received("S2", "XK-01", d(2025, 3, 3)),
            ev("S2", d(2025, 3, 3), serde_json::json!({"type": "accepted"})),
            ev(
                "S2",
                d(2025, 3, 5),
                serde_json::json!({"type": "suspended", "reason": "hearing"}),
            ),
            ev("S2", d(2025, 3, 7), serde_json::json!({"type": "resumed"})),
            ev(
                "S2",
                d(2025, 3, 19),
                serde_json::json!({"type": "decided", "granted": false, "grounds": "不符合条件"}),
            ),
        ])
        .unwrap(),
        // 即办件 decided on the spot.
        desk.replay(&[
            received("S3", "JB-01", d(2025, 3, 4)),
            ev("S3", d(2025, 3, 4), serde_json::json!({"type": "accepted"})),
            ev(
                "S3",
                d(2025, 3, 4),
                serde_json::json!({"type": "decided", "granted": true}),
            ),
        ])
        .unwrap(),
        // Not accepted.
        desk.replay(&[
            received("S4", "XK-01", d(2025, 3, 5)),
            ev(
                "S4",
                d(2025, 3, 5),
                serde_json::json!({"type": "refused", "grounds": "不属于本机关职权范围"}),
            ),
        ])
        .unwrap(),
        // Accepted 03-03, undecided at 03-31: due 03-17, overdue.
        desk.replay(&[
            received("S5", "XK-01", d(2025, 3, 3)),
            ev("S5", d(2025, 3, 3), serde_json::json!({"type": "accepted"})),
        ])
        .unwrap(),
    ];
    let s = WindowStats::compute(&desk, "示例", &cases, d(2025, 3, 1), d(2025, 3, 31)).unwrap();
    let o = &s.overall;
    assert_eq!(
        (o.received, o.accepted, o.not_accepted, o.decided),
        (5, 4, 1, 3)
    );
    assert_eq!(
        (o.immediate, o.promised, o.on_time, o.overdue_open),
        (1, 2, 3, 1)
    );
    assert!((o.immediate_share - 1.0 / 3.0).abs() < 1e-9);
    assert!(
        (o.average_workdays - 7.0).abs() < 1e-9,
        "{}",
        o.average_workdays
    );
    assert!((o.median_workdays - 7.0).abs() < 1e-9);
    // Groupings add up to the whole.
    let sum: u64 = s.by_category.values().map(|g| g.received).sum();
    assert_eq!(sum, o.received);
    let csv = s.to_csv();
    assert!(csv.lines().count() > 1 + 1 + 2 + 2 + 2);
    let html = s.to_html(&Default::default());
    assert_eq!(html.matches("<svg").count(), 2);
}

#[test]
fn notices_are_filled_with_dates_bases_and_remedies() {
    let cal = Calendar::china();
    let desk = desk(&cal);
    let t = Templates::standard();
    let case = desk
        .replay(&[
            received("N1", "XK-01", d(2025, 3, 3)),
            ev("N1", d(2025, 3, 3), serde_json::json!({"type": "accepted"})),
            ev("N1", d(2025, 3, 10), serde_json::json!({"type": "decided", "granted": false, "grounds": "章程草案不符合法定形式"})),
        ])
        .unwrap();
    let acc = t
        .fill(
            NoticeKind::Acceptance,
            &desk,
            &case,
            "示例市民政局",
            d(2025, 3, 3),
        )
        .unwrap();
    assert!(acc.markdown.contains("2025-03-17"), "{}", acc.markdown);
    let denial = t
        .fill(
            NoticeKind::Denial,
            &desk,
            &case,
            "示例市民政局",
            d(2025, 3, 10),
        )
        .unwrap();
    assert!(denial.markdown.contains("章程草案不符合法定形式"));
    assert!(denial
        .markdown
        .contains("行政复议：示例市人民政府（60日内）"));
    assert!(denial.markdown.contains("《行政许可法》第三十八条"));
    let html = denial.to_html();
    assert!(html.contains("<ol>") && html.contains("<h1>不予行政许可决定书</h1>"));
    // A grant notice for a case without a grant decision cannot be produced silently.
    let pending = desk
        .replay(&[received("N2", "XK-01", d(2025, 3, 3))])
        .unwrap();
    assert!(matches!(
        t.fill(NoticeKind::Grant, &desk, &pending, "x", d(2025, 3, 3)),
        Err(WindowError::BadTemplate { .. })
    ));
    // A correction notice lists every missing material.
    let corr = desk
        .replay(&[received("N3", "XK-01", d(2025, 3, 3)), ev("N3", d(2025, 3, 4), serde_json::json!({"type": "correction_requested", "missing": ["章程草案", "验资报告"]}))])
        .unwrap();
    let n = t
        .fill(
            NoticeKind::Correction,
            &desk,
            &corr,
            "示例市民政局",
            d(2025, 3, 4),
        )
        .unwrap();
    assert!(n.markdown.contains("1. 章程草案\n2. 验资报告"));
}

#[test]
fn a_template_with_an_unknown_placeholder_is_refused() {
    let r = Templates::from_json(
        r#"{"templates": {"acceptance": {"title": "x", "body": "{{nope}}"}}}"#,
    );
    assert!(matches!(r, Err(WindowError::BadTemplate { .. })));
}

#[cfg(feature = "tables")]
#[test]
fn statistics_csv_quotes_a_unit_name_with_a_line_break() {
    let d = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let mut s = crate::window::WindowStats {
        office: "民政局".into(),
        from: d,
        to: d,
        overall: Default::default(),
        by_item: Default::default(),
        by_unit: Default::default(),
        by_category: Default::default(),
        monthly: Vec::new(),
    };
    s.by_unit
        .insert("社会事务科\n（婚姻登记处）".into(), Default::default());
    s.by_unit.insert("科,室".into(), Default::default());
    let csv = s.to_csv();
    let grid = crate::tables::parse_csv(&csv).unwrap();
    let units: Vec<&str> = grid
        .iter()
        .filter(|r| r[0] == "unit")
        .map(|r| r[1].as_str())
        .collect();
    assert_eq!(units, ["社会事务科\n（婚姻登记处）", "科,室"]);
    assert!(grid.iter().all(|r| r.len() == 15), "{csv}");
}
