//! Properties of window cases: replay is deterministic, every prefix of a valid log replays, a
//! refused event changes nothing, statistics add up across groupings, supervision agrees with the
//! due dates.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use chrono::{Days, NaiveDate};
use minzheng::calendar::Calendar;
use minzheng::window::{
    group_by_case, supervise, synth, Desk, SuspensionReason, Watch, WindowCase, WindowEvent,
    WindowEventKind, WindowItem, WindowStats,
};
use proptest::prelude::*;
use std::sync::OnceLock;

fn items() -> Vec<WindowItem> {
    (0..9)
        .map(|i| {
            let category = ["行政许可", "行政确认", "行政给付"][i % 3];
            let unit = ["甲科", "乙科"][i % 2];
            serde_json::from_value(serde_json::json!({
                "code": format!("P-{i}"), "name": format!("事项{i}"),
                "category": category, "unit": unit,
                "materials": [{"name": "申请书"}, {"name": "身份证明"}],
                "immediate": i % 4 == 0, "licence": i % 3 == 0 && i % 4 != 0,
                "statutory": if i % 4 == 0 { serde_json::json!({"amount": 0, "unit": "working_days"}) } else if i % 5 == 0 { serde_json::json!({"amount": 60, "unit": "natural_days"}) } else { serde_json::json!({"amount": 20, "unit": "working_days"}) },
                "promised": if i % 4 == 0 { serde_json::Value::Null } else { serde_json::json!({"amount": 3 + i, "unit": "working_days"}) },
                "extension": {"amount": 10, "unit": "working_days"}
            }))
            .unwrap()
        })
        .collect()
}

struct World {
    cal: Calendar,
    groups: Vec<Vec<WindowEvent>>,
}

fn world() -> &'static World {
    static W: OnceLock<World> = OnceLock::new();
    W.get_or_init(|| {
        let cal = Calendar::china();
        let events = synth::synthetic_cases(&cal, 99, 2025, 600, &items());
        let groups = group_by_case(events).into_iter().map(|(_, e)| e).collect();
        World { cal, groups }
    })
}

fn desk(w: &World) -> Desk<'_> {
    Desk::new(&w.cal, items()).unwrap()
}

fn any_event(case: &str, date: NaiveDate, k: u8, n: u32) -> WindowEvent {
    let kind = match k % 12 {
        0 => WindowEventKind::Received {
            item: "P-1".into(),
            applicant: "x".into(),
            submitted: vec![],
        },
        1 => WindowEventKind::CorrectionRequested {
            missing: if n % 3 == 0 {
                vec![]
            } else {
                vec!["申请书".into()]
            },
        },
        2 => WindowEventKind::Corrected { supplied: vec![] },
        3 => WindowEventKind::Accepted {},
        4 => WindowEventKind::Refused {
            grounds: if n % 2 == 0 {
                String::new()
            } else {
                "理由".into()
            },
        },
        5 => WindowEventKind::Suspended {
            reason: SuspensionReason::Hearing,
        },
        6 => WindowEventKind::Resumed {},
        7 => WindowEventKind::ExtensionApproved {
            amount: n % 14,
            approved_by: if n % 5 == 0 {
                String::new()
            } else {
                "局长".into()
            },
        },
        8 => WindowEventKind::Decided {
            granted: n % 2 == 0,
            grounds: if n % 3 == 0 {
                String::new()
            } else {
                "理由".into()
            },
        },
        9 => WindowEventKind::Issued {},
        10 => WindowEventKind::Delivered {},
        _ => WindowEventKind::Withdrawn {},
    };
    WindowEvent {
        case: case.to_owned(),
        date,
        kind,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn replay_is_deterministic_and_every_prefix_replays(i in 0usize..600, cut in 1usize..8) {
        let w = world();
        let d = desk(w);
        let g = &w.groups[i % w.groups.len()];
        prop_assert_eq!(d.replay(g).unwrap(), d.replay(g).unwrap());
        let n = cut.min(g.len());
        prop_assert!(d.replay(&g[..n]).is_ok());
    }

    #[test]
    fn a_refused_event_changes_nothing(i in 0usize..600, cut in 1usize..8, k in 0u8..12, n in 0u32..100, shift in -3i64..20) {
        let w = world();
        let d = desk(w);
        let g = &w.groups[i % w.groups.len()];
        let mut case = d.replay(&g[..cut.min(g.len())]).unwrap();
        let last = g[..cut.min(g.len())].last().unwrap().date;
        let date = if shift >= 0 { last + Days::new(shift as u64) } else { last - Days::new(shift.unsigned_abs()) };
        let before = case.clone();
        let e = any_event(&case.id, date, k, n);
        match d.apply(&mut case, &e) {
            Err(_) => prop_assert_eq!(&case, &before),
            Ok(()) => prop_assert!(case.events + case.duplicates_ignored > before.events + before.duplicates_ignored),
        }
    }

    #[test]
    fn statistics_add_up_across_groupings(start in 0u64..300, len in 0u64..200, take in 50usize..600) {
        let w = world();
        let d = desk(w);
        let cases: Vec<WindowCase> = w.groups.iter().take(take).map(|g| d.replay(g).unwrap()).collect();
        let from = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap() + Days::new(start);
        let to = from + Days::new(len);
        let s = WindowStats::compute(&d, "x", &cases, from, to).unwrap();
        let o = &s.overall;
        for groups in [&s.by_item, &s.by_unit, &s.by_category] {
            prop_assert_eq!(groups.values().map(|g| g.received).sum::<u64>(), o.received);
            prop_assert_eq!(groups.values().map(|g| g.decided).sum::<u64>(), o.decided);
            prop_assert_eq!(groups.values().map(|g| g.on_time).sum::<u64>(), o.on_time);
            prop_assert_eq!(groups.values().map(|g| g.overdue_open).sum::<u64>(), o.overdue_open);
        }
        prop_assert_eq!(s.monthly.iter().map(|m| m.stats.received).sum::<u64>(), o.received);
        prop_assert_eq!(s.monthly.iter().map(|m| m.stats.decided).sum::<u64>(), o.decided);
        prop_assert_eq!(o.immediate + o.promised, o.decided);
        prop_assert!(o.accepted + o.not_accepted <= o.received);
        prop_assert!((0.0..=1.0).contains(&o.on_time_rate) && (0.0..=1.0).contains(&o.immediate_share));
    }

    #[test]
    fn supervision_agrees_with_each_due_date(day in 0u64..364) {
        let w = world();
        let d = desk(w);
        let cases: Vec<WindowCase> = w.groups.iter().map(|g| d.replay(g).unwrap()).collect();
        let today = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap() + Days::new(day);
        let rows = supervise(&d, &cases, today, 3).unwrap();
        let mut last_rank = 0u8;
        for r in &rows {
            let rank = match r.watch {
                Watch::Overdue { .. } => { prop_assert!(r.due < today); 0 }
                Watch::DueToday => { prop_assert_eq!(r.due, today); 1 }
                Watch::Warning { workdays_left } => { prop_assert!(r.due > today && workdays_left <= 3); 2 }
                Watch::Running { workdays_left } => { prop_assert!(r.due > today && workdays_left > 3); 3 }
                other => { prop_assert!(false, "a watch this test does not know: {other:?}"); 4 }
            };
            prop_assert!(rank >= last_rank, "rows are sorted by urgency");
            last_rank = rank;
        }
    }
}
