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
            character: 'A'
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
    assert_eq!(c.category_name(), None);
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
                character: bad
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
