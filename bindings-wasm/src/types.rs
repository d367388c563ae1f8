//! The binding's own result shapes. Their TypeScript definitions in `ts/types.d.ts` are
//! generated from these types (`cargo test -p minzheng-wasm` on the host, through ts-rs) and
//! committed; `tests/wasm.sh` fails when regenerating changes them. The core's models (days,
//! deadlines, evaluations, reports) cross as their serde form.

use minzheng::assistance::{AssistanceCase, CaseRow, ProcedureStep, StepTiming, Timeliness};
use minzheng::deadline::{Deadline, Status};
use minzheng::disclosure::{CaseReport, RequestCase};
use minzheng::id::IdReport;
use minzheng::power::PowerItem;
use minzheng::tables::ImportReport;
use minzheng::window::Watch;
use minzheng::window::{SupervisionRow, WindowCase};
use serde::Serialize;

/// The result of a check run while the user types: `ok`, or the first (or only) problem with
/// its stable number and name, the field it is about and the message in each language.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
pub struct Check {
    /// `true` when the value is acceptable.
    pub ok: bool,
    /// The stable error number (0 when `ok`).
    pub code: u32,
    /// The stable error name, `domain.code` (empty when `ok`).
    pub name: String,
    /// The field the problem is about (a JSON path of the model, e.g. `members[1].id_number`),
    /// when the core names one.
    pub field: Option<String>,
    /// The 1-based member number, for household problems about one member.
    pub member: Option<u32>,
    /// Chinese message.
    pub zh: String,
    /// English message.
    pub en: String,
}

/// A resident identity number, decoded.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
pub struct ResidentIdInfo {
    /// The 18-character number (a 15-digit one converted).
    pub number: String,
    /// The number masked for display and logs.
    pub masked: String,
    /// The six-digit administrative division code.
    pub division_code: String,
    /// Date of birth, `YYYY-MM-DD`.
    pub birth_date: String,
    /// `male` or `female`.
    pub sex: String,
    /// `true` when given as a 15-digit number.
    pub converted_from_15: bool,
}

/// A unified social credit code, decoded.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
pub struct CreditCodeInfo {
    /// The 18-character code.
    pub code: String,
    /// The registering department's character.
    pub department: String,
    /// Its name, when known.
    pub department_name: Option<String>,
    /// The organisation category's character.
    pub category: String,
    /// Its name, when known.
    pub category_name: Option<String>,
    /// The six-digit administrative division code.
    pub division_code: String,
    /// The nine-character organisation code.
    pub organisation_code: String,
    /// `true` when registered by civil affairs (social organisations).
    pub civil_affairs: bool,
}

/// The result of validating an identity number while it is typed.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
pub struct IdCheck<T> {
    /// `true` when the number is valid.
    pub ok: bool,
    /// The stable error number (0 when `ok`).
    pub code: u32,
    /// The stable error name (empty when `ok`).
    pub name: String,
    /// The field (`id_number` or `credit_code`).
    pub field: String,
    /// Chinese message.
    pub zh: String,
    /// English message.
    pub en: String,
    /// The decoded number, when valid.
    pub decoded: Option<T>,
}

/// Every problem of a household or profile at once (empty and `ok` when valid).
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
pub struct Validation {
    /// `true` when there is no problem.
    pub ok: bool,
    /// Every problem, in the core's order.
    pub problems: Vec<Check>,
}

/// One line of an explanation, in each language.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
pub struct ExplanationLine {
    /// Chinese.
    pub zh: String,
    /// English.
    pub en: String,
}

