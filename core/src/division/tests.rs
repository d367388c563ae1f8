#![allow(clippy::unwrap_used, clippy::indexing_slicing)]
use super::*;

#[cfg(feature = "divisions")]
mod embedded {
    use super::*;

    fn t() -> &'static DivisionTable {
        DivisionTable::embedded()
    }

    #[test]
    fn the_embedded_history_is_all_there() {
        // 7,284 code–name spans (README of the data: 6,932 codes, 7,284 spans).
        assert_eq!(t().len(), 7284);
        assert_eq!(t().latest_revision(), 202012);
        assert_eq!(t().earliest_revision(), 198012);
    }

    #[test]
    fn a_district_has_its_province_and_no_placeholder_prefecture() {
        let d = t().lookup("110105").unwrap();
        assert_eq!(d.full_name, "北京市 朝阳区");
        assert_eq!(d.province.as_deref(), Some("北京市"));
        assert_eq!(d.prefecture, None); // 110100 is 市辖区
        assert!(d.current);
        assert_eq!(d.successor, None);
    }

    #[test]
    fn a_county_under_a_real_prefecture_names_it() {
        // 340121 is 长丰县 under 合肥市 (340100) in 安徽省 (340000) in the lists.
        let d = t().lookup("340121").unwrap();
        assert_eq!(d.province.as_deref(), Some("安徽省"));
        assert_eq!(d.prefecture.as_deref(), Some("合肥市"));
        assert!(d.full_name.starts_with("安徽省 合肥市 "), "{}", d.full_name);
    }

    #[test]
    fn an_abolished_code_keeps_its_name_and_years() {
        let d = t().lookup("110103").unwrap();
        assert_eq!(d.name, "崇文区");
        assert_eq!((d.first_year, d.last_year), (1980, 2009));
        assert!(!d.current);
        // Merged into 东城区 in 2010: the names do not show it, so no successor is claimed.
        assert_eq!(d.successor, None);
        assert!(t().in_use_in("110103", 2009));
        assert!(!t().in_use_in("110103", 2010));
    }

    #[test]
    fn a_county_that_became_a_district_has_it_as_successor() {
        // 110228 密云县 (to 2015-10) → 110118 密云区 (from 2015-11).
        let d = t().lookup("110228").unwrap();
        let s = d.successor.unwrap();
        assert_eq!((s.code.as_str(), s.name.as_str()), ("110118", "密云区"));
        assert_eq!(s.basis, SuccessorBasis::SameNameNewLevel);
    }

    #[test]
    fn a_province_has_no_parent() {
        let d = t().lookup("110000").unwrap();
        assert_eq!(d.full_name, "北京市");
        assert_eq!(d.province, None);
    }

    #[test]
    fn codes_absent_or_malformed_are_not_found() {
        assert!(t().lookup("430419").is_none()); // named as missing in the data's README
        assert!(t().lookup("11010").is_none());
        assert!(t().lookup("11010a").is_none());
        assert!(!t().contains("999999"));
        assert!(t().contains("110105"));
    }

    #[test]
    fn a_renamed_code_reports_every_name() {
        let d = t().lookup("110100").unwrap();
        assert_eq!(d.names.len(), 1);
        assert_eq!(t().name_of("110105", Some(1990)), Some("朝阳区"));
    }

    #[test]
    fn a_newer_list_makes_a_new_code_known_and_current() {
        let mut table = t().clone();
        let newer = DivisionTable::from_list("110105\t朝阳区\n130111\t栾城区\n", 202312).unwrap();
        table.merge(&newer);
        assert_eq!(table.latest_revision(), 202312);
        assert!(table.lookup("110105").unwrap().current);
        assert!(!table.lookup("110101").unwrap().current);
    }
}

#[test]
fn loading_reports_the_line_and_changes_nothing() {
    let e = DivisionTable::from_tsv("code\tname\tfirst_seen\tlast_seen\n110105\t朝阳区\t198012\n")
        .unwrap_err();
    assert!(matches!(e, DivisionError::BadRow { line: 2, .. }), "{e}");
    let e = DivisionTable::from_tsv("110105\t朝阳区\t202012\t198012\n").unwrap_err();
    assert!(e.to_string().contains("after"), "{e}");
    let e = DivisionTable::from_tsv("110105\t朝阳区\t2020\t20201\n").unwrap_err();
    assert!(e.to_string().contains("YYYYMM"), "{e}");
    assert!(matches!(
        DivisionTable::from_json("{}").unwrap_err(),
        DivisionError::Json { .. }
    ));
    let e = DivisionTable::from_json(
        r#"[{"code":"110105","name":"","first_seen":1980,"last_seen":2020}]"#,
    )
    .unwrap_err();
    assert!(matches!(e, DivisionError::BadRow { line: 1, .. }));
}

#[test]
fn tsv_and_json_give_the_same_table() {
    let a = DivisionTable::from_tsv("110000\t北京市\t198012\t202012\n110105\t朝阳区\t1980\t2020\n")
        .unwrap();
    let b = DivisionTable::from_json(
        r#"[{"code":"110105","name":"朝阳区","first_seen":"198012","last_seen":202012},
            {"code":"110000","name":"北京市","first_seen":198012,"last_seen":202012}]"#,
    )
    .unwrap();
    assert_eq!(a, b);
    assert_eq!(a.lookup("110105").unwrap().full_name, "北京市 朝阳区");
}

#[test]
fn merging_widens_a_span_instead_of_adding_one() {
    let mut a = DivisionTable::from_tsv("110105\t朝阳区\t198012\t202012\n").unwrap();
    a.merge(&DivisionTable::from_list("110105 朝阳区", 202412).unwrap());
    assert_eq!(a.len(), 1);
    assert_eq!(a.lookup("110105").unwrap().last_year, 2024);
}
