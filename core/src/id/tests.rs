use super::*;
use chrono::NaiveDate;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn legal_h1_examples_have_their_check_characters() {
    for (n, birth, sex) in [
        ("11010519491231002X", d(1949, 12, 31), Sex::Female),
        ("34052419800101001X", d(1980, 1, 1), Sex::Male),
        ("370101190102039973", d(1901, 2, 3), Sex::Male),
    ] {
        let id = ResidentId::parse(n).unwrap();
        assert_eq!(id.birth_date(), birth, "{n}");
        assert_eq!(id.sex(), sex, "{n}");
        assert!(!id.converted_from_15());
    }
}

#[test]
fn lowercase_x_and_spaces_are_accepted() {
    let id = ResidentId::parse(" 11010519491231002x ").unwrap();
    assert_eq!(id.number(), "11010519491231002X");
}

#[test]
fn wrong_check_character_is_distinct_from_malformed() {
    let e = ResidentId::parse("110105194912310021").unwrap_err();
    assert_eq!(
        e,
        IdError::CheckCharacterWrong {
            expected: 'X',
            found: '1'
        }
    );
    assert!(e.is_check_failure());
    assert_eq!(e.code(), "id_check_character_wrong");
    assert!(!ResidentId::parse("11010519491231A02X")
        .unwrap_err()
        .is_check_failure());
}

#[test]
fn malformed_numbers_say_what_is_wrong() {
    assert_eq!(ResidentId::parse(""), Err(IdError::Empty));
    assert_eq!(
        ResidentId::parse("1101051949123100").unwrap_err().code(),
        "id_wrong_length"
    );
    assert_eq!(
        ResidentId::parse("11010519491231A02X").unwrap_err(),
        IdError::BadCharacter {
            position: 15,
            character: 'A',
            expected: crate::id::Expected::Digit,
        }
    );
    assert_eq!(
        ResidentId::parse("110105194913310020").unwrap_err().code(),
        "id_bad_birth_date"
    );
    assert_eq!(
        ResidentId::parse("990105194912310021").unwrap_err().code(),
        "id_unknown_province"
    );
}

#[test]
fn fifteen_digit_numbers_convert_to_eighteen() {
    let id = ResidentId::parse("110105491231002").unwrap();
    assert_eq!(id.number(), "11010519491231002X");
    assert!(id.converted_from_15());
    assert_eq!(id.sex(), Sex::Female);
}

#[test]
fn age_counts_whole_years_and_the_birthday_itself() {
    let id = ResidentId::parse("34052419800101001X").unwrap();
    assert_eq!(id.age_on(d(2025, 12, 31)).unwrap(), 45);
    assert_eq!(id.age_on(d(2026, 1, 1)).unwrap(), 46);
    assert_eq!(
        id.age_on(d(1979, 1, 1)).unwrap_err().code(),
        "id_date_before_birth"
    );
    // A leap-day birthday is reached on 1 March in common years.
    assert_eq!(
        resident::age_on(d(2008, 2, 29), d(2026, 2, 28)).unwrap(),
        17
    );
    assert_eq!(resident::age_on(d(2008, 2, 29), d(2026, 3, 1)).unwrap(), 18);
}

#[test]
fn masking_keeps_division_code_and_last_four() {
    let id = ResidentId::parse("11010519491231002X").unwrap();
    assert_eq!(id.masked(), "110105********002X");
    assert_eq!(id.division_code(), "110105");
}

#[test]
fn legal_h2_credit_code_example_checks() {
    let c = CreditCode::parse("91350100M000100Y43").unwrap();
    assert_eq!(c.department_name(), Some("工商"));
    // GB 32100 table: 9 工商, 1 企业 (this printed empty before the complete table).
    assert_eq!(c.category_name(), Some("企业"));
    assert!(c.organisation_code_checks());
    assert_eq!(c.division_code(), "350100");
    assert_eq!(c.organisation_code(), "M000100Y4");
    assert_eq!(
        CreditCode::parse("91350100M000100Y42").unwrap_err(),
        IdError::CheckCharacterWrong {
            expected: '3',
            found: '2'
        }
    );
}