/// A computed deadline, with its explanation and, when `today` was given, its status.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
pub struct DeadlineResult<'a> {
    /// The due date, `YYYY-MM-DD`: the last day on which the act is on time.
    pub due: String,
    /// The status on `today` (`{ status: "running", workdays_left }`, ...), when given.
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        ts(type = "DeadlineStatus | null")
    )]
    pub status: Option<Status>,
    /// The status's stable name (`running`, `due_soon`, `due_today`, `overdue`, `met`,
    /// `met_late`).
    pub status_name: Option<String>,
    /// The status described in Chinese.
    pub status_zh: Option<String>,
    /// The status described in English.
    pub status_en: Option<String>,
    /// How the date was reached: every step and the days not counted.
    pub explanation: Vec<ExplanationLine>,
    /// What the caller should know (provisional data, a December a missing notice may change).
    pub warnings_text: Vec<ExplanationLine>,
    /// The core's deadline (rule, start, due, original due, explanation, warnings).
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(type = "Deadline"))]
    pub deadline: &'a Deadline,
}

/// A flowchart imported from a grid (a process table: 程序 / 办理时限 / ... columns).
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
pub struct ProcessImport<'a> {
    /// The power item built from the table, with its process.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(type = "PowerItem"))]
    pub item: &'a PowerItem,
    /// What the import recognised and the cells it could not read.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(type = "ImportReport"))]
    pub report: &'a ImportReport,
    /// The flowchart as SVG.
    pub svg: String,
}

/// A disclosure request replayed from its event log, reported on a day.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
pub struct DisclosureStatus<'a> {
    /// The case as replayed (receipt date by channel, clock start, suspensions, extension, ...).
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(type = "RequestCase"))]
    pub case: &'a RequestCase,
    /// Its report on `today` (state, deadline, status, closure, notes), as the core gives it.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(type = "CaseReport"))]
    pub report: &'a CaseReport,
    /// How the due date was computed (every step, the weekends and holidays skipped), when a
    /// deadline runs.
    pub explanation: Vec<ExplanationLine>,
}

/// A service-window case replayed from its event log, reported on a day.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
pub struct WindowStatus<'a> {
    /// The case as replayed.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(type = "WindowCase"))]
    pub case: &'a WindowCase,
    /// The clock it is on, its due date and how close it is (`null` when no clock runs).
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        ts(type = "SupervisionRow | null")
    )]
    pub report: Option<&'a SupervisionRow<'a>>,
}

/// A pending limit of a social-assistance case and how close it is on the day.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
pub struct PendingStep {
    /// The limit: step, rule, name, basis, period, start, due, done.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(type = "StepTiming"))]
    pub timing: StepTiming,
    /// Its watch status on the day (running, warning, due today, overdue).
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(type = "Watch"))]
    pub watch: Watch,
}

/// A social-assistance case replayed from its event log, reported on a day.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
pub struct AssistanceStatus<'a> {
    /// The case as replayed (programme, state, dates, amounts, notes).
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(type = "AssistanceCase"))]
    pub case: &'a AssistanceCase,
    /// Every limit of the procedure with its rule, period, start, due date and when met.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(type = "StepTiming[]"))]
    pub timings: Vec<StepTiming>,
    /// The limits not yet met, most urgent first, with their watch status.
    pub pending: Vec<PendingStep>,
    /// The case explained on the day, one line each (every rule named with its confidence).
    pub explanation: Vec<String>,
}

/// Timeliness of one step in one township.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
pub struct TimelinessRow {
    /// 乡镇（街道）.
    pub township: String,
    /// The procedure step.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(type = "string"))]
    pub step: ProcedureStep,
    /// Done on time, done late, overdue, pending.
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        ts(type = "{ on_time: number; late: number; overdue: number; pending: number }")
    )]
    pub timeliness: Timeliness,
    /// Share done on time of those done or overdue, per mille (`null` when none).
    pub on_time_permille: Option<u32>,
}

/// The supervision screen of social-assistance cases on a day.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
pub struct AssistanceSupervision<'a> {
    /// Every open case, most urgent first.
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        ts(type = "AssistanceCaseRow[]")
    )]
    pub rows: Vec<CaseRow<'a>>,
    /// Timeliness per township and step.
    pub timeliness: Vec<TimelinessRow>,
}

