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
