//! The yearly re-check split over an engine that does the reading, the join and the grouping
//! itself (Spark through the Java library): the matching keys of household rows and of record
//! lines, records placed against a set of keys (matched, or reported exactly as
//! `minzheng crosscheck` reports them), households re-checked into the CLI's result lines,
//! summaries merged. Text in, text out, a batch of lines a call (one call costs far more than
//! one line). Every function is a thin loop over `minzheng::crosscheck`; the formats are the
//! core's.

use super::errors::{self, Failure};
use super::ffi::{c_string, date, guard, in_ref, in_str, opt_str, out_ref};
use super::json::MinzhengProfile;
use super::MinzhengResult;
use minzheng::crosscheck::{
    household_keys, member_records, place_record, record_key, record_line, result_header,
    result_line, Matched, Options, RecheckSummary, RecipientIndex, RecordColumns, RecordFact,
    Source,
};
use minzheng::eligibility::csv::{household, split, HouseholdCsv};
use minzheng::eligibility::{Context, Household};
use serde::Deserialize;
use std::ffi::c_char;
use std::fmt::Write;

/// What the lines given to [`minzheng_crosscheck_keys`] are.
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MinzhengCrosscheckLines {
    /// Rows of the households file (CSV rows, or JSON Lines households).
    Households = 1,
    /// Lines of a departmental records file (CSV rows, or JSON Lines records).
    Records = 2,
}

fn record_columns(header: &str) -> Result<RecordColumns, Failure> {
    let cells = split(header.trim_start_matches('\u{feff}').trim_end());
    let cells: Vec<&str> = cells.iter().map(|c| c.trim()).collect();
    Ok(RecordColumns::from_header(&cells)?)
}

fn household_columns(header: &str) -> Result<HouseholdCsv, Failure> {
    let cols = HouseholdCsv::from_header(header)?;
    if !cols.has_id_number() {
        return Err(errors::invalid_argument(
            "家庭 CSV 缺少 id_number 列，无法核对".to_owned(),
            "the household CSV has no id_number column: nothing can be checked".to_owned(),
        ));
    }
    Ok(cols)
}

/// A header given, or `None` (JSON Lines) for NULL or an empty string.
fn header_of(h: Option<&str>) -> Option<&str> {
    h.filter(|h| !h.trim().is_empty())
}

fn keys(what: u32, header: Option<&str>, lines: &str) -> Result<String, Failure> {
    let mut out = String::with_capacity(lines.len() / 4);
    if what == MinzhengCrosscheckLines::Households as u32 {
        let cols = header_of(header).map(household_columns).transpose()?;
        for line in lines.split('\n') {
            let (group, keys) = household_keys(cols.as_ref(), line);
            out.push_str(&group);
            out.push('\t');
            for (i, k) in keys.iter().enumerate() {
                let _ = write!(out, "{}{k}", if i == 0 { "" } else { "," });
            }
            out.push('\n');
        }
    } else if what == MinzhengCrosscheckLines::Records as u32 {
        let cols = header_of(header).map(record_columns).transpose()?;
        for line in lines.split('\n') {
            if let Some(k) = record_key(cols.as_ref(), line) {
                let _ = write!(out, "{k}");
            }
            out.push('\n');
        }
    } else {
        return Err(errors::invalid_argument(
            format!("what 的值 {what} 不是 MinzhengCrosscheckLines"),
            format!("what = {what} is not a MinzhengCrosscheckLines"),
        ));
    }
    Ok(out)
}

/// The matching keys of a batch of lines, one output line (ending in `\n`) per input line:
///
/// - `what` = `MINZHENG_CROSSCHECK_LINES_HOUSEHOLDS`: `GROUP\tK1,K2,...` — for a CSV row
///   (`header` is the file's header line) the `household_id` value its household's rows share
///   (consecutive rows with one value are one household, as `minzheng crosscheck` reads them)
///   and the key of its member's identity number; for a JSON Lines household (`header` NULL or
///   empty) an empty group and every member's key. A member without a valid number has no key.
/// - `what` = `MINZHENG_CROSSCHECK_LINES_RECORDS`: the record's key (decimal), or an empty line
///   when the record cannot be read or its identity number is invalid (it is then reported by
///   `minzheng_crosscheck_place`).
///
/// `lines`: the lines, separated by `\n`, without the header. A key is the identity number's
/// 17-digit body as a number (15-digit numbers converted): `minzheng::crosscheck::id_key`.
///
/// Errors: `header` lacks a required column (`id_number`, `kind`; a household file's
/// `household_id`, `name`, `relation`, `id_number`), `what` unknown. Nothing is written then.
///
/// # Safety
/// `header` is NULL or NUL-terminated; `lines` NUL-terminated; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_crosscheck_keys(
    what: u32,
    header: *const c_char,
    lines: *const c_char,
    out: *mut *mut c_char,
) -> MinzhengResult {
    guard(|| {
        // SAFETY: the caller's contract.
        let (header, lines, out) = unsafe {
            (
                opt_str(header, "header")?,
                in_str(lines, "lines")?,
                out_ref(out, "out")?,
            )
        };
        *out = c_string(keys(what, header, lines)?)?;
        Ok(())
    })
}

