//! Inputs the fuzz targets (fuzz/, cargo-fuzz) found to break an invariant, each kept as a
//! test of the rule it broke. The expectations are written by hand from the input text; the
//! exact crashing input is also run through its invariant (tests/cell_invariants/mod.rs).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

#[allow(dead_code)]
mod cell_invariants;

use minzheng::tables::*;

#[test]
fn a_list_marker_that_breaks_the_numbering_is_not_part_of_the_quote() {
    // 1. 1. 3.: the second "1." does not number anything, so it stays in the text of the first
    // basis; it must not end its quote (written back, it would number a line of its own).
    let cell = parse_basis_cell(
        "1.《社会团体登记管理条例》第三条：成立社会团体，应当经其业务主管单位审查同意。\n1.《慈善法》第十条",
    );
    assert_eq!(cell.bases.len(), 2);
    assert_eq!(
        cell.bases[0].quote.as_deref(),
        Some("成立社会团体，应当经其业务主管单位审查同意。")
    );
    assert_eq!(cell.bases[1].instrument, "慈善法");
    // A number that belongs to the text stays: "第3." is not after a blank.
    let kept = parse_basis_cell("《慈善法》第十条：见附件3.");
    assert_eq!(kept.bases[0].quote.as_deref(), Some("见附件3."));
    cell_invariants::legal_basis(
        "1.《社会团乓登记管理条例》（国务院令第250号）第三条：成立社会团体，应当经其业务主管单位审查同意，并依照本条例的规定进行登记。\n1.《社会团体登记管理条例》第七、十二条：…\n3.《慈善法》第十条第一款",
    );
}

#[test]
fn a_closing_title_mark_without_an_opening_one_still_ends_the_title() {
    let cell = parse_basis_cell("行政处罚法》第五十七条");
    assert_eq!(cell.bases[0].instrument, "行政处罚法");
    assert_eq!(cell.bases[0].articles, [ArticleRef::article(57)]);
    assert_eq!(cell.bases[0].quote, None);
    let with_filler = parse_basis_cell("依据行政处罚法》第五十七条");
    assert_eq!(with_filler.bases[0].instrument, "行政处罚法");
    cell_invariants::responsibility(
        "1.立案责任：发现违法线索，依法立案。\n2.调查责任：调查取证。\n3.决定责任：作出处罚决定。\u{1}1.《中华人民共和国行政处罚法》第五十四条\n2.《中华人民共和国行政处罚法》第五十五条\n3.㛽行政处罚法》第五十七条",
    );
}

#[test]
fn a_checkbox_label_ends_at_any_mix_of_blanks_and_separators() {
    let cell = parse_checkboxes("■主动 ，\u{c}， □依申请 、 ；");
    assert_eq!(cell.checked, ["主动"]);
    assert_eq!(cell.unchecked, ["依申请"]);
    cell_invariants::checkbox(
        "\u{0}\u{f} \u{4}\u{4}027\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{1}\u{0}\u{0},\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}~=\u{c}\u{c}7\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}L\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{8}\u{0}□依申请7\u{c}\u{c},\u{c},\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}\u{c}",
    );
}

#[test]
fn a_decree_holding_a_closing_parenthesis_is_written_so_it_reads_back() {
    // Read in the `+` style, the decree holds a full-width closing parenthesis: written in
    // full-width parentheses it would end early.
    let cell = parse_basis_cell("《社会救助暂行办法》国务院令（2014）第649号+第九条");
    assert_eq!(
        cell.bases[0].decree.as_deref(),
        Some("国务院令（2014）第649号")
    );
    let bases = cell.bases[0].to_legal_bases(minzheng::power::BasisRole::Setting);
    let written = format_bases(&bases);
    assert_eq!(
        written,
        "《社会救助暂行办法》(国务院令（2014）第649号)第九条"
    );
    assert_eq!(parse_basis_cell(&written).bases, cell.bases);
    cell_invariants::legal_basis(
        "《社会救助暂行办法》！一条第（三）顾会救助暂行办法》（国务院令第649号）第（三〹",
    );
}

