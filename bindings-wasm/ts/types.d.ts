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

