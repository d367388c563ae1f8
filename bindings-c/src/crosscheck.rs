//! The cross-check of one household against its departmental records (家庭经济状况核对), JSON
//! in and out: the records placed against the members (records of no member, and records that
//! cannot be read, are reported, never dropped), then `minzheng::crosscheck::recheck`.

use super::errors::{self, Failure};
use super::ffi::{c_string, date, guard, in_ref, in_str, out_ref};
use super::json::MinzhengProfile;
use super::MinzhengResult;
use minzheng::crosscheck::{
    id_key, place_record, MemberRecord, Options, RecheckSummary, RecipientIndex, Record, Source,
};
use minzheng::eligibility::{Context, Household};
use serde::Deserialize;
use std::ffi::c_char;

/// The input of [`minzheng_crosscheck_json`].
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Input {
    household: serde_json::Value,
    records: Vec<serde_json::Value>,
    #[serde(default)]
    min_adjustment_fen: i64,
}

/// One record that was not used, from the core's report line.
#[derive(serde::Serialize)]
struct NotUsed<'a> {
    /// 1-based position of the record in `records`.
    record: u64,
    /// `not_recipient` or the error code of a record that could not be read.
    code: &'a str,
    /// The masked identity number, or the message of a record that could not be read.
    id_masked_or_message: &'a str,
    /// The message.
    message: &'a str,
}

/// The dataset name in report lines.
const DATASET: &str = "records";

#[allow(clippy::field_reassign_with_default)] // see `opts` below
fn run(profile: &MinzhengProfile, input: &str, day: i32) -> Result<*mut c_char, Failure> {
    let input: Input = serde_json::from_str(input).map_err(|e| errors::json("input_json", &e))?;
    if input.min_adjustment_fen < 0 {
        return Err(errors::invalid_argument(
            format!("min_adjustment_fen 为负数（{}）", input.min_adjustment_fen),
            format!(
                "min_adjustment_fen is negative ({})",
                input.min_adjustment_fen
            ),
        ));
    }
    let hh = Household::from_json(&input.household.to_string())?;
    // Validated by recheck (every problem at once) before anything is evaluated.
    let ctx = Context::new(&profile.inner, date(day, "day")?)?;
    // The members' keys, in member order (a member without a valid number matches nothing).
    let keys: Vec<Option<u64>> = hh
        .members
        .iter()
        .map(|m| m.id_number.as_deref().and_then(|n| id_key(n).ok()))
        .collect();
    let index = RecipientIndex::from_keys(keys.iter().flatten().copied().collect());
    let (mut summary, mut report) = (RecheckSummary::default(), String::new());
    let mut records = Vec::new();
    for (i, value) in input.records.iter().enumerate() {
        let line = u64::try_from(i).unwrap_or(u64::MAX).saturating_add(1);
        let source = Source { dataset: 0, line };
        let parsed = Record::from_json_line(&value.to_string());
        let placed = place_record(
            &index,
            parsed
                .as_ref()
                .map(|r| (r.id_number.as_str(), r.fact))
                .map_err(Clone::clone),
            DATASET,
            source,
            &mut summary,
            &mut report,
        );
        if let Some(m) = placed {
            if let Some(member) = keys.iter().position(|k| *k == Some(m.key)) {
                records.push(MemberRecord {
                    member,
                    department: m.fact.department(),
                    fact: m.fact,
                    source: m.source,
                });
            }
        }
    }
    // Default then assignment, not a literal: the core's option structs may grow
    // (`#[non_exhaustive]`), which a literal from another crate could not follow.
    let mut opts = Options::default();
    opts.min_adjustment_fen = input.min_adjustment_fen;
    let recheck = minzheng::crosscheck::recheck(&hh, &records, &ctx, &opts)?;
    // One report line per record not used: `dataset, line, code, masked id, message`, or, for a
    // record that could not be read, `dataset, line, code, message` (no identity number).
    let not_used: Vec<NotUsed<'_>> = report
        .lines()
        .filter_map(|l| {
            let mut f = l.splitn(5, '\t');
            let (_, line, code, fourth) = (f.next()?, f.next()?, f.next()?, f.next()?);
            Some(NotUsed {
                record: line.parse().ok()?,
                code,
                id_masked_or_message: fourth,
                message: f.next().unwrap_or(fourth),
            })
        })
        .collect();
    if not_used.len() != input.records.len().saturating_sub(records.len()) {
        // Never drop a record silently: every one is applied or reported.
        return Err(errors::internal(
            "交叉核对报告未列出全部未采用的记录（库内部错误）",
            "the cross-check report does not list every record not used (internal error)",
        ));
    }
    let json = serde_json::to_string(&serde_json::json!({
        "primary": recheck.primary(),
        "recheck": recheck,
        "summary": summary,
        "not_used": not_used,
    }))
    .map_err(|e| errors::json("crosscheck", &e))?;
    c_string(json)
}

/// Cross-checks one household against the records other departments returned about its
/// members (家庭经济状况核对; 最低生活保障审核确认办法 第十七条、第三十一条), with the version of the
/// profile in force on `day`.
///
/// `input_json`: `{"household": Household, "records": [Record, ...], "min_adjustment_fen": 0}`
/// — the household in the JSON of `minzheng::eligibility::Household`, each record in the JSON
/// Lines form of `minzheng::crosscheck::Record` (`{"id_number": ..., "kind": "vehicle",
/// "value_fen": ...}`), `min_adjustment_fen` optional (amount changes below it are "no obvious
/// change"). `*out`: `{"primary": ChangeKind, "recheck": Recheck, "summary": RecheckSummary, "not_used": [{"record": n,
/// "code", "id_masked_or_message", "message"}]}`: the facts the records change, 低保 (and 特困)
/// before and after, the changes with their reasons and citations; every record not used
/// (`not_recipient`, or the code of a record that cannot be read) with its 1-based position,
/// identity numbers masked.
///
/// Errors: `MINZHENG_ERR_JSON` (the input's shape), `invalid_household` (every problem), the
/// profile's date errors. Nothing is written then.
///
/// Thread safety: `profile` may be shared with other threads' reads.
///
/// # Safety
/// `profile` is a live handle; `input_json` NUL-terminated; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_crosscheck_json(
    profile: *const MinzhengProfile,
    input_json: *const c_char,
    day: i32,
    out: *mut *mut c_char,
) -> MinzhengResult {
    guard(|| {
        // SAFETY: the caller's contract.
        let (profile, input, out) = unsafe {
            (
                in_ref(profile, "profile")?,
                in_str(input_json, "input_json")?,
                out_ref(out, "out")?,
            )
        };
        *out = run(profile, input, day)?;
        Ok(())
    })
}
