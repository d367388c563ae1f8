use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn embedded_data_loads_and_covers_2004_to_2026() {
    let cal = Calendar::from_json(EMBEDDED_DATA).unwrap();
    let years: Vec<i32> = cal.coverage().years.iter().map(|y| y.year).collect();
    assert_eq!(years, (2004..=2026).collect::<Vec<_>>());
    assert!(cal.coverage().gaps.is_empty());
}
