//! JSON in, JSON out for the rich domains, with the core's serde models: each function parses
//! its inputs with the core's own readers, calls one core function, and serialises the result.
//! Every returned string is freed with `minzheng_string_free`.

use super::calendar::MinzhengCalendar;
use super::deadline::MinzhengCatalogue;
use super::errors::{self, Failure};
use super::ffi::{c_string, date, guard, in_ref, in_slice, in_str, opt_ref, out_ref};
use super::MinzhengResult;
use minzheng::deadline::Catalogue;
use minzheng::disclosure::{self, AnnualReport, CaseSummary, Replayer, ReportInput};
use minzheng::eligibility::{self, Household, Profile, Programme};
use minzheng::errors::Coded;
use minzheng::power::{self, PowerList, Stats};
use minzheng::window::{self, Desk, NoticeKind, Templates};
use serde::Serialize;
use std::ffi::c_char;

/// A policy profile (低保 standards, income rules, ... by effective date). Immutable once made.
///
/// Thread safety: a `const MinzhengProfile *` may be shared by any number of threads.
pub struct MinzhengProfile {
    pub(crate) inner: Profile,
}

/// A programme with public-notice rows.
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MinzhengProgramme {
    /// 最低生活保障.
    Dibao = 1,
    /// 特困人员救助供养.
    Tekun = 2,
}

/// The text form of an annual report.
#[repr(u32)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MinzhengReportFormat {
    /// The core's JSON model of `AnnualReport`.
    Json = 1,
    /// The standard tables as CSV.
    Csv = 2,
    /// Markdown.
    Markdown = 3,
    /// HTML.
    Html = 4,
}

/// A value as a JSON string handed to C (freed with `minzheng_string_free`).
pub(crate) fn to_json(what: &str, v: &impl Serialize) -> Result<*mut c_char, Failure> {
    c_string(serde_json::to_string(v).map_err(|e| errors::json(what, &e))?)
}

/// Runs `f` with the calendar, writing its string into `*out`.
///
/// # Safety
/// `out` points to writable memory.
unsafe fn string_out(
    out: *mut *mut c_char,
    f: impl FnOnce() -> Result<*mut c_char, Failure>,
) -> MinzhengResult {
    guard(|| {
        // SAFETY: the caller's contract.
        let out = unsafe { out_ref(out, "out")? };
        *out = f()?;
        Ok(())
    })
}

/// Checks a power list (权责清单; the JSON of `minzheng::power::PowerList`) against every rule
/// (`PL001`…) in one pass. `*out`: the JSON of `minzheng::power::Report` (every finding, with
/// rule, severity, citation and message).
///
/// # Safety
/// `list_json` is NUL-terminated; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_power_check_json(
    list_json: *const c_char,
    out: *mut *mut c_char,
) -> MinzhengResult {
    // SAFETY: the caller's contract.
    unsafe {
        string_out(out, || {
            let list = PowerList::from_json(in_str(list_json, "list_json")?)?;
            to_json("report", &power::check(&list))
        })
    }
}

/// Statistics of a power list by category and handling level. `*out`: the JSON of
/// `minzheng::power::Stats`.
///
/// # Safety
/// `list_json` is NUL-terminated; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_power_stats_json(
    list_json: *const c_char,
    out: *mut *mut c_char,
) -> MinzhengResult {
    // SAFETY: the caller's contract.
    unsafe {
        string_out(out, || {
            let list = PowerList::from_json(in_str(list_json, "list_json")?)?;
            to_json("stats", &Stats::of(&list))
        })
    }
}

/// The flowchart (权力运行流程图) of the item `item_code` of a power list, as SVG text.
///
/// Errors: the list's format errors, `unknown_item`.
///
/// # Safety
/// The strings are NUL-terminated; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_power_flowchart_svg(
    list_json: *const c_char,
    item_code: *const c_char,
    out: *mut *mut c_char,
) -> MinzhengResult {
    // SAFETY: the caller's contract.
    unsafe {
        string_out(out, || {
            let list = PowerList::from_json(in_str(list_json, "list_json")?)?;
            let item = list.item(in_str(item_code, "item_code")?)?;
            c_string(power::svg(item))
        })
    }
}