#[test]
fn one_unstaged_duty_holding_a_list_marker_is_written_as_item_one() {
    // "1. … 1. …": the second 1 numbers nothing, so the cell is one duty whose text holds "\n1.".
    let list =
        parse_responsibilities("1.受琄阶段责任：依法受理或不予受理。\n1.审查阶段责任：审查材料。");
    assert_eq!(list.len(), 1);
    assert_eq!(
        list[0].content,
        "受琄阶段责任：依法受理或不予受理。\n1.审查阶段责任：审查材料。"
    );
    let written = format_responsibilities(&list);
    assert_eq!(
        written,
        "1.受琄阶段责任：依法受理或不予受理。\n1.审查阶段责任：审查材料。"
    );
    assert_eq!(parse_responsibilities(&written), list);
}

#[test]
fn a_label_both_ticked_and_unticked_is_read_as_both() {
    // The cell contradicts itself; the reader keeps both (the checkbox formatter, which takes
    // a set of options, cannot write it back, and the fuzz invariant leaves such cells out).
    let cell = parse_checkboxes("₠■侷 □侷");
    assert_eq!(cell.checked, ["侷"]);
    assert_eq!(cell.unchecked, ["侷"]);
    assert_eq!(cell.stray.as_deref(), Some("₠"));
    cell_invariants::checkbox("₠■侷 □侷");
}

#[test]
fn a_document_number_never_holds_a_book_title() {
    // In parentheses after the title (here one without book-title marks): provision text
    // naming another instrument, not a decree.
    let cell = parse_basis_cell("社会救助暂行办法（见《慈善法）第九条");
    assert_eq!(cell.bases.len(), 1);
    assert_eq!(cell.bases[0].instrument, "社会救助暂行办法");
    assert_eq!(cell.bases[0].decree, None);
    assert_eq!(cell.bases[0].quote.as_deref(), Some("（见《慈善法）第九条"));
    // In the `+` style: the same.
    let plus = parse_basis_cell("《社会救助暂行办法》+见《国务院令第649号》+第九条");
    assert_eq!(plus.bases[0].decree, None);
    cell_invariants::legal_basis(
        "\u{0}\u{0}\u{0}（慈\u{0}z,\u{0}\u{0}《椾会滤(vv649号）、第九条、第十一条第2（三\u{0}）项\u{0}",
    );
    cell_invariants::responsibility(
        "依法受理\u{1}\u{200a}婚姻\u{1}\u{0}\u{0}+（GG?GGGGG材料。\u{1}\u{0}\u{12}《婚姻\u{1}\u{0}\u{1}登记条䦋（国务院令第774号）第会当场予以登记",
    );
}

#[test]
fn a_basis_ends_at_any_mix_of_blanks_and_separators() {
    let cell = parse_basis_cell("《慈善法》第十条：应当登记；\t；");
    assert_eq!(cell.bases[0].quote.as_deref(), Some("应当登记"));
    cell_invariants::legal_basis("\u{19}（;\u{19};;\t;");
}

#[test]
fn a_quote_ends_without_dangling_markers_or_separators_however_they_alternate() {
    let cell = parse_basis_cell("《慈善法》第十条：应当登记 1.，\n2.");
    assert_eq!(cell.bases[0].quote.as_deref(), Some("应当登记"));
    cell_invariants::legal_basis("y\u{10}\u{0}](1\u{0}.\u{b}\r,\n2.");
}

#[test]
fn a_bare_list_number_is_no_duty() {
    assert!(parse_responsibilities("1.").is_empty());
    let list = parse_responsibilities("1.受理阶段责任：依法受理。\n2.\n3.审查阶段责任：审查。");
    let stages: Vec<&str> = list.iter().map(|r| r.stage.as_str()).collect();
    assert_eq!(stages, ["受理阶段", "审查阶段"]);
    cell_invariants::responsibility("1.");
}

