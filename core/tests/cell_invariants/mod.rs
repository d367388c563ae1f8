// The invariants of the cell parsers of `minzheng::tables`, checked by the fuzz targets
// (fuzz/fuzz_targets/*.rs include this file) and replayed on stable Rust over the committed
// corpus by tests/fuzz_corpus.rs: every parser is total (never panics on any text), and where a
// parser has a formatter, parse(format(parse(x))) == parse(x). A violated invariant panics,
// which is what libFuzzer reports as a crash.
//
// The text formats have no escaping: a part whose own text holds a list marker (`\n2.`,
// `；3、`, `（4）`) or makes one with the formatter's own punctuation, a quote that names another instrument after a `；` or a line break (read as
// the next basis), or a label given twice cannot be written so that it reads back unchanged.
// For such input the targets check only that parsing and formatting are total.
//
// Plain comments only: the file is `include!`d, where inner doc comments are not allowed.

use minzheng::power::BasisRole;
use minzheng::tables::*;

/// Whether `text` holds something a numbered-list reader could take as a list marker: digits
/// (or Chinese numerals) and `.`, `、`, `．`, `)` or `）` at the start or after a blank or
/// `；;。：:`, or digits in parentheses anywhere.
pub fn has_list_marker(text: &str) -> bool {
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        let rest = text.get(i..).unwrap_or("");
        let at_boundary = prev.is_none_or(|p| {
            p.is_whitespace() || matches!(p, '；' | ';' | '。' | '：' | ':' | '\u{3000}')
        });
        let digits = |s: &str| {
            s.chars()
                .take_while(|d| {
                    d.is_ascii_digit()
                        || ('０'..='９').contains(d)
                        || parse_number(&d.to_string()).is_some()
                })
                .map(char::len_utf8)
                .sum::<usize>()
        };
        if at_boundary {
            let n = digits(rest);
            if n > 0
                && rest
                    .get(n..)
                    .is_some_and(|r| r.starts_with(['.', '、', '．', ')', '）']))
            {
                return true;
            }
        }
        if matches!(c, '（' | '(') {
            let inner = rest.get(c.len_utf8()..).unwrap_or("");
            let n = digits(inner);
            if n > 0 && inner.get(n..).is_some_and(|r| r.starts_with(['）', ')'])) {
                return true;
            }
        }
        prev = Some(c);
    }
    false
}

/// Whether a basis holds text the cell format cannot write unambiguously (see above).
pub fn ambiguous_basis(b: &minzheng::power::LegalBasis) -> bool {
    let quote_names_another = b.citation.quote.as_deref().is_some_and(|q| {
        q.find(['；', ';', '\n'])
            .is_some_and(|at| q.get(at..).is_some_and(|r| r.contains('《')))
    });
    // What the formatter writes for it, punctuation included (`（…第 1）` is a marker `1）`).
    let written = format_bases(std::slice::from_ref(b));
    quote_names_another
        || has_list_marker(&written)
        || [
            b.citation.quote.as_deref(),
            b.decree.as_deref(),
            Some(b.citation.instrument.as_str()),
        ]
        .into_iter()
        .flatten()
        .any(has_list_marker)
}

/// Legal-basis cells: `format_bases` writes what `parse_basis_cell` read, and reads back the
/// same bases, with nothing left over.
pub fn legal_basis(text: &str) {
    let cell = parse_basis_cell(text);
    let bases: Vec<_> = cell
        .bases
        .iter()
        .flat_map(|b| b.to_legal_bases(BasisRole::Setting))
        .collect();
    if bases.is_empty() {
        return;
    }
    let written = format_bases(&bases);
    let again = parse_basis_cell(&written);
    // The written cell must split back into the lines it wrote (a decree `(1` in parentheses
    // makes a marker `(1）` of its own).
    let items = split_numbered(&written).1;
    let splits_back = if bases.len() > 1 {
        let lines: Vec<String> = bases
            .iter()
            .map(|b| format_bases(std::slice::from_ref(b)))
            .collect();
        items == lines
    } else {
        items.is_empty()
    };
    if !splits_back || bases.iter().any(ambiguous_basis) {
        return;
    }
    let bases2: Vec<_> = again
        .bases
        .iter()
        .flat_map(|b| b.to_legal_bases(BasisRole::Setting))
        .collect();
    assert_eq!(bases2, bases, "input {text:?} written as {written:?}");
    assert!(
        again.not_understood.is_empty(),
        "input {text:?} written as {written:?} left {:?}",
        again.not_understood
    );
}

