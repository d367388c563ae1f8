// Runs the shared golden vectors of tests/vectors/ through the npm package under Node, with the
// same checks as the Rust suites (core/tests/vectors.rs, disclosure_vectors.rs,
// eligibility_vectors.rs). Fails when a check fails or when fewer cases ran than the files hold
// (the Rust suites run every case of every file). Last line: "N passed, N failed".
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as mz from '../pkg/node.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const load = (name) => JSON.parse(readFileSync(`${root}tests/vectors/${name}`, 'utf8'));
await mz.init();

let passed = 0;
let failed = 0;
const ran = {};
const expectedCount = {};
function check(file, what, ok) {
  ran[file] = (ran[file] ?? 0) + 1;
  if (ok) passed++;
  else {
    failed++;
    console.log(`FAIL ${file}: ${what}`);
  }
}
// Key order does not matter (objects compare as JSON values, as serde_json::Value does).
const canon = (v) => Array.isArray(v) ? v.map(canon)
  : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canon(v[k])])) : v;
const eq = (a, b) => JSON.stringify(canon(a)) === JSON.stringify(canon(b));
const cases = (file) => {
  const doc = load(file);
  expectedCount[file] = doc.cases.length;
  return doc;
};

for (const c of cases('calendar_days.json').cases) {
  const d = mz.day(c.date);
  const name = d.holiday ? d.holiday.name : null;
  check('calendar_days.json', c.date, d.kind === c.kind && name === (c.holiday ?? null) && !d.provisional);
}
for (const c of cases('calendar_add.json').cases) {
  check('calendar_add.json', `${c.date} ${c.n}`, mz.addWorkdays(c.date, c.n) === c.expected);
}
for (const c of cases('calendar_between.json').cases) {
  check('calendar_between.json', `${c.from}..${c.to}`, mz.workdaysBetween(c.from, c.to) === c.expected);
}
{
  // i64 extremes do not fit in a JavaScript number: read the raw text, as the Rust test does.
  const text = readFileSync(`${root}tests/vectors/calendar_errors.json`, 'utf8');
  const doc = cases('calendar_errors.json');
  const rawN = [...text.matchAll(/"n"\s*:\s*(-?\d+)/g)].map((m) => m[1]);
  let addIndex = 0;
  for (const c of doc.cases) {
    let err = null;
    try {
      if (c.op === 'day') mz.day(c.date);
      else if (c.op === 'add') {
        const n = BigInt(rawN[addIndex++]);
        // The JS API takes a 32-bit count (i32); larger ones overflow the date range anyway.
        if (n > 2147483647n || n < -2147483648n) {
          check('calendar_errors.json', `${c.op} ${n} (beyond i32)`, c.error === 'out_of_range');
          continue;
        }
        mz.addWorkdays(c.date, Number(n));
      } else mz.workdaysBetween(c.from, c.to);
    } catch (e) {
      err = e;
    }
    const ok =
      err instanceof mz.MinzhengError &&
      err.codeName === `calendar.${c.error}` && err.code > 1000 &&
      err.zh.length > 0 && err.en.length > 0 &&
      (c.year === undefined || (err.detail && err.detail.year === c.year));
    check('calendar_errors.json', `${JSON.stringify(c)} -> ${err && err.codeName}`, ok);
  }
}
for (const c of cases('deadlines.json').cases) {
  const r = mz.computeDeadline({
    period: c.period, period_def: c.period_def, start: c.start, suspensions: c.suspensions,
    extensions: c.extensions, today: c.today, answered: c.answered ?? undefined,
    due_soon_threshold: c.due_soon_threshold,
  });
  const s = r.status;
  const n = { running: s.workdays_left, due_soon: s.workdays_left, due_today: 0, overdue: s.workdays,
    met: s.workdays_to_spare, met_late: s.workdays_late }[s.status];
  const ok = r.due === c.expected_due && s.status === c.expected_status && n === c.expected_workdays &&
    (s.status !== 'overdue' || s.days === c.expected_days);
  check('deadlines.json', `${c.note ?? c.start}: got ${r.due} ${JSON.stringify(s)}`, ok);
}
for (const c of cases('disclosure_cases.json').cases) {
  const { case: kase, report } = mz.replayDisclosure(c.events, c.today);
  const problems = [];
  const want = (what, got, exp) => { if (!eq(got, exp)) problems.push(`${what}: got ${JSON.stringify(got)}, want ${JSON.stringify(exp)}`); };
  want('state', report.state, c.expected_state);
  want('due', report.deadline ? report.deadline.due : null, c.expected_due ?? null);
  want('status', report.status ? report.status.status : null, c.expected_status ?? null);
  if ('expected_workdays' in c) {
    const s = report.status;
    const n = s ? { running: s.workdays_left, due_soon: s.workdays_left, due_today: 0, overdue: s.workdays,
      met: s.workdays_to_spare, met_late: s.workdays_late }[s.status] : null;
    want('workdays', n, c.expected_workdays);
  }
  if (c.expected_receipt) want('receipt', kase.receipt, c.expected_receipt);
  if (c.expected_clock_start) want('clock_start', kase.clock_start, c.expected_clock_start);
  if (c.expected_closure) {
    const got = report.closure ? { ...report.closure[1], date: report.closure[0] } : null;
    want('closure', got, c.expected_closure);
  } else if (report.state !== 'closed') want('closure', report.closure, null);
  want('notes', report.notes.map((n) => n.code), c.expected_notes);
  if (!report.notes.every((n) => n.zh && n.en)) problems.push('a note is not bilingual');
  check('disclosure_cases.json', `${c.name}: ${problems.join('; ')}`, problems.length === 0);
}
{
  const doc = cases('eligibility.json');
  const profile = readFileSync(`${root}${doc.profile}`, 'utf8');
  for (const c of doc.cases) {
    const ev = mz.evaluateEligibility(c.household, c.date, profile);
    const problems = [];
    for (const [prog, exp] of Object.entries(c.expect)) {
      const d = ev.decisions.find((x) => x.programme === prog);
      if (!d) { problems.push(`no ${prog} decision`); continue; }
      if (d.outcome !== exp.outcome) problems.push(`${prog} outcome ${d.outcome} != ${exp.outcome}`);
      if ('amount_fen' in exp && d.amount_fen !== exp.amount_fen) problems.push(`${prog} amount ${d.amount_fen}`);
      if (exp.covered && !eq(d.covered, exp.covered)) problems.push(`${prog} covered`);
      for (const r of exp.failed ?? []) {
        if (!d.findings.some((f) => f.status === 'failed' && f.rule === r)) problems.push(`${prog}: ${r} should fail`);
      }
      if (exp.missing) {
        const got = d.missing.map((m) => m.field).sort();
        if (!eq(got, [...exp.missing].sort())) problems.push(`${prog} missing ${got}`);
      }
      for (const r of exp.requirements ?? []) {
        if (!d.requirements.some((x) => x.rule === r)) problems.push(`${prog} requirement ${r}`);
      }
      if (!d.findings.every((f) => f.citation.instrument)) problems.push('a finding without citation');
    }
    check('eligibility.json', `${c.name}: ${problems.join('; ')}`, problems.length === 0);
  }
}
// The vectors hold the core's string codes (`id_check_character_wrong`, IdError::code); the
// registry's names drop the prefix (`id.check_character_wrong`).
const idName = (code) => `id.${code.replace(/^id_/, '')}`;
for (const c of cases('identifiers.json').cases) {
  let ok;
  if (c.kind === 'resident') {
    const r = mz.validateResidentId(c.value);
    ok = c.valid
      ? r.ok && r.decoded.number === c.number && r.decoded.birth_date === c.birth_date &&
        r.decoded.sex === c.sex && r.decoded.masked === c.masked && r.decoded.division_code === c.division_code
      : !r.ok && r.name === idName(c.error) && r.code > 0 && r.zh && r.en;
  } else {
    const r = mz.validateCreditCode(c.value);
    const d = r.decoded;
    ok = c.valid
      ? r.ok && d.department === c.department && d.category === c.category &&
        d.division_code === c.division_code && d.organisation_code === c.organisation_code &&
        d.civil_affairs === c.civil_affairs && (!('category_name' in c) || d.category_name === c.category_name)
      : !r.ok && r.name === idName(c.error) && r.code > 0;
  }
  check('identifiers.json', `${c.value}`, ok);
}

