//! A workbook of several sheets imported as one model: which sheets are left out and why, and
//! the sheets' reports combined. Pure: the caller has read the sheets (a CSV file is one sheet).

use super::report::ImportReport;

/// The error codes of a sheet that holds no table of the kind wanted: no header row, nothing
/// at all, a required column missing, or a table of another layout (a disclosure catalogue in
/// a power-list import). Such a sheet is left out when the workbook has other sheets (a cover
/// sheet, notes, a catalogue beside the list); any other error fails the import.
pub const SKIPPABLE_CODES: [&str; 4] =
    ["no_header", "empty_table", "missing_column", "wrong_layout"];

/// Whether a sheet that failed with error code `code` is left out rather than failing the
/// import of a workbook of `sheets` sheets.
///
/// ```
/// use minzheng::tables::sheet_is_skipped;
/// assert!(sheet_is_skipped("no_header", 3));
/// assert!(!sheet_is_skipped("no_header", 1)); // the only sheet: say why it failed
/// assert!(!sheet_is_skipped("unterminated_quote", 3));
/// ```
pub fn sheet_is_skipped(code: &str, sheets: usize) -> bool {
    sheets > 1 && SKIPPABLE_CODES.contains(&code)
}

/// A sheet left out, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct SkippedSheet<E> {
    /// The sheet's name.
    pub sheet: String,
    /// The error it gave.
    pub reason: E,
}

/// Several sheets imported as one.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct WorkbookImport<E> {
    /// The combined report ([`combine_reports`]).
    pub report: ImportReport,
    /// The sheets left out, in order.
    pub skipped: Vec<SkippedSheet<E>>,
    /// Sheets imported. When more than one, the caller re-runs the checks on the combined model;
    /// when none, no sheet held a table of the kind wanted.
    pub imported: usize,
}

/// Imports every sheet with `import` (which keeps the model it read), in order: a sheet whose
/// error's `code` is skippable ([`sheet_is_skipped`]) is left out and listed; any other error
/// stops the import and is returned.
pub fn import_sheets<S, E>(
    sheets: &[S],
    name: impl Fn(&S) -> &str,
    code: impl Fn(&E) -> &str,
    mut import: impl FnMut(&S) -> Result<ImportReport, E>,
) -> Result<WorkbookImport<E>, E> {
    let mut reports = Vec::new();
    let mut skipped = Vec::new();
    for sheet in sheets {
        match import(sheet) {
            Ok(r) => reports.push((name(sheet).to_owned(), r)),
            Err(e) if sheet_is_skipped(code(&e), sheets.len()) => skipped.push(SkippedSheet {
                sheet: name(sheet).to_owned(),
                reason: e,
            }),
            Err(e) => return Err(e),
        }
    }
    Ok(WorkbookImport {
        imported: reports.len(),
        report: combine_reports(reports),
        skipped,
    })
}

/// The reports of several sheets as one: counts added, unknown columns listed once, cell
/// issues named `工作表!列` (sheet!column), gaps appended; the shape and title lines are the
/// first sheet's. One report is returned as it is.
pub fn combine_reports(mut reports: Vec<(String, ImportReport)>) -> ImportReport {
    if reports.len() == 1 {
        return reports.pop().map(|(_, r)| r).unwrap_or_default();
    }
    let mut it = reports.into_iter();
    let Some((first_name, mut all)) = it.next() else {
        return ImportReport::default();
    };
    for i in &mut all.not_understood {
        i.column = format!("{first_name}!{}", i.column);
    }
    for (name, r) in it {
        all.rows_read += r.rows_read;
        all.imported += r.imported;
        for c in r.unknown_columns {
            if !all.unknown_columns.contains(&c) {
                all.unknown_columns.push(c);
            }
        }
        all.not_understood
            .extend(r.not_understood.into_iter().map(|mut i| {
                i.column = format!("{name}!{}", i.column);
                i
            }));
        all.gaps.extend(r.gaps);
    }
    all
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    fn report(rows: usize, unknown: &[&str]) -> ImportReport {
        ImportReport {
            rows_read: rows,
            imported: rows,
            unknown_columns: unknown.iter().map(|s| (*s).to_owned()).collect(),
            ..ImportReport::default()
        }
    }

    #[test]
    fn cover_sheets_are_left_out_with_their_reason_and_the_rest_combined() {
        let sheets = [
            ("封面", Err("no_header")),
            ("一", Ok(2)),
            ("说明", Err("empty_table")),
            ("二", Ok(3)),
        ];
        let out = import_sheets(
            &sheets,
            |s| s.0,
            |e: &&str| e,
            |s| s.1.map(|n| report(n, &["备注"])),
        )
        .unwrap();
        assert_eq!(out.imported, 2);
        assert_eq!(out.report.rows_read, 5);
        assert_eq!(out.report.unknown_columns, ["备注"]);
        let skipped: Vec<(&str, &str)> = out
            .skipped
            .iter()
            .map(|s| (s.sheet.as_str(), s.reason))
            .collect();
        assert_eq!(skipped, [("封面", "no_header"), ("说明", "empty_table")]);
    }

    #[test]
    fn a_real_error_stops_and_a_lone_sheet_is_not_skipped() {
        let sheets = [("一", Ok(2)), ("二", Err("unterminated_quote"))];
        let r = import_sheets(
            &sheets,
            |s| s.0,
            |e: &&str| e,
            |s| s.1.map(|n| report(n, &[])),
        );
        assert_eq!(r.unwrap_err(), "unterminated_quote");
        let lone = [("一", Err::<usize, _>("no_header"))];
        let r = import_sheets(
            &lone,
            |s| s.0,
            |e: &&str| e,
            |s| s.1.map(|n| report(n, &[])),
        );
        assert_eq!(r.unwrap_err(), "no_header");
        let none = [
            ("一", Err::<usize, _>("no_header")),
            ("二", Err("wrong_layout")),
        ];
        let r = import_sheets(
            &none,
            |s| s.0,
            |e: &&str| e,
            |s| s.1.map(|n| report(n, &[])),
        );
        assert_eq!(r.unwrap().imported, 0);
    }
}