#[test]
fn credit_codes_refuse_i_o_z_s_v() {
    for bad in ['I', 'O', 'Z', 'S', 'V'] {
        let code = format!("91350100M000100{bad}43");
        assert_eq!(
            CreditCode::parse(&code).unwrap_err(),
            IdError::BadCharacter {
                position: 16,
                character: bad,
                expected: crate::id::Expected::CreditSymbol,
            }
        );
    }
}

#[test]
fn civil_affairs_categories_are_named() {
    for (cat, name) in [
        ('1', "社会团体"),
        ('2', "民办非企业单位"),
        ('3', "基金会"),
        ('9', "其他"),
    ] {
        let body = format!("5{cat}110000MJ0000001");
        let code = format!("{body}{}", credit_check_char(&body).unwrap());
        let c = CreditCode::parse(&code).unwrap();
        assert!(c.is_civil_affairs());
        assert_eq!(c.category_name(), Some(name));
    }
}

mod checks {
    use crate::errors::Coded;
    use crate::id::*;
    use chrono::NaiveDate;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 5).unwrap()
    }

    fn resident(body: &str) -> String {
        format!("{body}{}", resident_check_char(body).unwrap())
    }

    fn credit(body: &str) -> String {
        format!("{body}{}", credit_check_char(body).unwrap())
    }

    #[test]
    fn full_width_and_lower_case_are_read_with_notes() {
        let r = check("１１０１０５１９４９１２３１００２ｘ", today());
        assert!(r.valid, "{r:?}");
        let codes: Vec<_> = r.notes.iter().map(|n| n.code).collect();
        assert_eq!(
            codes,
            ["id.full_width_normalised", "id.lower_case_normalised"]
        );
        assert_eq!(r.number.as_deref(), Some("11010519491231002X"));
        let f = r.resident.unwrap();
        assert_eq!((f.age, f.sex), (76, Sex::Female));
        assert_eq!(
            ResidentId::parse("１１０１０５４９１２３１００２")
                .unwrap()
                .number(),
            "11010519491231002X"
        );
    }

    #[test]
    fn the_issue_example_is_an_invalid_resident_number_with_its_reason() {
        let r = check("11010519491331002X", today());
        assert_eq!((r.kind, r.valid), (IdKind::Resident, false));
        assert_eq!(r.could_be, [IdKind::Resident]);
        let e = r.error.unwrap();
        assert_eq!((e.code, e.number), ("id.bad_birth_date", 3004));
        assert!(
            e.zh.contains("第 7–14 位") && e.zh.contains("月份“13”应为 01–12"),
            "{}",
            e.zh
        );
        assert!(
            e.en.contains("positions 7–14") && e.en.contains("month 13"),
            "{}",
            e.en
        );
        assert!(!e.zh.contains("11010519491331002X") && !e.en.contains("11010519491331002X"));
        assert_eq!(r.masked, "110105********002X");
    }

    #[test]
    fn a_day_that_does_not_exist_is_named() {
        let e = ResidentId::parse(&resident("11010519490230002")).unwrap_err();
        assert!(e.zh().contains("1949 年 2 月没有 30 日"), "{}", e.zh());
    }

    #[test]
    fn a_birth_after_today_is_refused_and_a_birth_today_is_not() {
        let future = resident("11010520261206002");
        let r = check(&future, today());
        let e = r.error.unwrap();
        assert_eq!((e.code, e.number), ("id.birth_after_today", 3097));
        assert!(e.zh.contains("2026-12-06") && e.zh.contains("2026-12-05"));
        let born_today = check(&resident("11010520261205002"), today());
        assert!(born_today.valid);
        assert_eq!(born_today.resident.unwrap().age, 0);
    }

    #[test]
    fn refusals_name_position_and_expected_value() {
        let e = ResidentId::parse("110105194912310021").unwrap_err();
        assert!(
            e.zh().contains("第 18 位") && e.zh().contains("应为“X”"),
            "{}",
            e.zh()
        );
        let e = ResidentId::parse("11010519491231A02X").unwrap_err();
        assert!(
            e.en().contains("position 15") && e.en().contains("expected a digit"),
            "{}",
            e.en()
        );
        let e = ResidentId::parse("990105194912310021").unwrap_err();
        assert!(
            e.zh().contains("第 1–2 位") && e.zh().contains("11–15"),
            "{}",
            e.zh()
        );
        let e = CreditCode::parse("91350100M000100I43").unwrap_err();
        assert!(e.zh().contains("不用 I、O、Z、S、V"), "{}", e.zh());
    }

    #[cfg(feature = "divisions")]
    #[test]
    fn the_address_code_is_named_and_an_unlisted_one_only_warned() {
        let r = check("11010519491231002X", today());
        let f = r.resident.unwrap();
        assert_eq!(f.division.unwrap().full_name, "北京市 朝阳区");
        assert!(r.warnings.is_empty());
        // 430419 is on real numbers but in no list (data README).
        let r = check(&resident("43041919800101001"), today());
        assert!(r.valid);
        assert_eq!(r.warnings.len(), 1);
        assert_eq!(r.warnings[0].code, "id.division_not_listed");
        assert!(
            r.warnings[0].en.contains("1980–2020"),
            "{}",
            r.warnings[0].en
        );
        // 崇文区, abolished in 2010: valid, with a note of its years.
        let r = check(&resident("11010319800101001"), today());
        assert!(r.valid && r.warnings.is_empty());
        assert!(r
            .notes
            .iter()
            .any(|n| n.code == "id.division_not_current" && n.zh.contains("1980–2009")));
    }

    #[test]
    fn residence_permits_of_hong_kong_macao_and_taiwan_are_recognised() {
        for (code, holder) in [
            ("810000", Holder::HongKong),
            ("820000", Holder::Macao),
            ("830000", Holder::Taiwan),
        ] {
            let r = check(&resident(&format!("{code}19900101001")), today());
            assert!(r.valid, "{r:?}");
            assert_eq!(r.kind, IdKind::Resident);
            assert_eq!(r.resident.as_ref().unwrap().holder, holder);
            assert!(r.warnings.is_empty(), "{code}: {:?}", r.warnings);
            assert!(r.notes.iter().any(|n| n.code == "id.residence_permit"));
        }
    }

    #[test]
    fn fifteen_digit_numbers_are_converted_with_a_note() {
        let r = check("370101010203997", today());
        assert_eq!(r.number.as_deref(), Some("370101190102039973"));
        assert!(r.notes.iter().any(|n| n.code == "id.converted_from_15"));
        let e = check("370101011303997", today()).error.unwrap();
        assert!(e.zh.contains("第 7–12 位"), "{}", e.zh);
    }

    #[test]
    fn the_organisation_code_check_is_a_warning() {
        // M000100Y's GB 11714 check character is 4; put 5 and recompute the credit check.
        let code = credit("91350100M000100Y5");
        let r = check(&code, today());
        assert!(r.valid, "{r:?}");
        let w: Vec<_> = r.warnings.iter().map(|w| w.code).collect();
        assert!(w.contains(&"id.organisation_code_check"), "{w:?}");
        assert!(r.warnings.iter().any(|w| w.zh.contains("应为“4”")));
        assert!(!r.credit.unwrap().organisation_code_checks);
    }

    #[test]
    fn unknown_departments_and_categories_are_warnings() {
        let r = check(&credit("B1110000MJ0000001"), today());
        assert!(r.valid);
        assert!(r
            .warnings
            .iter()
            .any(|w| w.code == "id.credit_unknown_department"));
        let r = check(&credit("94110000MJ0000001"), today());
        assert!(r
            .warnings
            .iter()
            .any(|w| w.code == "id.credit_unknown_category"));
        let c = CreditCode::parse(&credit("Y1110000MJ0000001")).unwrap();
        assert_eq!(c.department_name(), Some("其他"));
        assert!(c.category_name().is_some());
    }

    #[test]
    fn every_department_has_categories() {
        for d in "123456789ANY".chars() {
            assert!(department_name(d).is_some(), "{d}");
            assert!(category_name(d, '1').is_some(), "{d}1");
        }
        assert_eq!(category_name('3', '5'), Some("仲裁委员会"));
        assert_eq!(category_name('N', '2'), Some("村级集体经济组织"));
    }

    /// A 17-digit body starting with `prefix` whose MOD 11-2 and MOD 31 check characters agree.
    fn both_ways(prefix: &str) -> String {
        (0..100_000u32)
            .map(|n| format!("{prefix}{n:0width$}", width = 17 - prefix.len()))
            .find(|b| resident_check_char(b).unwrap() == credit_check_char(b).unwrap())
            .map(|b| resident(&b))
            .unwrap()
    }

    #[cfg(feature = "divisions")]
    #[test]
    fn an_enterprise_code_that_is_also_a_foreign_number_could_be_either() {
        let n = both_ways("91110105");
        let c = classify(&n);
        assert!(c.is_ambiguous(), "{n}");
        assert_eq!(c.could_be, [IdKind::Credit, IdKind::ForeignPermanent]);
        let r = check(&n, today());
        assert!(r.warnings.iter().any(|w| w.code == "id.could_be_either"));
        // 工商 has no category 9 (and 999900 is no division): the credit reading is implausible.
        let n = both_ways("99990000");
        let c = classify(&n);
        assert_eq!((c.kind, c.could_be.len()), (IdKind::ForeignPermanent, 1));
    }

    #[test]
    fn foreign_permanent_numbers_are_recognised() {
        let n = resident("93310000198001010");
        let c = classify(&n);
        assert!(
            matches!(c.result, Ok(Identifier::ForeignPermanent(_))) || c.is_ambiguous(),
            "{c:?}"
        );
        let e = ForeignPermanentId::parse(&resident("13310000198001010")).unwrap_err();
        assert!(matches!(e, IdError::BadCharacter { position: 1, .. }));
    }
}

