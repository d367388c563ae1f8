//! Deterministic synthetic window cases over a list of items: on-the-spot decisions, corrections
//! (some notified late), refusals, suspensions, extensions, denials, licences and deliveries,
//! some decided late and some still open at the end. For samples, tests and benchmarks.

use super::event::{SuspensionReason, WindowEvent, WindowEventKind};
use super::item::WindowItem;
use crate::calendar::Calendar;
use crate::rng::Rng;
use chrono::{Datelike, Days, NaiveDate};

fn push(ev: &mut Vec<WindowEvent>, case: &str, date: NaiveDate, kind: WindowEventKind) {
    ev.push(WindowEvent {
        case: case.to_owned(),
        date,
        kind,
    });
}

fn wd(cal: &Calendar, d: NaiveDate, n: u64) -> NaiveDate {
    cal.provisional()
        .add_workdays(d, i64::try_from(n).unwrap_or(0))
        .map(|a| a.value)
        .unwrap_or(d)
}

/// `count` cases received in `year` over `items` (cycled), with events cut at 31 December.
///
/// ```
/// use minzheng::calendar::Calendar;
/// use minzheng::window::{synth::synthetic_cases, WindowItem};
/// let item: WindowItem = serde_json::from_str(r#"{"code": "X", "name": "x", "category": "行政许可",
///   "unit": "u", "materials": [{"name": "申请书"}], "statutory": {"amount": 20, "unit": "working_days"}}"#).unwrap();
/// let events = synthetic_cases(&Calendar::china(), 1, 2025, 100, &[item]);
/// assert!(events.len() >= 200);
/// ```
pub fn synthetic_cases(
    calendar: &Calendar,
    seed: u64,
    year: i32,
    count: usize,
    items: &[WindowItem],
) -> Vec<WindowEvent> {
    let mut rng = Rng::new(seed);
    let (Some(jan1), Some(end)) = (
        NaiveDate::from_ymd_opt(year, 1, 1),
        NaiveDate::from_ymd_opt(year, 12, 31),
    ) else {
        return Vec::new();
    };
    let applicants = [
        "张伟",
        "王芳",
        "李娜",
        "刘洋",
        "陈静",
        "示例社会服务中心",
        "示例养老院",
        "示例慈善基金会",
    ];
    let reasons = [
        SuspensionReason::Hearing,
        SuspensionReason::ExpertReview,
        SuspensionReason::Testing,
        SuspensionReason::Appraisal,
    ];
    let mut out = Vec::with_capacity(count * 5);
    for i in 0..count {
        let Some(item) = items.get(i % items.len().max(1)) else {
            break;
        };
        let case = format!("CK{year}{:06}", i + 1);
        let day = jan1
            .checked_add_days(Days::new(rng.range(0, 360)))
            .unwrap_or(jan1);
        let received = calendar
            .provisional()
            .next_workday(day)
            .map(|a| a.value)
            .unwrap_or(day);
        let mut ev = Vec::new();
        let applicant = applicants
            .get(rng.range(0, 7) as usize)
            .copied()
            .unwrap_or("申请人");
        push(
            &mut ev,
            &case,
            received,
            WindowEventKind::Received {
                item: item.code.clone(),
                applicant: applicant.to_owned(),
                submitted: item.materials.iter().map(|m| m.name.clone()).collect(),
            },
        );
        let roll = rng.range(0, 99);
        let mut accepted = received;
        let mut suspended_days = 0;
        if roll < 4 {
            push(
                &mut ev,
                &case,
                wd(calendar, received, rng.range(0, 2)),
                WindowEventKind::Refused {
                    grounds: "申请事项不属于本机关职权范围".into(),
                },
            );
            out.extend(ev.into_iter().filter(|e| e.date <= end));
            continue;
        } else if roll < 16 && !item.materials.is_empty() {
            // One-time correction; one in six notified after the limit.
            let late = rng.range(0, 5) == 0;
            let asked = wd(calendar, received, if late { 7 } else { rng.range(0, 4) });
            let missing: Vec<String> = item
                .materials
                .iter()
                .take(1 + (rng.range(0, 1) as usize))
                .map(|m| m.name.clone())
                .collect();
            push(
                &mut ev,
                &case,
                asked,
                WindowEventKind::CorrectionRequested {
                    missing: missing.clone(),
                },
            );
            let supplied = wd(calendar, asked, rng.range(1, 6));
            push(
                &mut ev,
                &case,
                supplied,
                WindowEventKind::Corrected { supplied: missing },
            );
            if !late {
                accepted = wd(calendar, supplied, rng.range(0, 1));
                push(&mut ev, &case, accepted, WindowEventKind::Accepted {});
            } else {
                accepted = received;
            }
        } else {
            push(&mut ev, &case, received, WindowEventKind::Accepted {});
        }
        let (decided, granted) = if item.immediate {
            // On the spot, one in thirty the next day.
            let late = rng.range(0, 29) == 0;
            (wd(calendar, accepted, u64::from(late)), true)
        } else {
            let limit = item
                .promised
                .or(item.statutory)
                .map(|p| u64::from(p.amount))
                .unwrap_or(20);
            // Later events follow the latest one (after a late correction the case counts as
            // accepted on receipt, but the correction events come after it).
            let anchor = ev.last().map(|e| e.date).unwrap_or(accepted).max(accepted);
            if rng.range(0, 9) == 0 {
                let s = wd(calendar, anchor, rng.range(1, limit.max(2) - 1));
                let reason = reasons
                    .get(rng.range(0, 3) as usize)
                    .copied()
                    .unwrap_or(SuspensionReason::ExpertReview);
                push(&mut ev, &case, s, WindowEventKind::Suspended { reason });
                suspended_days = rng.range(2, 8);
                push(
                    &mut ev,
                    &case,
                    wd(calendar, s, suspended_days),
                    WindowEventKind::Resumed {},
                );
            }
            let mut allowed = limit + suspended_days;
            if let Some(ext) = item.extension {
                if rng.range(0, 19) == 0 {
                    // Granted on the last working day of the period (suspensions added back), and
                    // only if that is not before the events already logged.
                    let at = wd(
                        calendar,
                        accepted,
                        limit.saturating_sub(1).max(1) + suspended_days,
                    );
                    let amount = u32::try_from(rng.range(1, u64::from(ext.amount))).unwrap_or(1);
                    if ev.last().is_none_or(|e| e.date <= at) {
                        push(
                            &mut ev,
                            &case,
                            at,
                            WindowEventKind::ExtensionApproved {
                                amount,
                                approved_by: "局长".into(),
                            },
                        );
                        allowed += u64::from(amount);
                    }
                }
            }
            // Mostly well inside the limit (seed 003: promised 3.2 wd on average); a few late.
            let used = if rng.range(0, 24) == 0 {
                allowed + rng.range(1, 4)
            } else {
                rng.range(1, (limit / 2).max(1)) + suspended_days
            };
            let last = ev.last().map(|e| e.date).unwrap_or(accepted);
            (
                wd(calendar, accepted, used).max(last),
                rng.range(0, 19) != 0,
            )
        };
        let decided = decided.max(ev.last().map(|e| e.date).unwrap_or(decided));
        push(
            &mut ev,
            &case,
            decided,
            WindowEventKind::Decided {
                granted,
                grounds: if granted {
                    String::new()
                } else {
                    "经审查不符合法定条件".into()
                },
            },
        );
        if granted && item.licence {
            push(
                &mut ev,
                &case,
                wd(calendar, decided, rng.range(1, 6)),
                WindowEventKind::Issued {},
            );
        }
        let last = ev.last().map(|e| e.date).unwrap_or(decided);
        push(
            &mut ev,
            &case,
            wd(calendar, last, rng.range(0, 3)),
            WindowEventKind::Delivered {},
        );
        out.extend(
            ev.into_iter()
                .filter(|e| e.date <= end && e.date.year() == year),
        );
    }
    out
}
