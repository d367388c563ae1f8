//! The event logs refuse a key their event does not have, as the profiles and power lists do:
//! a misspelled field (`"submited"` for `"submitted"`) must not be read as "not given".
//! (`deny_unknown_fields` on the tagged event kinds; the case id and date are the outer
//! struct's, the type tag the enum's.)

const WINDOW: &str = include_str!("../../examples/data/window-cases-2025.jsonl");
const REQUESTS: &str = include_str!("../../examples/data/requests-2025.jsonl");
const ASSISTANCE: &str = include_str!("../../examples/data/assistance-cases-2025.jsonl");
const REVIEWS: &str = include_str!("../../examples/data/review-records-2025.json");

/// The first `n` lines of a log, each with a `"typo"` key added at `at` (start or end).
fn with_typo(log: &str, n: usize) -> Vec<(String, String)> {
    log.lines()
        .take(n)
        .flat_map(|l| {
            let start = format!("{{\"typo\":1,{}", &l[1..]);
            let end = format!("{},\"typo\":1}}", &l[..l.len() - 1]);
            [(l.to_owned(), start), (l.to_owned(), end)]
        })
        .collect()
}

#[test]
fn window_events_refuse_unknown_keys() {
    for (good, bad) in with_typo(WINDOW, 40) {
        assert!(minzheng::window::parse_log(&good).is_ok(), "{good}");
        let e = minzheng::window::parse_log(&bad).unwrap_err().to_string();
        assert!(e.contains("typo"), "{bad}: {e}");
    }
}

#[test]
fn disclosure_events_refuse_unknown_keys() {
    for (good, bad) in with_typo(REQUESTS, 40) {
        assert!(minzheng::disclosure::parse_log(&good).is_ok(), "{good}");
        let e = minzheng::disclosure::parse_log(&bad)
            .unwrap_err()
            .to_string();
        assert!(e.contains("typo"), "{bad}: {e}");
    }
}

#[test]
fn assistance_events_refuse_unknown_keys() {
    for (good, bad) in with_typo(ASSISTANCE, 60) {
        assert!(minzheng::assistance::parse_log(&good).is_ok(), "{good}");
        let e = minzheng::assistance::parse_log(&bad)
            .unwrap_err()
            .to_string();
        assert!(e.contains("typo"), "{bad}: {e}");
    }
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