/// Replays one disclosure request (依申请公开) from its event log (JSON Lines, one event per
/// line, as the core reads them) with the national period catalogue, and reports it on `today`
/// (YYYYMMDD). `*out`: the JSON of `minzheng::disclosure::CaseReport` (state, receipt date,
/// reply due date with its explanation, status, compliance notes).
///
/// Errors: `bad_event` (with its line), `event_refused`, the calendar's errors.
///
/// # Safety
/// `cal` is a live handle; `events_jsonl` NUL-terminated; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_disclosure_replay_json(
    cal: *const MinzhengCalendar,
    events_jsonl: *const c_char,
    today: i32,
    out: *mut *mut c_char,
) -> MinzhengResult {
    // SAFETY: the caller's contract.
    unsafe {
        string_out(out, || {
            let cal = &in_ref(cal, "cal")?.inner;
            let events = disclosure::parse_log(in_str(events_jsonl, "events_jsonl")?)?;
            let periods = Catalogue::national();
            let replayer = Replayer::new(cal, &periods);
            let case = replayer.replay(&events)?;
            to_json("case", &replayer.report(&case, date(today, "today")?)?)
        })
    }
}

/// The annual report on government information disclosure (政府信息公开工作年度报告) for
/// `year`: every case of the event log (JSON Lines of many cases) is replayed, and the report
/// is built from them and `input_json` (the JSON of `minzheng::disclosure::ReportInput`: office,
/// narrative sections, sections 二 and 四), then verified. `*out`: the report in `format`.
///
/// Errors: the first case that cannot be replayed (its error), `bad_report_input`, the
/// report's invariant failures (all listed).
///
/// # Safety
/// `cal` is a live handle; the strings are NUL-terminated; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_annual_report(
    cal: *const MinzhengCalendar,
    year: i32,
    events_jsonl: *const c_char,
    input_json: *const c_char,
    format: u32,
    out: *mut *mut c_char,
) -> MinzhengResult {
    // SAFETY: the caller's contract.
    unsafe {
        string_out(out, || {
            let cal = &in_ref(cal, "cal")?.inner;
            let events = disclosure::parse_log(in_str(events_jsonl, "events_jsonl")?)?;
            let input: ReportInput = serde_json::from_str(in_str(input_json, "input_json")?)
                .map_err(|e| errors::json("input_json", &e))?;
            let periods = Catalogue::national();
            let replayer = Replayer::new(cal, &periods);
            let summaries = disclosure::group_by_case(events)
                .into_iter()
                .map(|(_, evs)| replayer.replay(&evs).map(|c| CaseSummary::from(&c)))
                .collect::<Result<Vec<_>, _>>()?;
            let report = AnnualReport::build(year, input, summaries)?;
            match format {
                1 => to_json("report", &report),
                2 => c_string(report.to_csv()),
                3 => c_string(report.to_markdown()),
                4 => c_string(report.to_html()),
                other => Err(errors::invalid_argument(
                    format!("报告格式 {other} 无效（1 JSON、2 CSV、3 Markdown、4 HTML）"),
                    format!(
                        "report format {other} is not valid (1 JSON, 2 CSV, 3 Markdown, 4 HTML)"
                    ),
                )),
            }
        })
    }
}

/// Replays the service-window cases (窗口办件) of an event log (JSON Lines, many cases) with
/// the window items of a power list (`list_json`, whose service items are served at the window), and lists the open ones for supervision on `today`: clock, due
/// date and status of each, sorted by urgency; `warn_at` is the number of workdays left at or
/// below which a case is flagged. `*out`: `{"cases": [WindowCase...], "supervision":
/// [SupervisionRow...]}`.
///
/// # Safety
/// `cal` is a live handle; `events_jsonl` NUL-terminated; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_window_supervise_json(
    cal: *const MinzhengCalendar,
    list_json: *const c_char,
    events_jsonl: *const c_char,
    today: i32,
    warn_at: u32,
    out: *mut *mut c_char,
) -> MinzhengResult {
    // SAFETY: the caller's contract.
    unsafe {
        string_out(out, || {
            let cal = &in_ref(cal, "cal")?.inner;
            let events = window::parse_log(in_str(events_jsonl, "events_jsonl")?)?;
            let list = PowerList::from_json(in_str(list_json, "list_json")?)?;
            let desk = Desk::new(cal, window::window_items(&list))?;
            let cases = window::group_by_case(events)
                .into_iter()
                .map(|(_, evs)| desk.replay(&evs))
                .collect::<Result<Vec<_>, _>>()?;
            let rows = window::supervise(&desk, &cases, date(today, "today")?, warn_at)?;
            to_json(
                "supervision",
                &serde_json::json!({ "cases": cases, "supervision": rows }),
            )
        })
    }
}

