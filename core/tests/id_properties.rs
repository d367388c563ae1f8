//! Properties of identifier normalisation and conversion (proptest).
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::panic)]

use chrono::NaiveDate;
use minzheng::errors::Coded;
use minzheng::id::{
    check, classify, credit_check_char, normalise, resident_check_char, CreditCode, IdError,
    ResidentId, CREDIT_CHARSET,
};
use proptest::prelude::*;

const PROVINCES: [&str; 8] = ["11", "31", "34", "37", "44", "65", "81", "83"];

/// A valid 17-digit body: a province, four digits, a real birth date, a sequence.
fn body() -> impl Strategy<Value = String> {
    (
        0..PROVINCES.len(),
        0u32..10_000,
        0i64..73_000, // days from 1900-01-01 (to about 2099)
        0u32..1000,
    )
        .prop_map(|(p, rest, days, seq)| {
            let d = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap() + chrono::Days::new(days as u64);
            format!("{}{rest:04}{}{seq:03}", PROVINCES[p], d.format("%Y%m%d"))
        })
}

fn full_width(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                char::from_u32(c as u32 + 0xFEE0).unwrap()
            } else {
                c
            }
        })
        .collect()
}

proptest! {
    #[test]
    fn full_width_and_lower_case_read_as_the_ascii_number(b in body()) {
        let n = format!("{b}{}", resident_check_char(&b).unwrap());
        let id = ResidentId::parse(&n).unwrap();
        let typed = full_width(&n.to_ascii_lowercase());
        let again = ResidentId::parse(&typed).unwrap();
        prop_assert_eq!(again.number(), id.number());
        let norm = normalise(&typed);
        prop_assert_eq!(&norm.text, &n);
        prop_assert!(norm.full_width);
    }

    #[test]
    fn eighteen_to_fifteen_to_eighteen_is_the_same_number(b in body()) {
        let n = format!("{b}{}", resident_check_char(&b).unwrap());
        let id = ResidentId::parse(&n).unwrap();
        match id.to_15() {
            Some(old) => {
                prop_assert_eq!(&n[6..8], "19");
                prop_assert_eq!(old.len(), 15);
                let back = ResidentId::parse(&old).unwrap();
                prop_assert!(back.converted_from_15());
                prop_assert_eq!(back.number(), n.as_str());
                prop_assert_eq!(back.birth_date(), id.birth_date());
                prop_assert_eq!(back.sex(), id.sex());
            }
            None => prop_assert_ne!(&n[6..8], "19"),
        }
    }

    #[test]
    fn one_wrong_digit_is_always_caught(b in body(), pos in 0usize..17, delta in 1u32..10) {
        let n = format!("{b}{}", resident_check_char(&b).unwrap());
        let mut chars: Vec<char> = n.chars().collect();
        let d = chars[pos].to_digit(10).unwrap();
        chars[pos] = char::from_digit((d + delta) % 10, 10).unwrap();
        let typo: String = chars.iter().collect();
        prop_assert!(ResidentId::parse(&typo).is_err());
    }

    #[test]
    fn credit_codes_catch_one_wrong_symbol(
        body in proptest::collection::vec(0usize..31, 17),
        pos in 0usize..17,
        delta in 1usize..31,
    ) {
        let cs: Vec<char> = CREDIT_CHARSET.chars().collect();
        let mut b: Vec<char> = body.iter().map(|i| cs[*i]).collect();
        for c in b.iter_mut().skip(2).take(6) {
            *c = cs[(*c as usize) % 10]; // positions 3–8 are digits
        }
        let s: String = b.iter().collect();
        let code = format!("{s}{}", credit_check_char(&s).unwrap());
        prop_assert!(CreditCode::parse(&code).is_ok());
        prop_assert!(CreditCode::parse(&full_width(&code.to_ascii_lowercase())).is_ok());
        let mut typo: Vec<char> = code.chars().collect();
        let i = cs.iter().position(|c| *c == typo[pos]).unwrap();
        typo[pos] = cs[(i + delta) % 31];
        let typo: String = typo.iter().collect();
        if (2..8).contains(&pos) && !typo.as_bytes()[pos].is_ascii_digit() {
            let bad = matches!(CreditCode::parse(&typo), Err(IdError::BadCharacter { .. }));
            prop_assert!(bad, "{}", typo);
        } else {
            let wrong = matches!(CreditCode::parse(&typo), Err(IdError::CheckCharacterWrong { .. }));
            prop_assert!(wrong, "{}", typo);
        }
    }

    #[test]
    fn any_text_is_classified_and_checked_without_the_number_in_clear(s in "\\PC{0,30}") {
        let c = classify(&s);
        prop_assert!(!c.could_be.is_empty());
        prop_assert_eq!(c.could_be[0], c.kind);
        let r = check(&s, NaiveDate::from_ymd_opt(2026, 12, 5).unwrap());
        if let Some(e) = &r.error {
            let t = s.trim();
            if t.len() >= 15 {
                prop_assert!(!e.zh.contains(t) && !e.en.contains(t));
            }
            prop_assert_eq!(e.number, e.error.number());
        }
    }
}