/// One departmental file of a run.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Dataset {
    name: String,
    #[serde(default)]
    header: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlaceRequest {
    datasets: Vec<Dataset>,
    keys: Vec<u64>,
}

/// `DATASET\tLINE\tTEXT` → its three parts.
fn tagged(l: &str) -> Result<(u32, u64, &str), Failure> {
    let mut f = l.splitn(3, '\t');
    let bad = || {
        errors::invalid_argument(
            "行的形式应为 DATASET<TAB>LINE<TAB>TEXT".to_owned(),
            "a line is not DATASET<TAB>LINE<TAB>TEXT".to_owned(),
        )
    };
    let dataset = f.next().and_then(|d| d.parse().ok()).ok_or_else(bad)?;
    let line = f.next().and_then(|d| d.parse().ok()).ok_or_else(bad)?;
    Ok((dataset, line, f.next().ok_or_else(bad)?))
}

fn place(request: &str, lines: &str) -> Result<String, Failure> {
    let req: PlaceRequest =
        serde_json::from_str(request).map_err(|e| errors::json("request_json", &e))?;
    let cols = req
        .datasets
        .iter()
        .map(|d| {
            header_of(d.header.as_deref())
                .map(record_columns)
                .transpose()
        })
        .collect::<Result<Vec<_>, _>>()?;
    let index = RecipientIndex::from_keys(req.keys);
    let (mut summary, mut report, mut kept) =
        (RecheckSummary::default(), String::new(), String::new());
    for l in lines.split('\n').filter(|l| !l.is_empty()) {
        let (dataset, line, text) = tagged(l)?;
        let (Some(d), Some(c)) = (
            req.datasets.get(dataset as usize),
            cols.get(dataset as usize),
        ) else {
            return Err(errors::invalid_argument(
                format!("数据集 {dataset} 不在 datasets 中"),
                format!("dataset {dataset} is not in datasets"),
            ));
        };
        let parsed = record_line(c.as_ref(), text);
        let parsed = parsed
            .as_ref()
            .map(|(id, f)| (id.as_str(), *f))
            .map_err(Clone::clone);
        let at = Source { dataset, line };
        if let Some(m) = place_record(&index, parsed, &d.name, at, &mut summary, &mut report) {
            let fact = serde_json::to_string(&m.fact).map_err(|e| errors::json("fact", &e))?;
            let _ = writeln!(kept, "M\t{}\t{dataset}\t{line}\t{fact}", m.key);
        }
    }
    let mut out = serde_json::to_string(&summary).map_err(|e| errors::json("summary", &e))?;
    out.push('\n');
    out.push_str(&kept);
    for r in report.lines() {
        let _ = writeln!(out, "R\t{r}");
    }
    Ok(out)
}

