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
