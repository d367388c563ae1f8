//! Unit tests live in core/tests/tables_*.rs; this module keeps private helpers covered.

use super::layout::find_header;
use super::parse_csv;

#[test]
fn two_row_header_combines_parent_and_sub_names() {
    let g =
        parse_csv("序号,权力事项名称,,设定依据\n,大项,子项,\n1,社会团体登记,成立登记,《条例》\n")
            .unwrap_or_default();
    let h = find_header(&g).map(|h| h.columns.iter().map(|c| c.name.clone()).collect::<Vec<_>>());
    assert_eq!(
        h.ok(),
        Some(vec![
            "序号".to_owned(),
            "权力事项名称/大项".into(),
            "权力事项名称/子项".into(),
            "设定依据".into()
        ])
    );
}