/// Places a batch of departmental record lines against a set of recipients' keys, exactly as
/// `minzheng crosscheck` places each record against the index of every member: a record of a
/// key in `keys` is kept; any other is counted and reported — not readable (its error code),
/// valid identity number of no member (`not_recipient`), invalid number (its error code) —
/// with identity numbers masked.
///
/// `request_json`: `{"datasets": [{"name": "banking.csv", "header": "id_number,kind,..."}, ...],
/// "keys": [key, ...]}` — the run's files in the order that numbers them (`header` null for a
/// JSON Lines file), and the keys (`minzheng_crosscheck_keys`) of the members the records are
/// placed against. `lines`: `DATASET\tLINE\tTEXT` separated by `\n` (the dataset's number, the
/// 1-based line in its file, the line as read).
///
/// `*out`: the first line is the JSON of `minzheng::crosscheck::RecheckSummary` counting these
/// records; then one line per kept record, `M\tKEY\tDATASET\tLINE\tFACT` (`FACT`: the JSON of
/// `minzheng::crosscheck::RecordFact`), then one line per reported record, `R\t` and the
/// CLI's report line (`dataset\tline\tcode\tid_masked_or_message\tmessage`, its
/// `minzheng::crosscheck::REPORT_HEADER`).
///
/// Errors: `MINZHENG_ERR_JSON` (the request's shape), a header without a required column, a
/// line not in the `DATASET\tLINE\tTEXT` form or naming a dataset not given. Nothing is written
/// then.
///
/// # Safety
/// `request_json` and `lines` are NUL-terminated; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_crosscheck_place(
    request_json: *const c_char,
    lines: *const c_char,
    out: *mut *mut c_char,
) -> MinzhengResult {
    guard(|| {
        // SAFETY: the caller's contract.
        let (request, lines, out) = unsafe {
            (
                in_str(request_json, "request_json")?,
                in_str(lines, "lines")?,
                out_ref(out, "out")?,
            )
        };
        *out = c_string(place(request, lines)?)?;
        Ok(())
    })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RecheckRequest {
    #[serde(default)]
    households_header: Option<String>,
    #[serde(default)]
    min_adjustment_fen: i64,
    #[serde(default)]
    all: bool,
}

/// `M\tKEY\tDATASET\tLINE\tFACT` (as `minzheng_crosscheck_place` writes it) → the record.
fn kept_record(l: &str) -> Result<Matched, Failure> {
    let bad = || {
        errors::invalid_argument(
            "记录行的形式应为 M<TAB>KEY<TAB>DATASET<TAB>LINE<TAB>FACT".to_owned(),
            "a record line is not M<TAB>KEY<TAB>DATASET<TAB>LINE<TAB>FACT".to_owned(),
        )
    };
    let mut f = l.splitn(5, '\t');
    if f.next() != Some("M") {
        return Err(bad());
    }
    let key = f.next().and_then(|k| k.parse().ok()).ok_or_else(bad)?;
    let dataset = f.next().and_then(|k| k.parse().ok()).ok_or_else(bad)?;
    let line = f.next().and_then(|k| k.parse().ok()).ok_or_else(bad)?;
    let fact: RecordFact =
        serde_json::from_str(f.next().ok_or_else(bad)?).map_err(|e| errors::json("FACT", &e))?;
    Ok(Matched {
        key,
        fact,
        source: Source { dataset, line },
    })
}

/// One household block: its rows (`H\t...`) and its records (`M\t...`).
fn recheck_block(
    block: &str,
    cols: Option<&HouseholdCsv>,
    ctx: &Context<'_>,
    opts: &Options,
    all: bool,
    summary: &mut RecheckSummary,
    out: &mut Vec<u8>,
) -> Result<(), Failure> {
    let mut rows = Vec::new();
    let mut matched = Vec::new();
    for l in block.split('\n').filter(|l| !l.is_empty()) {
        match l.strip_prefix("H\t") {
            Some(row) => rows.push(row),
            None => matched.push(kept_record(l)?),
        }
    }
    if rows.is_empty() {
        return Ok(());
    }
    let hh: Result<Household, String> = match cols {
        Some(cols) => household(cols, &rows).map_err(|e| e.to_string()),
        None => rows
            .first()
            .map(|r| serde_json::from_str::<Household>(r).map_err(|e| e.to_string()))
            .unwrap_or_else(|| Err(String::new())),
    };
    let records = hh
        .as_ref()
        .map(|h| member_records(h, matched))
        .unwrap_or_default();
    result_line(
        hh.as_ref().map_err(String::as_str),
        &records,
        ctx,
        opts,
        all,
        summary,
        out,
    );
    Ok(())
}

#[allow(clippy::field_reassign_with_default)] // `Options` may grow fields
fn recheck_lines(
    profile: &MinzhengProfile,
    day: i32,
    request: &str,
    input: &str,
) -> Result<String, Failure> {
    let req: RecheckRequest =
        serde_json::from_str(request).map_err(|e| errors::json("request_json", &e))?;
    let cols = header_of(req.households_header.as_deref())
        .map(household_columns)
        .transpose()?;
    let ctx = Context::new(&profile.inner, date(day, "day")?)?;
    if req.min_adjustment_fen < 0 {
        return Err(errors::invalid_argument(
            format!("min_adjustment_fen 为负数（{}）", req.min_adjustment_fen),
            format!(
                "min_adjustment_fen is negative ({})",
                req.min_adjustment_fen
            ),
        ));
    }
    let mut opts = Options::default();
    opts.min_adjustment_fen = req.min_adjustment_fen;
    let mut summary = RecheckSummary::default();
    let mut lines = Vec::with_capacity(input.len() / 8);
    for block in input.split("\n=\n") {
        recheck_block(
            block,
            cols.as_ref(),
            &ctx,
            &opts,
            req.all,
            &mut summary,
            &mut lines,
        )?;
    }
    let mut out = serde_json::to_string(&summary).map_err(|e| errors::json("summary", &e))?;
    out.push('\n');
    out.push_str(&String::from_utf8(lines).map_err(|_| {
        errors::internal(
            "结果行不是 UTF-8（库内部错误）",
            "a result line is not UTF-8 (internal error)",
        )
    })?);
    Ok(out)
}

/// Re-checks a batch of households, each with its kept records, with the version of the
/// profile in force on `day`, into the result lines `minzheng crosscheck` writes (one
/// `minzheng::eligibility::Context` for the batch).
///
/// `request_json`: `{"households_header": "household_id,name,...", "min_adjustment_fen": 0,
/// "all": false}` (`households_header` null for JSON Lines households; `all` writes a line for
/// every household, also those that continue unchanged). `input`: households separated by a
/// line `=`; each is its rows as `H\tROW` lines (the CSV rows of one household in file order,
/// or one JSON Lines household), then its records as `M\t...` lines as
/// `minzheng_crosscheck_place` wrote them (any order: they are put in the CLI's order).
///
/// `*out`: the first line is the JSON of `minzheng::crosscheck::RecheckSummary` counting these
/// households; then each household's result line as the CLI writes it (nothing for a household
/// that continues unchanged unless `all`).
///
/// Errors: `MINZHENG_ERR_JSON` (the request's shape), a header without a required column, a
/// record line not in the form above, the profile's date errors. A household that cannot be
/// read or re-checked is not an error: it has its error line, as in the CLI.
///
/// Thread safety: `profile` may be shared with other threads' reads.
///
/// # Safety
/// `profile` is a live handle; `request_json` and `input` NUL-terminated; `out` points to
/// writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_crosscheck_recheck_lines(
    profile: *const MinzhengProfile,
    day: i32,
    request_json: *const c_char,
    input: *const c_char,
    out: *mut *mut c_char,
) -> MinzhengResult {
    guard(|| {
        // SAFETY: the caller's contract.
        let (profile, request, input, out) = unsafe {
            (
                in_ref(profile, "profile")?,
                in_str(request_json, "request_json")?,
                in_str(input, "input")?,
                out_ref(out, "out")?,
            )
        };
        *out = c_string(recheck_lines(profile, day, request, input)?)?;
        Ok(())
    })
}