// identifiers.json, the sections core/tests/id_vectors.rs runs: `checks` through checkId (the
// report of id::check) against the division table loaded at run time, `divisions` through
// lookupDivision, `organisation_codes` through organisationCheckChar.
{
  const doc = load('identifiers.json');
  const today = '2026-12-05';
  // Before any table is loaded: the division is not checked, and that is never a refusal.
  const before = mz.checkId('11010519491231002X', today);
  check('identifiers.json (before and at the table load)', 'checkId without a division table', before.report.valid && !before.division_checked &&
    before.report.notes.some((n) => n.code === 'id.division_not_checked') && before.report.resident.division === null &&
    before.report.warnings.length === 0);
  const loaded = mz.loadDivisions(readFileSync(`${root}core/data/gb2260-history.compact`, 'utf8'));
  check('identifiers.json (before and at the table load)', 'loadDivisions', loaded.loaded && loaded.codes > 3000 && loaded.earliest_revision === 198012);
  const codes = (list) => JSON.stringify([...new Set(list)].sort());
  expectedCount['identifiers.json#checks'] = doc.checks.length;
  for (const c of doc.checks) {
    const { report: r, division_checked } = mz.checkId(c.value, today);
    let ok = r.kind === c.kind && r.valid === c.valid;
    if ('error' in c) {
      ok &&= r.error && r.error.code === c.error && r.error.number > 0 && r.error.zh && r.error.en &&
        r.error.zh !== r.error.en && !r.error.zh.includes(c.value) && !r.error.en.includes(c.value);
    }
    for (const key of ['could_be', 'number']) if (key in c) ok &&= eq(r[key], c[key]);
    for (const key of ['warnings', 'notes']) if (key in c) ok &&= codes(r[key].map((w) => w.code)) === codes(c[key]);
    const facts = r.resident ?? r.credit;
    if (facts) ok &&= division_checked;
    if ('division' in c) ok &&= (facts?.division?.full_name ?? null) === c.division;
    for (const key of ['age', 'sex', 'holder', 'department_name', 'category_name', 'organisation_code_checks']) {
      if (key in c) ok &&= facts && eq(facts[key], c[key]);
    }
    check('identifiers.json#checks', `${c.value}`, ok);
  }
  expectedCount['identifiers.json#divisions'] = doc.divisions.length;
  for (const c of doc.divisions) {
    const d = mz.lookupDivision(c.code);
    const ok = d === null ? c.full_name === null
      : ['full_name', 'first_year', 'last_year', 'current', 'successor'].every((k) => eq(d[k], c[k]));
    check('identifiers.json#divisions', `${c.code}`, ok);
  }
  expectedCount['identifiers.json#organisation_codes'] = doc.organisation_codes.length;
  for (const c of doc.organisation_codes) {
    check('identifiers.json#organisation_codes', `${c.body}`, mz.organisationCheckChar(c.body) === c.check);
  }
}

