use super::*;
use std::collections::HashSet;

#[test]
fn numbers_are_the_discriminants_unique_sorted_and_never_zero() {
    let mut previous = 0;
    for &code in ErrorCode::ALL {
        assert_eq!(code.number(), code as u32, "{code:?}");
        assert!(
            code.number() > previous,
            "{code:?} out of order or repeated"
        );
        previous = code.number();
    }
}

#[test]
fn every_number_lies_in_its_domain_range_and_names_start_with_the_domain() {
    let mut names = HashSet::new();
    for &code in ErrorCode::ALL {
        let (lo, hi) = code.domain().range();
        assert!((lo..=hi).contains(&code.number()), "{code:?}");
        let prefix = format!("{}.", code.domain().as_str());
        assert!(
            code.name().starts_with(&prefix),
            "{code:?}: {}",
            code.name()
        );
        assert!(names.insert(code.name()), "name {} twice", code.name());
        assert!(!code.meaning_zh().is_empty() && !code.meaning_en().is_empty());
    }
}

#[test]
fn domain_ranges_do_not_overlap() {
    for pair in Domain::ALL.windows(2) {
        if let [a, b] = pair {
            assert!(a.range().1 < b.range().0, "{a:?} / {b:?}");
        }
    }
}

#[test]
fn codes_are_found_by_number_and_by_name() {
    for &code in ErrorCode::ALL {
        assert_eq!(ErrorCode::from_number(code.number()), Some(code));
        assert_eq!(ErrorCode::from_name(code.name()), Some(code));
    }
    assert_eq!(ErrorCode::from_number(0), None);
    assert_eq!(ErrorCode::from_number(999_999), None);
    assert_eq!(ErrorCode::from_name("calendar.nothing"), None);
}

#[test]
fn no_message_holds_an_identity_number_in_clear() {
    use crate::eligibility::EligibilityError;
    let e = EligibilityError::Json {
        message: "invalid type: string \"11010519491231002X\", expected u32 at line 1".into(),
    };
    for text in [e.zh(), e.en(), e.to_string()] {
        assert!(!text.contains("11010519491231002X"), "{text}");
        assert!(text.contains("110105********002X"), "{text}");
    }
    // A credit code's 18 characters are not an identity number's shape, and stay readable.
    assert_eq!(redact_ids("91350100M000100Y43"), "91350100M000100Y43");
    // Digits glued to letters are not a number on their own.
    assert_eq!(redact_ids("A11010519491231002X"), "A11010519491231002X");
}

proptest::proptest! {
    #[test]
    fn redaction_masks_any_embedded_number(
        before in "[^0-9A-Za-z]{0,3}[a-z 中文]{0,8}[^0-9A-Za-z]",
        after in "[^0-9A-Za-z][a-z 中文]{0,8}",
        id in "[0-9]{17}[0-9X]",
    ) {
        let text = format!("{before}{id}{after}");
        let red = redact_ids(&text);
        proptest::prop_assert!(!red.contains(&id));
        proptest::prop_assert_eq!(red.chars().count(), text.chars().count());
    }
}
