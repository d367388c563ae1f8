/* tslint:disable */
/* eslint-disable */
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



                                        // The core's JSON models as they cross the boundary (serde form, snake_case field names).
                                        // Written by hand: the core's types do not derive TypeScript definitions yet (see COVERAGE.md,
                                        // "gaps"); the binding's own result types in types.d.ts are generated.

                                        /** A date, `YYYY-MM-DD`. */
                                        export type DateString = string;

                                        export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup';
                                        export type Day = {
                                            date: DateString; kind: DayKind; provisional: boolean;
                                            holiday: null | { name: string; name_en: string | null; source: 'notice' | 'local'; year?: number; number?: string; overlay?: string };
                                        };
                                        export type Coverage = {
                                            years: { year: number; notice: string; published: DateString | null; released: DateString | null; amendments: string[]; holidays: number }[];
                                            gaps: number[];
                                            revisable: { from: DateString; to: DateString; missing_year: number }[];
                                            overlays: string[];
                                        };
                                        export type LoadReport = { added: number[]; replaced: number[] };
                                        export type Overlay = { name: string; rest_days: { date: DateString; name: string; name_en?: string; basis?: string }[] };
                                        export type Citation = { instrument: string; article: string; quote?: string; confidence: string };
                                        export type Period = { amount: number; unit: 'working_days' | 'natural_days' | 'months' | string };
                                        export type PeriodRule = { id: string; name: string; name_en: string; period: Period; basis: Citation; [k: string]: unknown };
                                        export type DeadlineRequest = {
                                            /** A catalogue id such as `disclosure.reply`; or `period_def`. */
                                            period?: string;
                                            period_def?: Period;
                                            start: DateString;
                                            suspensions?: { from: DateString; to: DateString; reason: string }[];
                                            extensions?: { amount: number; granted: DateString; approved_by: string }[];
                                            today?: DateString;
                                            answered?: DateString;
                                            due_soon_threshold?: number;
                                        };
                                        export type DeadlineStatus =
                                        | { status: 'running' | 'due_soon'; workdays_left: number }
                                        | { status: 'due_today' }
                                        | { status: 'overdue'; workdays: number; days: number }
                                        | { status: 'met'; answered: DateString; workdays_to_spare: number }
                                        | { status: 'met_late'; answered: DateString; workdays_late: number; days_late: number };
                                        export type Deadline = {
                                            rule: string; name: string; name_en: string; start: DateString; due: DateString; original_due: DateString;
                                            explanation: { steps: Record<string, unknown>[]; skipped: Record<string, unknown>[] };
                                            warnings: Record<string, unknown>[]; provisional: boolean;
                                        };

                                        /** A power item (权力事项) as in the JSON power-list model. */
                                        export type PowerItem = { code: string; name: string; category: string; [k: string]: unknown };
                                        export type PowerList = { authority?: string; items: PowerItem[]; [k: string]: unknown };
                                        /** The one finding shape of power-list checks, disclosure checks and eligibility rules. */
                                        export type Finding = {
                                            rule: string; citation: Citation; confidence: string; status: string;
                                            severity?: 'error' | 'warning' | 'info'; item?: string; path?: string; member?: number;
                                            facts: { name: string; value: string }[]; zh: string; en: string;
                                        };
                                        export type PowerFinding = Finding;
                                        export type PowerItemCheck = { ok: boolean; errors: number; warnings: number; findings: PowerFinding[] };
                                        export type PowerReport = { items: number; findings: PowerFinding[] };
                                        export type ImportReport = Record<string, unknown>;
                                        export type PowerListImport = { list: PowerList; report: ImportReport };

                                        /** A household as in the JSON household model (members, residence, area, application_date, ...). */
                                        export type Household = { members: Record<string, unknown>[]; residence: string; area: string; application_date: DateString; [k: string]: unknown };
                                        /** A policy profile (jurisdiction and versions by effective date). */
                                        export type Profile = { jurisdiction: string; versions: Record<string, unknown>[]; [k: string]: unknown };
                                        export type EligibilityFinding = Finding;
                                        export type MissingFact = { field: string; zh: string; en: string };
                                        export type Decision = {
                                            programme: string; member: number | null; outcome: string; amount_fen: number | null; covered: number[];
                                            per_member: Record<string, unknown>[]; findings: EligibilityFinding[];
                                            missing: MissingFact[]; requirements: Record<string, unknown>[]; [k: string]: unknown;
                                        };
                                        export type Evaluation = { date: DateString; profile_version: DateString; decisions: Decision[]; missing: MissingFact[] };

                                        /** A disclosure request replayed (receipt by channel, clock start, consultations, extension...). */
                                        export type RequestCase = { id: string; state: string; channel: string; arrived: DateString; receipt: DateString; clock_start: DateString; [k: string]: unknown };
                                        export type CaseNote = { code: string; zh: string; en: string; basis: Citation };
                                        export type CaseReport = {
                                            id: string; state: 'open' | 'awaiting_correction' | 'consulting' | 'awaiting_fee' | 'closed'; receipt: DateString;
                                            deadline: Deadline | null; status: DeadlineStatus | null; correction_until: DateString | null;
                                            closure: [DateString, Record<string, unknown>] | null; notes: CaseNote[];
                                        };
                                        /** A service-window case replayed. */
                                        export type WindowCase = { id: string; item: string; applicant: string; received: DateString; state: string; notes: CaseNote[]; [k: string]: unknown };
                                        export type SupervisionRow = { case: string; item: string; clock: 'acceptance' | 'decision' | 'issue'; due: DateString; watch: Watch; [k: string]: unknown };
                                        /** How close a case is to its due date. */
                                        export type Watch =
                                        | { watch: 'running'; workdays_left: number }
                                        | { watch: 'warning'; workdays_left: number }
                                        | { watch: 'due_today' }
                                        | { watch: 'overdue'; workdays: number; days: number };



                                        /**
                                         * Applies a local overlay (a jurisdiction's extra rest days, `{ name, rest_days: [{ date,
                                         * name, basis }] }`). All or nothing.
                                         */
                                        export function addOverlay(overlay: Overlay | string): void;

                                        /**
                                         * The n-th workday after (n > 0) or before (n < 0) `date`, the date itself not counted.
                                         */
                                        export function addWorkdays(date_text: string, n: number): string;

                                        /**
                                         * Every check (`PL001`…, each with its citation, severity and message in each language) on
                                         * one power item, at once; for an editor checking as the user types. Throws only when the
                                         * object is not a power item at all.
                                         */
                                        export function checkPowerItem(item: PowerItem | string): PowerItemCheck;

                                        /**
                                         * Every check on a whole power list (including the checks across items).
                                         */
                                        export function checkPowerList(list: PowerList | string): PowerReport;

                                        /**
                                         * The due date of a period started on `start` (not counted), with suspensions and
                                         * extensions, every step and every day not counted; with `today`, where it stands.
                                         */
                                        export function computeDeadline(request: DeadlineRequest): DeadlineResult;

                                        /**
                                         * Which years the calendar answers for, with each notice, the gaps, the Decembers a missing
                                         * next-year notice may still change, and the overlays applied.
                                         */
                                        export function coverage(): Coverage;

                                        /**
                                         * The day's kind (`workday`, `weekend`, `holiday`, `makeup`) and, for holidays and make-up
                                         * days, the holiday it belongs to.
                                         */
                                        export function day(date_text: string): Day;

                                        /**
                                         * Decodes a unified social credit code; throws a `MinzhengError` when invalid.
                                         */
                                        export function decodeCreditCode(text: string): CreditCodeInfo;

                                        /**
                                         * Decodes a resident identity number; throws a `MinzhengError` when invalid.
                                         */
                                        export function decodeResidentId(text: string): ResidentIdInfo;

                                        /**
                                         * Evaluates every programme for a household on `date` against a profile (the embedded sample
                                         * when omitted): every decision with every finding (rule, citation with confidence, facts, zh
                                         * and en) and every missing fact at once (一次性告知). Throws when the household or profile is
                                         * invalid.
                                         */
                                        export function evaluateEligibility(household: Household | string, date_text: string, profile: Profile | string | undefined): Evaluation;

                                        /**
                                         * The item's flowchart (权力运行流程图) as a self-laid-out SVG document.
                                         */
                                        export function flowchartSvg(item: PowerItem | string): string;

                                        /**
                                         * Imports a power list from a 2-D array of cells (the published sheet): `{ list, report }`.
                                         */
                                        export function importPowerListGrid(grid: unknown[][], authority: string): PowerListImport;

                                        /**
                                         * Imports a process table (a 2-D array of cells, as SheetJS gives) into a power item and
                                         * draws its flowchart: `{ item, report, svg }`.
                                         */
                                        export function importProcessGrid(grid: unknown[][], name: string): ProcessImport;

                                        /**
                                         * `true` when `text` is a valid resident identity number (checksum, date, province). The
                                         * fastest check; [`validate_resident_id`] says why not.
                                         */
                                        export function isResidentId(text: string): boolean;

                                        /**
                                         * Whether `date` (`YYYY-MM-DD`) is an official working day (a make-up Saturday is one).
                                         */
                                        export function isWorkday(date_text: string): boolean;

                                        /**
                                         * Loads notices at run time (e.g. next year's, published in December) from a calendar data
                                         * file (its JSON text or object). With `replace`, the file's years replace loaded ones;
                                         * otherwise a year already loaded is an error. All or nothing: an invalid file changes nothing.
                                         */
                                        export function loadNotices(data: string | object, replace?: boolean | null): LoadReport;

                                        /**
                                         * The identity number masked for display and logs; throws when it is not a valid number.
                                         */
                                        export function maskResidentId(text: string): string;

                                        /**
                                         * `date` when it is a workday, else the first workday after it.
                                         */
                                        export function nextWorkday(date_text: string): string;

                                        /**
                                         * The catalogue of named statutory periods (`disclosure.reply`, `licensing.decision`, ...),
                                         * each with its period and citation.
                                         */
                                        export function periods(): PeriodRule[];

                                        /**
                                         * Replays a disclosure request (依申请公开) from its events and reports it on `today`:
                                         * `{ case, report }` with the receipt date by channel, the clock start, the reply due date and
                                         * its explanation, suspensions and extension, the status and the compliance notes. Throws on
                                         * an event the rules refuse (the case is left as it was).
                                         */
                                        export function replayDisclosure(events: object[] | string, today: string): DisclosureStatus;

                                        /**
                                         * Back to the embedded national calendar (drops loaded notices and overlays).
                                         */
                                        export function resetCalendar(): void;

                                        /**
                                         * The sample city profile embedded in the library (values are samples, not a real city's).
                                         */
                                        export function sampleProfile(): Profile;

                                        /**
                                         * Checks a unified social credit code as it is typed (never throws for a bad code).
                                         */
                                        export function validateCreditCode(text: string): IdCheck<CreditCodeInfo>;

                                        /**
                                         * Every problem of a household at once (`{ ok, problems: [{ code, name, field, member, zh, en
                                         * }] }`, `field` the path into the household, e.g. `members[1].id_number`),
                                         * for validation as the user types; never throws for a bad household.
                                         */
                                        export function validateHousehold(household: Household | string): Validation;

                                        /**
                                         * Every problem of a policy profile at once; never throws for a bad profile.
                                         */
                                        export function validateProfile(profile: Profile | string): Validation;

                                        /**
                                         * Checks a resident identity number as it is typed: `{ ok, code, name, field, zh, en,
                                         * decoded }`, never throws for a bad number.
                                         */
                                        export function validateResidentId(text: string): IdCheck<ResidentIdInfo>;

                                        /**
                                         * Replays a service-window case from its events against the window items of a power list and
                                         * reports it on `today`: `{ case, report: { clock, due, watch } }` (`report` is `null` when no
                                         * clock runs). Throws on an event the rules refuse.
                                         */
                                        export function windowCaseStatus(power_list: PowerList | string, events: object[] | string, today: string): WindowStatus;

                                        /**
                                         * Workdays after `from` up to and including `to`.
                                         */
                                        export function workdaysBetween(from: string, to: string): number;

                                        export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

                                        export interface InitOutput {
                                            readonly memory: WebAssembly.Memory;
                                            readonly __mzAddWorkdays: (a: number, b: number) => number;
                                            readonly __mzIsWorkday: (a: number) => number;
                                            readonly __mzNextWorkday: (a: number) => number;
                                            readonly __mzResidentId: (a: number, b: number) => [number, number];
                                            readonly __mzResidentIdPacked: (a: number, b: number) => number;
                                            readonly __mzWorkdaysBetween: (a: number, b: number) => number;
                                            readonly addOverlay: (a: any) => [number, number];
                                            readonly addWorkdays: (a: number, b: number, c: number) => [number, number, number, number];
                                            readonly checkPowerItem: (a: any) => [number, number, number];
                                            readonly checkPowerList: (a: any) => [number, number, number];
                                            readonly computeDeadline: (a: any) => [number, number, number];
                                            readonly coverage: () => [number, number, number];
                                            readonly day: (a: number, b: number) => [number, number, number];
                                            readonly decodeCreditCode: (a: number, b: number) => [number, number, number];
                                            readonly decodeResidentId: (a: number, b: number) => [number, number, number];
                                            readonly evaluateEligibility: (a: any, b: number, c: number, d: any) => [number, number, number];
                                            readonly flowchartSvg: (a: any) => [number, number, number, number];
                                            readonly importPowerListGrid: (a: any, b: number, c: number) => [number, number, number];
                                            readonly importProcessGrid: (a: any, b: number, c: number) => [number, number, number];
                                            readonly isResidentId: (a: number, b: number) => number;
                                            readonly isWorkday: (a: number, b: number) => [number, number, number];
                                            readonly loadNotices: (a: any, b: number) => [number, number, number];
                                            readonly maskResidentId: (a: number, b: number) => [number, number, number, number];
                                            readonly nextWorkday: (a: number, b: number) => [number, number, number, number];
                                            readonly periods: () => [number, number, number];
                                            readonly replayDisclosure: (a: any, b: number, c: number) => [number, number, number];
                                            readonly resetCalendar: () => void;
                                            readonly sampleProfile: () => [number, number, number];
                                            readonly validateCreditCode: (a: number, b: number) => [number, number, number];
                                            readonly validateHousehold: (a: any) => [number, number, number];
                                            readonly validateProfile: (a: any) => [number, number, number];
                                            readonly validateResidentId: (a: number, b: number) => [number, number, number];
                                            readonly windowCaseStatus: (a: any, b: any, c: number, d: number) => [number, number, number];
                                            readonly workdaysBetween: (a: number, b: number, c: number, d: number) => [number, number, number];
                                            readonly __wbindgen_malloc: (a: number, b: number) => number;
                                            readonly __wbindgen_realloc: (a: number, b: number, c: number, d: number) => number;
                                            readonly __wbindgen_free: (a: number, b: number, c: number) => void;
                                            readonly __wbindgen_exn_store: (a: number) => void;
                                            readonly __externref_table_alloc: () => number;
                                            readonly __wbindgen_externrefs: WebAssembly.Table;
                                            readonly __externref_table_dealloc: (a: number) => void;
                                            readonly __wbindgen_start: () => void;
                                        }

                                        export type SyncInitInput = BufferSource | WebAssembly.Module;

                                        /**
                                         * Instantiates the given `module`, which can either be bytes or
                                         * a precompiled `WebAssembly.Module`.
                                         *
                                         * @param {{ module: SyncInitInput }} module - Passing `SyncInitInput` directly is deprecated.
                                         *
                                         * @returns {InitOutput}
                                         */
                                        export function initSync(module: { module: SyncInitInput } | SyncInitInput): InitOutput;

                                        /**
                                         * If `module_or_path` is {RequestInfo} or {URL}, makes a request and
                                         * for everything else, calls `WebAssembly.instantiate` directly.
                                         *
                                         * @param {{ module_or_path: InitInput | Promise<InitInput> }} module_or_path - Passing `InitInput` directly is deprecated.
                                         *
                                         * @returns {Promise<InitOutput>}
                                         */
                                        export default function __wbg_init (module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<InitOutput>;