fn merge(summaries: &str) -> Result<String, Failure> {
    let mut total = RecheckSummary::default();
    for l in summaries.split('\n').filter(|l| !l.trim().is_empty()) {
        let s: RecheckSummary =
            serde_json::from_str(l).map_err(|e| errors::json("summaries", &e))?;
        total.merge(&s);
    }
    serde_json::to_string(&total).map_err(|e| errors::json("summary", &e))
}

/// Adds up summaries (`summaries`: the JSON of `minzheng::crosscheck::RecheckSummary`, one per
/// line; any order gives the same total). `*out`: the total, as JSON.
///
/// Errors: `MINZHENG_ERR_JSON`. Nothing is written then.
///
/// # Safety
/// `summaries` is NUL-terminated; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_crosscheck_summary_merge(
    summaries: *const c_char,
    out: *mut *mut c_char,
) -> MinzhengResult {
    guard(|| {
        // SAFETY: the caller's contract.
        let (summaries, out) = unsafe { (in_str(summaries, "summaries")?, out_ref(out, "out")?) };
        *out = c_string(merge(summaries)?)?;
        Ok(())
    })
}

/// The first line of a result file as `minzheng crosscheck` writes it (without `\n`): the date,
/// the profile and the version in force on `day`, and the dataset names (`datasets_json`: a
/// JSON array of the files' names, in the order that numbers them).
///
/// Errors: `MINZHENG_ERR_JSON`, the profile's date errors. Nothing is written then.
///
/// # Safety
/// `profile` is a live handle; `datasets_json` NUL-terminated; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_crosscheck_result_header(
    profile: *const MinzhengProfile,
    day: i32,
    datasets_json: *const c_char,
    out: *mut *mut c_char,
) -> MinzhengResult {
    guard(|| {
        // SAFETY: the caller's contract.
        let (profile, datasets, out) = unsafe {
            (
                in_ref(profile, "profile")?,
                in_str(datasets_json, "datasets_json")?,
                out_ref(out, "out")?,
            )
        };
        let names: Vec<String> =
            serde_json::from_str(datasets).map_err(|e| errors::json("datasets_json", &e))?;
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let ctx = Context::new(&profile.inner, date(day, "day")?)?;
        *out = c_string(result_header(&profile.inner, &ctx, &names))?;
        Ok(())
    })
}
