// Generated from bindings-wasm/src/types.rs by `cargo test -p minzheng-wasm` (ts-rs).
// Do not edit; tests/wasm.sh fails when it is stale.

export type Check = { 
/**
 * `true` when the value is acceptable.
 */
ok: boolean, 
/**
 * The stable error number (0 when `ok`).
 */
code: number, 
/**
 * The stable error name, `domain.code` (empty when `ok`).
 */
name: string, 
/**
 * The field the problem is about (a JSON path of the model, e.g. `members[1].id_number`),
 * when the core names one.
 */
field: string | null, 
/**
 * The 1-based member number, for household problems about one member.
 */
member: number | null, 
/**
 * Chinese message.
 */
zh: string, 
/**
 * English message.
 */
en: string, };

export type ResidentIdInfo = { 
/**
 * The 18-character number (a 15-digit one converted).
 */
number: string, 
/**
 * The number masked for display and logs.
 */
masked: string, 
/**
 * The six-digit administrative division code.
 */
division_code: string, 
/**
 * Date of birth, `YYYY-MM-DD`.
 */
birth_date: string, 
/**
 * `male` or `female`.
 */
sex: string, 
/**
 * `true` when given as a 15-digit number.
 */
converted_from_15: boolean, };

export type CreditCodeInfo = { 
/**
 * The 18-character code.
 */
code: string, 
/**
 * The registering department's character.
 */
department: string, 
/**
 * Its name, when known.
 */
department_name: string | null, 
/**
 * The organisation category's character.
 */
category: string, 
/**
 * Its name, when known.
 */
category_name: string | null, 
/**
 * The six-digit administrative division code.
 */
division_code: string, 
/**
 * The nine-character organisation code.
 */
organisation_code: string, 
/**
 * `true` when registered by civil affairs (social organisations).
 */
civil_affairs: boolean, };

export type IdCheck<T> = { 
/**
 * `true` when the number is valid.
 */
ok: boolean, 
/**
 * The stable error number (0 when `ok`).
 */
code: number, 
/**
 * The stable error name (empty when `ok`).
 */
name: string, 
/**
 * The field (`id_number` or `credit_code`).
 */
field: string, 
/**
 * Chinese message.
 */
zh: string, 
/**
 * English message.
 */
en: string, 
/**
 * The decoded number, when valid.
 */
decoded: T | null, };

export type Validation = { 
/**
 * `true` when there is no problem.
 */
ok: boolean, 
/**
 * Every problem, in the core's order.
 */
problems: Array<Check>, };

export type ExplanationLine = { 
/**
 * Chinese.
 */
zh: string, 
/**
 * English.
 */
en: string, };

export type DeadlineResult = { 
/**
 * The due date, `YYYY-MM-DD`: the last day on which the act is on time.
 */
due: string, 
/**
 * The status on `today` (`{ status: "running", workdays_left }`, ...), when given.
 */
status: DeadlineStatus | null, 
/**
 * The status's stable name (`running`, `due_soon`, `due_today`, `overdue`, `met`,
 * `met_late`).
 */
status_name: string | null, 
/**
 * The status described in Chinese.
 */
status_zh: string | null, 
/**
 * The status described in English.
 */
status_en: string | null, 
/**
 * How the date was reached: every step and the days not counted.
 */
explanation: Array<ExplanationLine>, 
/**
 * What the caller should know (provisional data, a December a missing notice may change).
 */
warnings_text: Array<ExplanationLine>, 
/**
 * The core's deadline (rule, start, due, original due, explanation, warnings).
 */
deadline: Deadline, };

export type ProcessImport = { 
/**
 * The power item built from the table, with its process.
 */
item: PowerItem, 
/**
 * What the import recognised and the cells it could not read.
 */
report: ImportReport, 
/**
 * The flowchart as SVG.
 */
svg: string, };

export type DisclosureStatus = { 
/**
 * The case as replayed (receipt date by channel, clock start, suspensions, extension, ...).
 */
case: RequestCase, 
/**
 * Its report on `today` (state, deadline, status, closure, notes), as the core gives it.
 */
report: CaseReport, 
/**
 * How the due date was computed (every step, the weekends and holidays skipped), when a
 * deadline runs.
 */
explanation: Array<ExplanationLine>, };

export type WindowStatus = { 
/**
 * The case as replayed.
 */
case: WindowCase, 
/**
 * The clock it is on, its due date and how close it is (`null` when no clock runs).
 */
report: SupervisionRow | null, };

export type IdCheckResult = { 
/**
 * The core's report: kind, could_be, valid, masked, number, error, notes, warnings,
 * resident or credit facts.
 */
report: IdReport, 
/**
 * `true` when the value's division code was looked up in a table loaded by
 * `loadDivisions`. `false` when no table is loaded (a note `id.division_not_checked` says
 * so; never a reason to refuse) or when there is no valid division code to look up.
 */
division_checked: boolean, };

export type DivisionsLoaded = { 
/**
 * `true` once a table is loaded.
 */
loaded: boolean, 
/**
 * Codes in the table.
 */
codes: number, 
/**
 * The earliest list revision (YYYYMM), 0 when none.
 */
earliest_revision: number, 
/**
 * The latest list revision (YYYYMM), 0 when none.
 */
latest_revision: number, };

export type PendingStep = { 
/**
 * The limit: step, rule, name, basis, period, start, due, done.
 */
timing: StepTiming, 
/**
 * Its watch status on the day (running, warning, due today, overdue).
 */
watch: Watch, };

export type AssistanceStatus = { 
/**
 * The case as replayed (programme, state, dates, amounts, notes).
 */
case: AssistanceCase, 
/**
 * Every limit of the procedure with its rule, period, start, due date and when met.
 */
timings: StepTiming[], 
/**
 * The limits not yet met, most urgent first, with their watch status.
 */
pending: Array<PendingStep>, 
/**
 * The case explained on the day, one line each (every rule named with its confidence).
 */
explanation: Array<string>, };

export type TimelinessRow = { 
/**
 * 乡镇（街道）.
 */
township: string, 
/**
 * The procedure step.
 */
step: string, 
/**
 * Done on time, done late, overdue, pending.
 */
timeliness: { on_time: number; late: number; overdue: number; pending: number }, 
/**
 * Share done on time of those done or overdue, per mille (`null` when none).
 */
on_time_permille: number | null, };

export type AssistanceSupervision = { 
/**
 * Every open case, most urgent first.
 */
rows: AssistanceCaseRow[], 
/**
 * Timeliness per township and step.
 */
timeliness: Array<TimelinessRow>, };

export type AssistanceNoticeOut = { 
/**
 * The kind (`acceptance`, `correction`, `non_acceptance`, `approval`, `refusal`,
 * `reduction`, `stop`, `termination`).
 */
kind: string, 
/**
 * The title.
 */
title: string, 
/**
 * The filled text (Markdown).
 */
markdown: string, 
/**
 * The same notice as an HTML page.
 */
html: string, };

export type AssistanceRegister = { 
/**
 * The rows (their serde form).
 */
rows: RelativeRow[] | RefusalRow[], 
/**
 * The same rows as CSV, ready to file.
 */
csv: string, };

export type AssistanceFigures = { 
/**
 * `{ rows, unclassified }`: one row per division, month and category (households,
 * persons, amount in fen), and what could not be classified.
 */
figures: FiguresJson, 
/**
 * The same as CSV.
 */
csv: string, 
/**
 * An HTML page with charts, ready to publish.
 */
html: string, };