// assistance_cases.json, as core/tests/assistance_vectors.rs: state, first month, every limit
// (step, due, done), the most urgent pending one, a refused event thrown as
// eventlog.event_refused, and every limit named in the explanation with its confidence.
const tag = { v1: '[V1]', v2: '[V2]', practice: '[practice]', unverified: '[UNVERIFIED]' };
for (const c of cases('assistance_cases.json').cases) {
  const overrides = c.overrides ? JSON.stringify(c.overrides) : undefined;
  let ok = true;
  let log = c.log;
  if (c.refused_at !== undefined) {
    log = c.log.slice(0, c.refused_at);
    try {
      mz.replayAssistance(c.log.slice(0, c.refused_at + 1), c.today, overrides);
      ok = false;
    } catch (e) {
      ok = e instanceof mz.MinzhengError && e.codeName === 'eventlog.event_refused' && e.zh && e.en;
    }
  }
  let s;
  try {
    s = mz.replayAssistance(log, c.today, overrides);
  } catch (e) {
    check('assistance_cases.json', `${c.name}: ${e.message}`, false);
    continue;
  }
  const x = c.expect;
  ok &&= s.case.state === x.state;
  if ('first_month' in x) ok &&= s.case.first_month === x.first_month;
  ok &&= eq(s.timings.map((t) => ({ step: t.step, due: t.due, done: t.done })), x.timings);
  if (c.pending_first) ok &&= s.pending[0].timing.step === c.pending_first.step && s.pending[0].watch.watch === c.pending_first.watch;
  ok &&= s.timings.every((t) => s.explanation.some((l) => l.includes(t.name) && l.includes(tag[t.basis.confidence])));
  check('assistance_cases.json', c.name, ok);
}

// Every vector file is run here: a new file without a runner fails, unless it is listed here
// with the reason the browser package does not run it.
const notInThisFace = {
  'crosscheck.json': 'the cross-check of departmental records is not in the browser package (issue 14 coverage)',
};
for (const [file, why] of Object.entries(notInThisFace)) console.log(`not run here: ${file}: ${why}`);
for (const file of readdirSync(`${root}tests/vectors`).filter((f) => f.endsWith('.json'))) {
  if (!(file in expectedCount) && !(file in notInThisFace)) {
    failed++;
    console.log(`FAIL ${file}: a vector file this runner does not run`);
  }
}
for (const [file, n] of Object.entries(expectedCount)) {
  const got = ran[file] ?? 0;
  console.log(`${file}: ${got} of ${n} cases`);
  if (got < n) {
    failed++;
    console.log(`FAIL ${file}: ran ${got} cases, the file (and the Rust suite) has ${n}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