/// The formal notice (`kind`: `"acceptance"`, `"non_acceptance"`, `"correction"`, `"grant"`,
/// `"denial"`, `"service_receipt"`) for the single window case of `events_jsonl`, issued by
/// `office` on `day`, from the standard templates; the window items come from the power list
/// `list_json`. `*out`: the JSON of
/// `minzheng::window::Notice`.
///
/// # Safety
/// `cal` is a live handle; the strings are NUL-terminated; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_window_notice_json(
    cal: *const MinzhengCalendar,
    list_json: *const c_char,
    events_jsonl: *const c_char,
    kind: *const c_char,
    office: *const c_char,
    day: i32,
    out: *mut *mut c_char,
) -> MinzhengResult {
    // SAFETY: the caller's contract.
    unsafe {
        string_out(out, || {
            let cal = &in_ref(cal, "cal")?.inner;
            let events = window::parse_log(in_str(events_jsonl, "events_jsonl")?)?;
            let kind: NoticeKind =
                serde_json::from_value(serde_json::Value::from(in_str(kind, "kind")?))
                    .map_err(|e| errors::json("kind", &e))?;
            let list = PowerList::from_json(in_str(list_json, "list_json")?)?;
            let desk = Desk::new(cal, window::window_items(&list))?;
            let case = desk.replay(&events)?;
            let notice = Templates::standard().fill(
                kind,
                &desk,
                &case,
                in_str(office, "office")?,
                date(day, "day")?,
            )?;
            to_json("notice", &notice)
        })
    }
}

/// Reads a policy profile (the JSON of `minzheng::eligibility::Profile`) and validates it. On
/// success `*out` is a new handle to free with `minzheng_profile_free`.
///
/// # Safety
/// `profile_json` is NUL-terminated; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_profile_new(
    profile_json: *const c_char,
    out: *mut *mut MinzhengProfile,
) -> MinzhengResult {
    guard(|| {
        // SAFETY: the caller's contract.
        let (json, out) = unsafe { (in_str(profile_json, "profile_json")?, out_ref(out, "out")?) };
        let inner = Profile::from_json(json)?.validated()?;
        *out = Box::into_raw(Box::new(MinzhengProfile { inner }));
        Ok(())
    })
}

/// Frees a profile. NULL is allowed and does nothing.
///
/// # Safety
/// `profile` is NULL or a live handle, used by no other thread.
#[no_mangle]
pub unsafe extern "C" fn minzheng_profile_free(profile: *mut MinzhengProfile) {
    let _ = std::panic::catch_unwind(|| {
        if !profile.is_null() {
            // SAFETY: made by Box::into_raw (caller's contract).
            drop(unsafe { Box::from_raw(profile) });
        }
    });
}

#[derive(Serialize)]
struct ProblemOut {
    number: u32,
    name: &'static str,
    zh: String,
    en: String,
    /// The field's path in the household's JSON (`members[0].name`), for a form to mark it.
    path: Option<String>,
}

/// Validates a household (the JSON of `minzheng::eligibility::Household`) without evaluating
/// it. The result is `MINZHENG_OK` whenever the JSON reads; `*out` is
/// `{"valid": bool, "problems": [{"number", "name", "zh", "en", "path"}...]}` with every
/// problem at once (numbers and names from the registry, ERRORS.md; `path` the field in the
/// household's JSON, e.g. `members[0].name`, or null for the household as a whole).
///
/// # Safety
/// `household_json` is NUL-terminated; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_household_validate_json(
    household_json: *const c_char,
    out: *mut *mut c_char,
) -> MinzhengResult {
    // SAFETY: the caller's contract.
    unsafe {
        string_out(out, || {
            let hh = Household::from_json(in_str(household_json, "household_json")?)?;
            let problems: Vec<ProblemOut> = hh
                .problems()
                .iter()
                .map(|p| ProblemOut {
                    number: p.number(),
                    name: p.error_code().name(),
                    zh: p.zh(),
                    en: p.en(),
                    path: p.path(),
                })
                .collect();
            to_json(
                "problems",
                &serde_json::json!({ "valid": problems.is_empty(), "problems": problems }),
            )
        })
    }
}