#[test]
fn a_decree_that_writes_as_a_list_marker_is_read_but_not_written_back_unchanged() {
    // `(1` read as a decree is written `（(1）`, which a numbered-list reader takes for the
    // marker `(1）`: the format cannot hold it, so the invariant checks totality only.
    let cell = parse_basis_cell("《慈善法》((1 )((4");
    assert_eq!(cell.bases[0].decree.as_deref(), Some("(1"));
    assert_eq!(cell.bases[0].quote.as_deref(), Some("((4"));
    cell_invariants::legal_basis("c,cC\u{18}\u{b}((1\u{b})\u{b}((4 {Ǽ(\u{7f}2\u{b})\u{b}");
}

#[test]
fn a_duty_starting_with_a_digit_is_numbered_so_it_reads_back() {
    // `1.11…` reads as a decimal number, not as item 1.
    let list = parse_responsibilities("11项材料的审查\n1.受理");
    assert_eq!(list.len(), 2);
    let written = format_responsibilities(&list);
    assert_eq!(written, "1、11项材料的审查\n2.受理");
    assert_eq!(parse_responsibilities(&written), list);
    cell_invariants::responsibility(
        "11JJJ%JJ\u{c}\u{c}一\u{c}(\u{c}(\u{c}>\u{c}1.\u{c}\u{8}\u{c}一\u{c}(\u{c}>\u{c}",
    );
    cell_invariants::legal_basis("\u{0}\u{0}\u{b}((2\u{b})\u{b}\n\n1.\nl\n\u{0}\u{0}");
}

#[test]
fn a_stage_name_inside_a_title_or_without_a_colon_is_no_stage_label() {
    let mut list = parse_responsibilities("1.受理阶段责任：依法受理。2.事后监管阶段责任：检查。");
    // Unnumbered, labelled stages split at their labels …
    let left = attach_stage_bases(
        &mut list,
        "受理阶段责任：《行政许可法》第三十二条；事后监管阶段：《行政许可法》第六十一条",
    );
    assert!(left.is_empty(), "{left:?}");
    assert_eq!(list[0].basis[0].citation.article, "第三十二条");
    assert_eq!(list[1].basis[0].citation.article, "第六十一条");
    // … but not at a stage name inside a book title or one not followed by a colon.
    let mut one = parse_responsibilities("依法受理");
    let left = attach_stage_bases(&mut one, "《某市 事后监管阶段工作规定》第三条");
    assert!(left.is_empty(), "{left:?}");
    assert_eq!(
        one[0].basis[0].citation.instrument,
        "某市 事后监管阶段工作规定"
    );
}

#[test]
fn the_text_before_item_one_is_trimmed_like_an_item() {
    let (pre, items) = split_numbered("有下列情形的； \n1.不履行职责；\t；\n2.滥用职权");
    assert_eq!(pre, "有下列情形的");
    assert_eq!(items, ["不履行职责", "滥用职权"]);
    cell_invariants::responsibility("\u{c}\u{c}第\u{c}\u{c};\n1.\u{c}BBB\u{0}\u{0}:");
}

#[test]
fn a_decree_written_with_a_closing_parenthesis_after_a_number_is_left_out_of_the_round_trip() {
    // `+`-style decree `（国务院令第 1`: written `（（国务院令第 1）`, whose `1）` after a blank
    // is a list marker; the cell format cannot hold it.
    let cell = parse_basis_cell("《婚姻登记条例》（国务院令第 1");
    assert_eq!(cell.bases[0].decree.as_deref(), Some("（国务院令第 1"));
    cell_invariants::responsibility("11JJJ%JJJ\u{1}《婚姻登记条例》（国务院令第\u{c}\u{c}1\u{c}");
}