/// A filled social-assistance notice.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
pub struct AssistanceNoticeOut {
    /// The kind (`acceptance`, `correction`, `non_acceptance`, `approval`, `refusal`,
    /// `reduction`, `stop`, `termination`).
    pub kind: String,
    /// The title.
    pub title: String,
    /// The filled text (Markdown).
    pub markdown: String,
    /// The same notice as an HTML page.
    pub html: String,
}

/// A register (单独登记备案 relatives, or refusals) as rows and as CSV.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
pub struct AssistanceRegister {
    /// The rows (their serde form).
    #[cfg_attr(
        all(test, not(target_arch = "wasm32")),
        ts(type = "RelativeRow[] | RefusalRow[]")
    )]
    pub rows: serde_json::Value,
    /// The same rows as CSV, ready to file.
    pub csv: String,
}

/// County (or city, province) figures of a month.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
pub struct AssistanceFigures {
    /// `{ rows, unclassified }`: one row per division, month and category (households,
    /// persons, amount in fen), and what could not be classified.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(type = "FiguresJson"))]
    pub figures: serde_json::Value,
    /// The same as CSV.
    pub csv: String,
    /// An HTML page with charts, ready to publish.
    pub html: String,
}

/// The result of `checkId`: the core's report (`id::check`) and whether division codes were
/// looked up in a loaded table.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
pub struct IdCheckResult<'a> {
    /// The core's report: kind, could_be, valid, masked, number, error, notes, warnings,
    /// resident or credit facts.
    #[cfg_attr(all(test, not(target_arch = "wasm32")), ts(type = "IdReport"))]
    pub report: &'a IdReport,
    /// `true` when the value's division code was looked up in a table loaded by
    /// `loadDivisions`. `false` when no table is loaded (a note `id.division_not_checked` says
    /// so; never a reason to refuse) or when there is no valid division code to look up.
    pub division_checked: bool,
}

/// The division table loaded at run time.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(all(test, not(target_arch = "wasm32")), derive(ts_rs::TS))]
pub struct DivisionsLoaded {
    /// `true` once a table is loaded.
    pub loaded: bool,
    /// Codes in the table.
    pub codes: u32,
    /// The earliest list revision (YYYYMM), 0 when none.
    pub earliest_revision: u32,
    /// The latest list revision (YYYYMM), 0 when none.
    pub latest_revision: u32,
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use ts_rs::TS;

    /// Regenerates `ts/types.d.ts` from the types above (committed; `tests/wasm.sh` fails when
    /// this changes it).
    #[test]
    fn typescript_definitions_are_generated_from_the_rust_types() {
        let mut out = String::from(
            "// Generated from bindings-wasm/src/types.rs by `cargo test -p minzheng-wasm` (ts-rs).\n\
             // Do not edit; tests/wasm.sh fails when it is stale.\n\n",
        );
        for decl in [
            Check::decl(),
            ResidentIdInfo::decl(),
            CreditCodeInfo::decl(),
            IdCheck::<ResidentIdInfo>::decl(),
            Validation::decl(),
            ExplanationLine::decl(),
            DeadlineResult::decl(),
            ProcessImport::decl(),
            DisclosureStatus::decl(),
            WindowStatus::decl(),
            IdCheckResult::decl(),
            DivisionsLoaded::decl(),
            PendingStep::decl(),
            AssistanceStatus::decl(),
            TimelinessRow::decl(),
            AssistanceSupervision::decl(),
            AssistanceNoticeOut::decl(),
            AssistanceRegister::decl(),
            AssistanceFigures::decl(),
        ] {
            out.push_str("export ");
            out.push_str(&decl);
            out.push_str("\n\n");
        }
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/ts/types.d.ts");
        std::fs::write(path, &out).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert!(out.contains("export type Check = {"));
    }
}