/// Evaluates a household (JSON) against the profile version in force on `day`: every
/// programme's decision with every finding, and every missing fact at once (一次性告知).
/// `*out`: the JSON of `minzheng::eligibility::Evaluation`.
///
/// Errors: `invalid_household` (every problem listed), the profile's date errors.
///
/// # Safety
/// `profile` is a live handle; `household_json` NUL-terminated; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_evaluate_json(
    profile: *const MinzhengProfile,
    household_json: *const c_char,
    day: i32,
    out: *mut *mut c_char,
) -> MinzhengResult {
    // SAFETY: the caller's contract.
    unsafe {
        string_out(out, || {
            let profile = &in_ref(profile, "profile")?.inner;
            let hh = Household::from_json(in_str(household_json, "household_json")?)?;
            to_json(
                "evaluation",
                &eligibility::evaluate(&hh, profile, date(day, "day")?)?,
            )
        })
    }
}

/// The public-notice rows (公示; a whitelist of fields: name, household size, amount, village)
/// of `programme` for `households_len` households (each a JSON string), evaluated on `day`.
/// Only eligible decisions are listed. `*out`: a JSON array of
/// `minzheng::eligibility::NoticeRow`.
///
/// # Safety
/// `profile` is a live handle; `households` points to `households_len` NUL-terminated strings;
/// `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_public_notice_rows_json(
    profile: *const MinzhengProfile,
    households: *const *const c_char,
    households_len: usize,
    day: i32,
    programme: u32,
    out: *mut *mut c_char,
) -> MinzhengResult {
    // SAFETY: the caller's contract.
    unsafe {
        string_out(out, || {
            let profile = &in_ref(profile, "profile")?.inner;
            let day = date(day, "day")?;
            let programme = match programme {
                1 => Programme::Dibao,
                2 => Programme::Tekun,
                other => {
                    return Err(errors::invalid_argument(
                        format!("项目 {other} 无效（1 低保、2 特困）"),
                        format!("programme {other} is not valid (1 dibao, 2 tekun)"),
                    ))
                }
            };
            let mut evaluated = Vec::with_capacity(households_len);
            for &h in in_slice(households, households_len, "households")? {
                let hh = Household::from_json(in_str(h, "households[i]")?)?;
                let ev = eligibility::evaluate(&hh, profile, day)?;
                evaluated.push((hh, ev));
            }
            let rows = eligibility::notice::rows(programme, evaluated.iter().map(|(h, e)| (h, e)));
            to_json("rows", &rows)
        })
    }
}

/// Imports a published power-list table (权责清单) given as CSV bytes for `authority`: UTF-8
/// (a byte-order mark is allowed) or GB18030, as Chinese Excel saves CSV, detected by the core
/// (`minzheng::text::decode`). `*out`: `{"list": PowerList, "report": ImportReport, "encoding":
/// "UTF-8" | "GB18030"}` (every cell not understood, every gap, the check findings of the
/// imported list). Bytes that are neither are refused with 105 (`input.bad_encoding`).
///
/// # Safety
/// `csv` points to `csv_len` readable bytes; `authority` is NUL-terminated; `out` points to
/// writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_power_import_csv_json(
    csv: *const u8,
    csv_len: usize,
    authority: *const c_char,
    out: *mut *mut c_char,
) -> MinzhengResult {
    // SAFETY: the caller's contract.
    unsafe {
        string_out(out, || {
            let bytes = in_slice(csv, csv_len, "csv")?;
            let decoded = minzheng::text::decode(bytes, minzheng::text::TextEncoding::Auto)?;
            let grid = minzheng::tables::parse_csv(&decoded.text)?;
            let (list, report) =
                minzheng::tables::import_power_list(&grid, in_str(authority, "authority")?)?;
            to_json(
                "import",
                &serde_json::json!({
                    "list": list,
                    "report": report,
                    "encoding": decoded.encoding.name(),
                }),
            )
        })
    }
}

