//! The event logs refuse a key their event does not have, as the profiles and power lists do:
//! a misspelled field (`"submited"` for `"submitted"`) must not be read as "not given".
//! (`deny_unknown_fields` on the tagged event kinds; the case id and date are the outer
//! struct's, the type tag the enum's.)
#![allow(clippy::unwrap_used, clippy::panic, clippy::indexing_slicing)]

const WINDOW: &str = include_str!("../../examples/data/window-cases-2025.jsonl");
const REQUESTS: &str = include_str!("../../examples/data/requests-2025.jsonl");
const ASSISTANCE: &str = include_str!("../../examples/data/assistance-cases-2025.jsonl");
const REVIEWS: &str = include_str!("../../examples/data/review-records-2025.json");

/// Each of the first `n` lines of a log parses, and parses no longer with a `"typo"` key added
/// at its start or its end; the error names the key.
fn refuses_typo<E: std::fmt::Display, T>(log: &str, n: usize, parse: fn(&str) -> Result<T, E>) {
    for line in log.lines().take(n) {
        assert!(parse(line).is_ok(), "{line}");
        let start = format!("{{\"typo\":1,{}", &line[1..]);
        let end = format!("{},\"typo\":1}}", &line[..line.len() - 1]);
        for bad in [start, end] {
            match parse(&bad) {
                Ok(_) => panic!("accepted: {bad}"),
                Err(e) => assert!(e.to_string().contains("typo"), "{bad}: {e}"),
            }
        }
    }
}

#[test]
fn window_events_refuse_unknown_keys() {
    refuses_typo(WINDOW, 40, minzheng::window::parse_log);
}

#[test]
fn disclosure_events_refuse_unknown_keys() {
    refuses_typo(REQUESTS, 40, minzheng::disclosure::parse_log);
}

#[test]
fn assistance_events_refuse_unknown_keys() {
    refuses_typo(ASSISTANCE, 60, minzheng::assistance::parse_log);
}

#[test]
fn review_steps_refuse_unknown_keys() {
    use minzheng::disclosure::ReviewRecord;
    let good: Result<Vec<ReviewRecord>, _> = minzheng::json::from_str(REVIEWS);
    assert!(good.is_ok());
    let bad = REVIEWS.replacen(
        "\"action\": \"approve\",",
        "\"action\": \"approve\", \"typo\": 1,",
        1,
    );
    assert_ne!(bad, REVIEWS);
    let e = minzheng::json::from_str::<Vec<ReviewRecord>>(&bad)
        .unwrap_err()
        .to_string();
    assert!(e.contains("typo"), "{e}");
}
