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
                                                                            /** `warnings` (present only when there is one): the profile's division code, and the registered residence against the division lists and the profile's jurisdiction — never a refusal. */
                                                                            export type Evaluation = { date: DateString; profile_version: DateString; decisions: Decision[]; missing: MissingFact[]; warnings?: IdRemark[] };

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

                                                                            // Identifiers (issue 16): `checkId`'s report (core `id::check`) and the division table.
                                                                            export type NameSpan = { name: string; first_seen: number; last_seen: number };
                                                                            export type Division = {
                                                                                code: string; name: string; names: NameSpan[]; province: string | null; prefecture: string | null;
                                                                                full_name: string; first_year: number; last_year: number; current: boolean;
                                                                                successor: null | { code: string; name: string; basis: 'same_name' | 'same_name_new_level' | string };
                                                                            };
                                                                            export type IdKind = 'resident' | 'credit' | 'foreign_permanent';
                                                                            export type IdRemark = { code: string; zh: string; en: string };
                                                                            export type IdRefusal = { code: string; number: number; zh: string; en: string };
                                                                            export type IdReport = {
                                                                                kind: IdKind; could_be: IdKind[]; valid: boolean; masked: string; number: string | null;
                                                                                error: IdRefusal | null; notes: IdRemark[]; warnings: IdRemark[];
                                                                                resident: null | {
                                                                                    division_code: string; division: Division | null; birth_date: DateString; age: number;
                                                                                    sex: 'male' | 'female'; converted_from_15: boolean; holder: 'mainland' | 'hong_kong' | 'macao' | 'taiwan';
                                                                                };
                                                                                credit: null | {
                                                                                    department: string; department_name: string | null; category: string; category_name: string | null;
                                                                                    division_code: string; division: Division | null; organisation_code: string;
                                                                                    organisation_code_checks: boolean; civil_affairs: boolean;
                                                                                };
                                                                            };

                                                                            // Social-assistance cases (issue 17), core `minzheng::assistance` (serde form).
                                                                            export type Programme = string;
                                                                            export type AssistanceState = string;
                                                                            export type AssistanceEvent = { case: string; date: DateString; type: string; [k: string]: unknown };
                                                                            export type AssistanceCase = {
                                                                                id: string; programme: Programme; applicant: string; township: string; village: string; division: string;
                                                                                household_size: number; staff_relative: boolean; received: DateString; state: AssistanceState;
                                                                                accepted_on: DateString | null; missing: string[]; decided: [DateString, boolean] | null;
                                                                                amount_fen: number | null; first_month: DateString | null; reasons: string[];
                                                                                refusal_notified: DateString | null; [k: string]: unknown;
                                                                            };
                                                                            export type StepTiming = {
                                                                                step: string; rule: string; name: string; basis: Citation; period: string;
                                                                                start: DateString; due: DateString; done: DateString | null;
                                                                            };
                                                                            export type AssistanceCaseRow = {
                                                                                case: string; programme: Programme; township: string; state: AssistanceState; step: string | null;
                                                                                due: DateString | null; watch: Watch | null; waiting_days: number; staff_relative: boolean;
                                                                            };
                                                                            export type AssistanceNoticeArgs = { office: string; reconsideration_body: string; date: DateString; templates?: string };
                                                                            export type NoticeRow = { name: string; [k: string]: unknown };
                                                                            export type RelativeRow = {
                                                                                case: string; programme: Programme; township: string; village: string; received: DateString;
                                                                                accepted_on: DateString | null; county_home_visit: DateString | null; state: AssistanceState; [k: string]: unknown;
                                                                            };
                                                                            export type RefusalRow = {
                                                                                case: string; programme: Programme; township: string; refused: DateString; not_accepted: boolean;
                                                                                notice_due: DateString | null; notified: DateString | null; timeliness: string; reasons: string[];
                                                                            };
                                                                            export type FiguresJson = {
                                                                                rows: { division: string; month: number; category: string; households: number; persons: number; amount_fen: number }[];
                                                                                unclassified: unknown;
                                                                            };



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
                                                                             * County figures of the cases paid in `month` (`YYYY-MM`): households, persons and the
                                                                             * monthly amount per programme and division, at `level` (`county`, the default, `city` or
                                                                             * `province`, merged upwards), as JSON rows, CSV and an HTML page with charts (`title`).
                                                                             */
                                                                            export function assistanceFigures(events: object[] | string, month: string, level: 'county' | 'city' | 'province' | undefined, title?: string | null): AssistanceFigures;

                                                                            /**
                                                                             * A notice in social-assistance wording for case `caseId` of the log: acceptance, correction
                                                                             * (every missing item at once), non-acceptance, approval (amount and first month), refusal and
                                                                             * reduction (the reasons from the failed findings, the remedies with their bodies and time
                                                                             * limits), stop, termination. `args`: `{ office, reconsideration_body, date, templates? }`
                                                                             * (`templates`: replacement templates as JSON text). Returns `{ kind, title, markdown, html }`;
                                                                             * throws when the case lacks what the notice needs.
                                                                             */
                                                                            export function assistanceNotice(events: object[] | string, case_id: string, kind: string, args: AssistanceNoticeArgs): AssistanceNoticeOut;

                                                                            /**
                                                                             * The 公示 rows of the cases paid in `month` (`YYYY-MM`): name, household size, amount and
                                                                             * village only, 事实无人抚养儿童 never listed.
                                                                             */
                                                                            export function assistancePublicRows(events: object[] | string, month: string): NoticeRow[];

                                                                            /**
                                                                             * A register on `today`, as rows and as CSV: `relatives` (单独登记备案: cases with a close
                                                                             * relative of a caseworker or village cadre, every programme) or `refusals` (every refusal
                                                                             * with its written-notice date and whether it was timely).
                                                                             */
                                                                            export function assistanceRegister(events: object[] | string, which: 'relatives' | 'refusals', today: string): AssistanceRegister;

                                                                            /**
                                                                             * Checks any number typed into a form (`id::check`): the kind guessed (resident identity
                                                                             * number, residence permit of Hong Kong, Macao or Taiwan residents, unified social credit
                                                                             * code, foreigner's permanent residence card) and every kind it could be, validity, the
                                                                             * refusal with its code and reason naming the position and expected value, notes
                                                                             * (normalisations, a 15-digit number converted to 18) and warnings, and what the number says:
                                                                             * division name, birth date, age on `today`, sex, holder; department and category of a credit
                                                                             * code. Division codes are looked up in the table loaded by [`load_divisions`]; without one,
                                                                             * `division_checked` is `false` and a note `id.division_not_checked` says so (never a
                                                                             * refusal). Never throws for a bad number (only for a bad `today`).
                                                                             */
                                                                            export function checkId(text: string, today: string): IdCheckResult;

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
                                                                             * What division table is loaded (`{ loaded: false, codes: 0, ... }` before [`load_divisions`]).
                                                                             */
                                                                            export function divisionsLoaded(): DivisionsLoaded;

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
                                                                             * Loads a division table at run time (the compact history `gb2260-history.compact` that
                                                                             * ships with the core's sources, a newer list as JSON, or the history TSV) and lays it over
                                                                             * the one already loaded. All or nothing: an unreadable table changes nothing. Returns what
                                                                             * is loaded now (`{ loaded, codes, earliest_revision, latest_revision }`).
                                                                             */
                                                                            export function loadDivisions(text: string): DivisionsLoaded;

                                                                            /**
                                                                             * Loads notices at run time (e.g. next year's, published in December) from a calendar data
                                                                             * file (its JSON text or object). With `replace`, the file's years replace loaded ones;
                                                                             * otherwise a year already loaded is an error. All or nothing: an invalid file changes nothing.
                                                                             */
                                                                            export function loadNotices(data: string | object, replace?: boolean | null): LoadReport;

                                                                            /**
                                                                             * Everything the loaded table says of a division code (`110105` → 北京市 朝阳区: names and
                                                                             * the years of each, province, prefecture, years of use, whether current, the successor where
                                                                             * known); `null` when no loaded list holds it or no table is loaded ([`divisions_loaded`]).
                                                                             */
                                                                            export function lookupDivision(code: string): Division | null;

                                                                            /**
                                                                             * The identity number masked for display and logs; throws when it is not a valid number.
                                                                             */
                                                                            export function maskResidentId(text: string): string;

                                                                            /**
                                                                             * `date` when it is a workday, else the first workday after it.
                                                                             */
                                                                            export function nextWorkday(date_text: string): string;

                                                                            /**
                                                                             * The GB 11714 check character of an organisation code's first eight characters (`null` when
                                                                             * they are not eight digits or capital letters).
                                                                             */
                                                                            export function organisationCheckChar(body: string): string | undefined;

                                                                            /**
                                                                             * The catalogue of named statutory periods (`disclosure.reply`, `licensing.decision`, ...),
                                                                             * each with its period and citation.
                                                                             */
                                                                            export function periods(): PeriodRule[];

                                                                            /**
                                                                             * Replays one social-assistance case from its events (an array of event objects or JSON
                                                                             * Lines text) and reports it on `today`: `{ case, timings, pending, explanation }`, every
                                                                             * limit with its rule, period, start, due date and when met, the pending ones most urgent
                                                                             * first with their watch status, and the explanation lines naming each rule with its
                                                                             * confidence. `overrides`: a jurisdiction's shorter limits (JSON, as the period catalogue
                                                                             * reads them). Throws a `MinzhengError` (`assistance.event_refused`, ...) on an event the
                                                                             * state does not allow: a log is replayed whole or not at all.
                                                                             */
                                                                            export function replayAssistance(events: object[] | string, today: string, overrides: object | string | undefined): AssistanceStatus;

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
                                                                             * The bureau's supervision screen on `today` over the events of many cases: every open case
                                                                             * by urgency (overdue longest first, due today, warning at `warnAt` workdays or fewer, then
                                                                             * the cases no limit watches, longest waiting first), and timeliness per township and step.
                                                                             */
                                                                            export function superviseAssistance(events: object[] | string, today: string, warn_at?: number | null): AssistanceSupervision;

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
                                                                                readonly assistanceFigures: (a: any, b: number, c: number, d: number, e: number, f: number, g: number) => [number, number, number];
                                                                                readonly assistanceNotice: (a: any, b: number, c: number, d: number, e: number, f: any) => [number, number, number];
                                                                                readonly assistancePublicRows: (a: any, b: number, c: number) => [number, number, number];
                                                                                readonly assistanceRegister: (a: any, b: number, c: number, d: number, e: number) => [number, number, number];
                                                                                readonly checkId: (a: number, b: number, c: number, d: number) => [number, number, number];
                                                                                readonly checkPowerItem: (a: any) => [number, number, number];
                                                                                readonly checkPowerList: (a: any) => [number, number, number];
                                                                                readonly computeDeadline: (a: any) => [number, number, number];
                                                                                readonly coverage: () => [number, number, number];
                                                                                readonly day: (a: number, b: number) => [number, number, number];
                                                                                readonly decodeCreditCode: (a: number, b: number) => [number, number, number];
                                                                                readonly decodeResidentId: (a: number, b: number) => [number, number, number];
                                                                                readonly divisionsLoaded: () => [number, number, number];
                                                                                readonly evaluateEligibility: (a: any, b: number, c: number, d: any) => [number, number, number];
                                                                                readonly flowchartSvg: (a: any) => [number, number, number, number];
                                                                                readonly importPowerListGrid: (a: any, b: number, c: number) => [number, number, number];
                                                                                readonly importProcessGrid: (a: any, b: number, c: number) => [number, number, number];
                                                                                readonly isResidentId: (a: number, b: number) => number;
                                                                                readonly isWorkday: (a: number, b: number) => [number, number, number];
                                                                                readonly loadDivisions: (a: number, b: number) => [number, number, number];
                                                                                readonly loadNotices: (a: any, b: number) => [number, number, number];
                                                                                readonly lookupDivision: (a: number, b: number) => [number, number, number];
                                                                                readonly maskResidentId: (a: number, b: number) => [number, number, number, number];
                                                                                readonly nextWorkday: (a: number, b: number) => [number, number, number, number];
                                                                                readonly organisationCheckChar: (a: number, b: number) => [number, number];
                                                                                readonly periods: () => [number, number, number];
                                                                                readonly replayAssistance: (a: any, b: number, c: number, d: any) => [number, number, number];
                                                                                readonly replayDisclosure: (a: any, b: number, c: number) => [number, number, number];
                                                                                readonly resetCalendar: () => void;
                                                                                readonly sampleProfile: () => [number, number, number];
                                                                                readonly superviseAssistance: (a: any, b: number, c: number, d: number) => [number, number, number];
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