/// Imports a published disclosure catalogue (政务公开标准目录, the standard columns 一级事项,
/// 二级事项, 公开内容, 公开依据, 公开时限, 公开主体, 公开渠道和载体, ...) given as CSV bytes for
/// `office`, the publishing office: UTF-8 (a byte-order mark is allowed) or GB18030, detected by
/// the core (`minzheng::text::decode`). Time limits are read against `cal` and the periods of
/// `catalogue` (NULL: the national catalogue); categories against the taxonomy of the
/// 2019 standard (`Taxonomy::seed001`). `*out`: `{"catalogue": DisclosureCatalogue, "report":
/// ImportReport, "encoding": "UTF-8" | "GB18030"}` (every cell not understood, every gap, the
/// disclosure checks' findings `DC…`). Bytes that are neither encoding are refused with 105
/// (`input.bad_encoding`); a table without the needed columns with its `tables.*` code (`tables.no_header`, ...).
///
/// Thread safety: `cal` and `catalogue` may be shared with other threads' reads.
///
/// # Safety
/// `cal` is a live handle; `catalogue` NULL or a live handle; `csv` points to `csv_len`
/// readable bytes; `office` is NUL-terminated; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_disclosure_import_csv_json(
    cal: *const MinzhengCalendar,
    catalogue: *const MinzhengCatalogue,
    csv: *const u8,
    csv_len: usize,
    office: *const c_char,
    out: *mut *mut c_char,
) -> MinzhengResult {
    // SAFETY: the caller's contract.
    unsafe {
        string_out(out, || {
            let cal = &in_ref(cal, "cal")?.inner;
            let national;
            let periods = match opt_ref(catalogue) {
                Some(c) => &c.inner,
                None => {
                    national = Catalogue::national();
                    &national
                }
            };
            let office = in_str(office, "office")?;
            let bytes = in_slice(csv, csv_len, "csv")?;
            let decoded = minzheng::text::decode(bytes, minzheng::text::TextEncoding::Auto)?;
            let grid = minzheng::tables::parse_csv(&decoded.text)?;
            let (catalogue, report) = minzheng::tables::import_disclosure_catalogue(
                &grid,
                office,
                cal,
                periods,
                &disclosure::Taxonomy::seed001(),
            )?;
            to_json(
                "import",
                &serde_json::json!({
                    "catalogue": catalogue,
                    "report": report,
                    "encoding": decoded.encoding.name(),
                }),
            )
        })
    }
}

/// Everything a form shows about one identifier (the core's `minzheng::id::check`): the kind it
/// was read as and every kind it could be (`could_be`; more than one means "could be either"),
/// valid or not, the refusal with its stable code and its reason in Chinese and in English
/// (naming the position and the expected value), the decoded facts (birth date, age on
/// `today`, sex, the division's name from GB/T 2260 1980–2020, holder: mainland resident or a
/// Hong Kong, Macao or Taiwan resident's permit), warnings that never refuse (a division code in
/// no list, an unknown registering department) and notes (full-width or lower-case input
/// read). `today` (YYYYMMDD) is the day a birth date must not be after. The number appears
/// masked; in clear only in `number`, when valid. `*out`: the JSON of `minzheng::id::IdReport`.
///
/// # Safety
/// `text` is NUL-terminated; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_id_check_json(
    text: *const c_char,
    today: i32,
    out: *mut *mut c_char,
) -> MinzhengResult {
    // SAFETY: the caller's contract.
    unsafe {
        string_out(out, || {
            let text = in_str(text, "text")?;
            to_json(
                "id report",
                &minzheng::id::check(text, date(today, "today")?),
            )
        })
    }
}

/// A GB/T 2260 division code in the embedded lists of 1980–2020: its name with province and
/// prefecture (`110105` → `北京市 朝阳区`), every name it carried, the years it was in use and
/// the current successor where the names show one. `*out`: the JSON of
/// `minzheng::division::Division`, or `null` when the code is in no list (not an error: codes are
/// renamed and abolished, and the lists end in 2020).
///
/// # Safety
/// `code` is NUL-terminated; `out` points to writable memory.
#[no_mangle]
pub unsafe extern "C" fn minzheng_division_lookup_json(
    code: *const c_char,
    out: *mut *mut c_char,
) -> MinzhengResult {
    // SAFETY: the caller's contract.
    unsafe {
        string_out(out, || {
            let code = in_str(code, "code")?;
            to_json(
                "division",
                &minzheng::division::DivisionTable::embedded().lookup(code),
            )
        })
    }
}