/// Time-limit cells: each part written with `format_time` (and its label) reads back the same.
pub fn time_limit(text: &str) {
    let Ok(parts) = parse_time_limit(text) else {
        return;
    };
    let written = parts
        .iter()
        .map(|p| {
            let t = format_time(&p.time);
            match p.label {
                Some(LimitLabel::Statutory) => format!("法定时限：{t}"),
                Some(LimitLabel::Promised) => format!("承诺时限：{t}"),
                Some(other) => panic!("a label this invariant does not know: {other:?}"),
                None => t,
            }
        })
        .collect::<Vec<_>>()
        .join("；");
    assert_eq!(
        parse_time_limit(&written),
        Ok(parts),
        "input {text:?} written as {written:?}"
    );
}

/// 责任事项 and 责任事项依据 cells: the input is the duties cell, then optionally `\u{1}` and
/// the bases cell. Both formatters read back to the same list.
pub fn responsibility(text: &str) {
    let (duties, bases) = text.split_once('\u{1}').unwrap_or((text, ""));
    let list = parse_responsibilities(duties);
    let _ = process_from_responsibilities(&list);
    let written = format_responsibilities(&list);
    let reread = parse_responsibilities(&written);
    if !list.iter().any(|r| has_list_marker(&r.content)) {
        assert_eq!(reread, list, "input {duties:?} written as {written:?}");
    }
    let mut with = list.clone();
    let _ = attach_stage_bases(&mut with, bases);
    let written = format_stage_bases(&with);
    let ambiguous = with.iter().flat_map(|r| &r.basis).any(ambiguous_basis);
    if ambiguous {
        return;
    }
    let mut again = list;
    let left = attach_stage_bases(&mut again, &written);
    assert!(
        left.is_empty(),
        "bases {bases:?} written as {written:?} left {left:?}"
    );
    assert_eq!(again, with, "bases {bases:?} written as {written:?}");
}

/// Checkbox cells: the ticked and empty labels, written with `format_checkboxes`, read back
/// the same.
pub fn checkbox(text: &str) {
    let cell = parse_checkboxes(text);
    let options: Vec<&str> = cell
        .checked
        .iter()
        .chain(&cell.unchecked)
        .map(String::as_str)
        .collect();
    let written = format_checkboxes(&options, &cell.checked);
    let again = parse_checkboxes(&written);
    let _ = parse_category(text);
    let mut unique = options.clone();
    unique.sort_unstable();
    unique.dedup();
    if unique.len() < options.len() {
        return;
    }
    assert_eq!(
        (&again.checked, &again.unchecked),
        (&cell.checked, &cell.unchecked),
        "input {text:?} written as {written:?}"
    );
}

/// Numbers and numbered lists: a number read is written back in Chinese numerals (and in
/// digits) and read again to the same value; `split_numbered` never panics.
pub fn numbering(text: &str) {
    let _ = split_numbered(text);
    if let Some(n) = parse_number(text) {
        let zh = zh_number(n);
        assert_eq!(
            parse_number(&zh),
            Some(n),
            "input {text:?} written as {zh:?}"
        );
        assert_eq!(parse_number(&n.to_string()), Some(n), "input {text:?}");
    }
}

/// Whole tables as CSV text: what `write_csv` writes reads back cell for cell, and every
/// importer (and the export of what it imported) runs without panicking.
pub fn grid(text: &str) {
    let Ok(grid) = parse_csv(text) else {
        return;
    };
    let written = write_csv(&grid);
    assert_eq!(
        parse_csv(&written).ok().as_ref(),
        Some(&grid),
        "input {text:?} written as {written:?}"
    );
    let _ = detect_layout(&grid);
    if let Ok((list, _)) = import_power_list(&grid, "") {
        let _ = export_power_list(&list);
    }
    let _ = import_process_table(&grid, "");
    let _ = import_service_guide(&grid, "");
}

/// The invariant of one target.
pub type Invariant = fn(&str);

/// Every target by name, for the corpus replay.
pub const TARGETS: [(&str, Invariant); 6] = [
    ("legal_basis", legal_basis),
    ("time_limit", time_limit),
    ("responsibility", responsibility),
    ("checkbox", checkbox),
    ("numbering", numbering),
    ("grid", grid),
];