mod byte_path {
    use crate::id::ResidentId;
    use proptest::prelude::*;

    /// Strings near a resident number: its characters, lengths around 15 and 18, and now and
    /// then a lower-case x, a space, a full-width digit or a character outside ASCII.
    fn near_number() -> impl Strategy<Value = String> {
        let ch = prop_oneof![
            8 => proptest::char::range('0', '9'),
            1 => Just('X'),
            1 => Just('x'),
            1 => Just(' '),
            1 => Just('１'),
            1 => Just('中'),
            1 => Just('-'),
        ];
        let body = prop_oneof![
            proptest::collection::vec(ch.clone(), 13..20),
            // Real shapes: a province, a date around the valid range, a sequence.
            (
                prop_oneof![
                    Just("110105"),
                    Just("810000"),
                    Just("990101"),
                    Just("370101")
                ],
                1790u32..2031,
                0u32..14,
                0u32..33,
                0u32..1000,
                proptest::bool::ANY,
            )
                .prop_map(|(div, y, m, d, seq, old)| {
                    let s = if old {
                        format!("{div}{:02}{m:02}{d:02}{seq:03}", y % 100)
                    } else {
                        let body = format!("{div}{y:04}{m:02}{d:02}{seq:03}");
                        let c = crate::id::resident_check_char(&body).unwrap_or('0');
                        format!("{body}{c}")
                    };
                    s.chars().collect()
                }),
        ];
        body.prop_map(|v| v.into_iter().collect())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        /// The byte path (plain ASCII, the common case) gives exactly what the character path
        /// gives, number, decoding and refusal alike.
        #[test]
        fn byte_path_matches_the_char_path(text in near_number()) {
            let n = crate::id::normalise(&text);
            let by_chars = if n.text.is_empty() {
                Err(crate::id::IdError::Empty)
            } else {
                ResidentId::parse_chars(&n.text)
            };
            prop_assert_eq!(ResidentId::parse(&text), by_chars);
        }
    }
}