#[test]
fn a_stage_label_inside_an_unlabelled_cell_is_provision_text() {
    let mut one = parse_responsibilities("依法作出决定");
    let left = attach_stage_bases(
        &mut one,
        "《某办法》第三条：办理分为受理、审查；决定阶段：当场决定",
    );
    assert!(left.is_empty(), "{left:?}");
    assert_eq!(
        one[0].basis[0].citation.quote.as_deref(),
        Some("办理分为受理、审查；决定阶段：当场决定")
    );
    cell_invariants::responsibility(
        "11JJJ%JJJ\u{1}《婚姻\u{1}登讐%BJJ\u{1}【JJJ\u{c}/\u{0}（m&m&1);;;;决定阶段:;;;;\u{c})  \u{1b}\u{0} ;",
    );
}

#[test]
fn an_unnumbered_cell_is_trimmed_like_an_item() {
    let (pre, items) = split_numbered("其他法律法规规定的责任；\t；");
    assert_eq!(pre, "其他法律法规规定的责任");
    assert!(items.is_empty());
    cell_invariants::responsibility("其他/ \n\u{0};\t \n\u{0};\t\u{0}\u{0};\u{0}\u{0};");
}

#[test]
fn a_first_cell_starting_with_a_byte_order_mark_character_is_quoted() {
    let grid = vec![vec!["\u{feff}".to_owned()]];
    let written = write_csv(&grid);
    assert_eq!(written, "\"\u{feff}\"\r\n");
    assert_eq!(parse_csv(&written).unwrap(), grid);
    cell_invariants::grid("\u{feff}\u{feff}");
}

#[test]
fn a_other_duty_whose_text_starts_with_other_keeps_its_label() {
    // Found by the `responsibility` target (RELIABILITY.md §7): a 其他 duty whose own text begins
    // `其他:` was written without its label and read back with that text taken for the label.
    let list = parse_responsibilities("其他:其他:1。");
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].stage, "其他");
    assert_eq!(list[0].content, "其他:1。");
    let written = format_responsibilities(&list);
    assert_eq!(written, "1.其他：其他:1。");
    assert_eq!(parse_responsibilities(&written), list);
    // The template's closing item still stands as it is.
    let closing = parse_responsibilities(
        "1.受理阶段责任：依法受理。2.其他法律法规规章文件规定应履行的责任。",
    );
    assert_eq!(closing[1].stage, "其他");
    assert_eq!(
        format_responsibilities(&closing),
        "1.受理阶段责任：依法受理。\n2.其他法律法规规章文件规定应履行的责任。"
    );
    cell_invariants::responsibility("其他:其他:1\0\0\0\0\u{8}1\0\0\0\0\u{8}.");
}

#[test]
fn an_empty_division_table_reads_back_from_its_compact_form() {
    // Found by the `divisions` target: a compact text with a revisions line and no rows loads
    // as an empty table, whose compact form (an empty revisions line) was refused on reading.
    use minzheng::division::DivisionTable;
    let empty = DivisionTable::from_compact("2030").unwrap();
    assert!(empty.is_empty());
    assert_eq!(empty.to_compact(), "\n");
    assert_eq!(
        DivisionTable::from_compact(&empty.to_compact()).unwrap(),
        empty
    );
    assert!(DivisionTable::from_compact("20x0\n").is_err());
}

#[test]
fn a_division_name_with_a_control_character_is_refused() {
    // Found by the `divisions` target: a yearly list whose name held a tab loaded, and its
    // compact form (tab-separated) then did not read back.
    use minzheng::division::DivisionTable;
    let e = DivisionTable::from_list("110000 北京\t1区\n", 202012).unwrap_err();
    assert!(e.to_string().contains("control character"), "{e}");
    assert!(DivisionTable::from_tsv("110000\t北京\u{0}市\t1980\t2020\n").is_err());
    let t = DivisionTable::from_list("110000 北京市\n110105 朝阳区\n", 202012).unwrap();
    assert_eq!(DivisionTable::from_compact(&t.to_compact()).unwrap(), t);
}
