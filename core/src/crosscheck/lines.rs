//! The line formats of a re-check run, kept once for every caller: the result file's first line
//! and its one line per household (what `minzheng crosscheck` writes), and the readers a caller
//! that splits the run over an engine (Spark through the C ABI) needs — the matching key of a
//! household row or of a departmental record line, and one household's records gathered from
//! keyed records in the order the CLI gathers them.

use super::index::{id_key, Matched, MatchedRecords};
use super::record::{Record, RecordColumns, RecordFact};
use super::{gather, recheck, ChangeKind, MemberRecord, Options, RecheckSummary, RecordError};
use crate::eligibility::csv::{split, HouseholdCsv};
use crate::eligibility::{Context, Household, Profile};
use std::io::Write;

/// The first line of a result file (without its `\n`): the run's date, profile and version,
/// and the dataset names that `source.dataset` indexes.
pub fn result_header(profile: &Profile, ctx: &Context<'_>, datasets: &[&str]) -> String {
    serde_json::json!({"minzheng_crosscheck": {"date": ctx.date,
        "profile": profile.jurisdiction, "profile_version": ctx.version.effective_from,
        "datasets": datasets, "note": "source.dataset indexes datasets; source.line is 1-based"}})
    .to_string()
}

/// Re-checks one household read from a file (`Err` holds the reader's message) with its
/// records, counts it in `summary`, and appends its result line (with `\n`) to `out`: the
/// [`Recheck`](super::Recheck) as JSON when anything changed (or always, with `all`), an
/// `{"case_id", "error", "message"}` line when it cannot be re-checked, an
/// `{"error": "parse", "message"}` line when it could not be read.
pub fn result_line(
    hh: Result<&Household, &str>,
    records: &[MemberRecord],
    ctx: &Context<'_>,
    opts: &Options,
    all: bool,
    summary: &mut RecheckSummary,
    out: &mut Vec<u8>,
) {
    let hh = match hh {
        Ok(hh) => hh,
        Err(message) => {
            summary.add_invalid("parse");
            let v = serde_json::json!({"error": "parse", "message": message});
            let _ = writeln!(out, "{v}");
            return;
        }
    };
    match recheck(hh, records, ctx, opts) {
        Ok(r) => {
            summary.add(&r);
            if all || r.primary() != ChangeKind::Continue || !r.fact_changes.is_empty() {
                let _ = serde_json::to_writer(&mut *out, &r);
                out.push(b'\n');
            }
        }
        Err(e) => {
            summary.add_invalid(e.code());
            let v = serde_json::json!({"case_id": hh.case_id,
                "error": e.code(), "message": e.to_string()});
            let _ = writeln!(out, "{v}");
        }
    }
}

/// The records of `hh` among `matched` (records keyed by identity number, in any order), in
/// the order the CLI gathers them: by member, then canonically (department, values, source).
pub fn member_records(hh: &Household, matched: Vec<Matched>) -> Vec<MemberRecord> {
    gather(hh, &MatchedRecords::from_parts(vec![matched]))
}

/// One departmental record line: a CSV row read with the file's columns, or a JSON Lines
/// record when `cols` is `None`. Returns the identity number as written and the fact.
///
/// ```
/// use minzheng::crosscheck::{record_line, RecordColumns, RecordFact};
/// let cols = RecordColumns::from_header(&["id_number", "kind", "value_fen"])?;
/// let (id, fact) = record_line(Some(&cols), "11010519491231002X,vehicle,8000000")?;
/// assert_eq!((id.as_str(), fact), ("11010519491231002X", RecordFact::Vehicle { value_fen: 8_000_000 }));
/// # Ok::<(), minzheng::crosscheck::RecordError>(())
/// ```
pub fn record_line(
    cols: Option<&RecordColumns>,
    line: &str,
) -> Result<(String, RecordFact), RecordError> {
    match cols {
        Some(cols) => {
            let cells = split(line);
            let cells: Vec<&str> = cells.iter().map(AsRef::as_ref).collect();
            cols.parse(&cells).map(|(id, fact)| (id.to_owned(), fact))
        }
        None => Record::from_json_line(line).map(|r| (r.id_number, r.fact)),
    }
}

/// The matching key of a record line, `None` when the line cannot be read or its identity
/// number is invalid (such a record is reported, never matched).
pub fn record_key(cols: Option<&RecordColumns>, line: &str) -> Option<u64> {
    record_line(cols, line)
        .ok()
        .and_then(|(id, _)| id_key(&id).ok())
}

/// What a household line says for the matching: the value its rows are grouped by (CSV: the
/// `household_id` cell as the CLI compares it; a JSON line: empty, it is a whole household) and
/// the keys of the members with a valid identity number on it, in member order.
pub fn household_keys(cols: Option<&HouseholdCsv>, line: &str) -> (String, Vec<u64>) {
    let key = |n: &str| id_key(n).ok();
    match cols {
        Some(cols) => {
            let cells = split(line);
            let cells: Vec<&str> = cells.iter().map(AsRef::as_ref).collect();
            (
                cols.household_id(line.strip_suffix('\r').unwrap_or(line))
                    .to_owned(),
                key(cols.id_number(cells.as_slice())).into_iter().collect(),
            )
        }
        None => {
            let keys = serde_json::from_str::<Household>(line)
                .map(|hh| {
                    hh.members
                        .iter()
                        .filter_map(|m| m.id_number.as_deref().and_then(key))
                        .collect()
                })
                .unwrap_or_default();
            (String::new(), keys)
        }
    }
}
