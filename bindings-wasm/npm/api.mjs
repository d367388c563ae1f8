// Every export of the npm package, called as an application calls it (pkg/node.js under Node),
// with assertions on the answers. The run fails when an export of the package is not called by
// any test here (each test names the exports it is about, and every export is wrapped to see
// that it really was called). Last line: "N passed, N failed".
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import assert from 'node:assert/strict';
import * as pkg from '../pkg/node.js';
import * as generated from '../pkg/minzheng.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const text = (p) => readFileSync(`${root}${p}`, 'utf8');
const json = (p) => JSON.parse(text(p));

// Each export wrapped so that a call is recorded.
const called = new Set();
const mz = {};
for (const [name, value] of Object.entries(pkg)) {
  mz[name] = typeof value === 'function' && !/^[A-Z]/.test(name)
    ? (...args) => { called.add(name); return value(...args); }
    : value;
}

let passed = 0;
let failed = 0;
const named = new Set();
async function test(exports, what, body) {
  for (const e of exports) named.add(e);
  try {
    await body();
    passed++;
  } catch (e) {
    failed++;
    console.log(`FAIL [${exports.join(', ')}] ${what}: ${e && e.stack ? e.stack.split('\n').slice(0, 9).join('\n') : e}`);
  }
}
// The MinzhengError `body` throws, asserted to carry the stable name and both messages.
function throwsCode(body, codeName) {
  let error = null;
  try { body(); } catch (e) { error = e; }
  assert.ok(error instanceof pkg.MinzhengError, `expected a MinzhengError ${codeName}, got ${error}`);
  if (codeName !== null) assert.equal(error.codeName, codeName);
  assert.ok(error.code > 0 && error.zh && error.en);
  return error;
}

await test(['init'], 'init() reads the module next to the package (Node) and is idempotent', async () => {
  await mz.init();
  await mz.init();
  assert.equal(pkg.isWorkday('2026-10-10'), true);
});

await test(['initSync'], 'initSync(bytes) instantiates from bytes, as a worker does', async () => {
  const bytes = readFileSync(new URL('../pkg/minzheng_bg.wasm', import.meta.url));
  // A copy of the package, so that its modules are new instances, not yet instantiated.
  const dir = mkdtempSync(join(tmpdir(), 'mz-initsync-'));
  cpSync(fileURLToPath(new URL('../pkg/', import.meta.url)), dir, { recursive: true });
  const fresh = await import(pathToFileURL(join(dir, 'index.js')).href);
  assert.throws(() => fresh.addWorkdays('2026-09-30', 1), 'not instantiated yet');
  fresh.initSync(bytes);
  called.add('initSync');
  assert.equal(fresh.addWorkdays('2026-09-30', 1), '2026-10-08');
  assert.equal(fresh.validateResidentId('11010519491231002X').decoded.birth_date, '1949-12-31');
  fresh.initSync(bytes); // again: nothing changes
  assert.equal(fresh.isWorkday('2026-10-10'), true);
  rmSync(dir, { recursive: true, force: true });
});

await test(['isWorkday', 'day'], 'a make-up Saturday works, National Day rests', () => {
  assert.equal(mz.isWorkday('2026-10-10'), true);
  assert.equal(mz.isWorkday('2026-10-01'), false);
  assert.equal(mz.isWorkday('2026-10-11'), false); // an ordinary Sunday
  const d = mz.day('2026-10-01');
  assert.equal(d.kind, 'holiday');
  assert.equal(d.holiday.name, '国庆节');
  assert.equal(d.holiday.number, '国办发明电〔2025〕7号');
  assert.equal(mz.day('2026-10-10').kind, 'makeup');
  throwsCode(() => mz.isWorkday('2026-02-30'), 'input.date_impossible');
  throwsCode(() => mz.isWorkday('2026-9-5'), 'input.date_malformed');
  throwsCode(() => mz.isWorkday('2031-01-06'), 'calendar.year_not_covered');
});

await test(['addWorkdays', 'nextWorkday', 'workdaysBetween'], 'counting workdays skips the Golden Week', () => {
  assert.equal(mz.addWorkdays('2026-09-30', 1), '2026-10-08');
  assert.equal(mz.addWorkdays('2026-10-08', -1), '2026-09-30');
  assert.equal(mz.addWorkdays('2026-09-30', 3), '2026-10-10'); // the make-up Saturday counts
  assert.equal(mz.addWorkdays('2026-09-30', 0), '2026-09-30');
  assert.equal(mz.nextWorkday('2026-09-30'), '2026-09-30'); // a workday is its own next workday
  assert.equal(mz.nextWorkday('2026-10-01'), '2026-10-08');
  assert.equal(mz.nextWorkday('2026-10-10'), '2026-10-10'); // the make-up Saturday
  assert.equal(mz.nextWorkday('2026-10-11'), '2026-10-12');
  assert.equal(mz.workdaysBetween('2026-09-30', '2026-10-09'), 2);
  assert.equal(mz.workdaysBetween('2026-01-01', '2026-12-31'), 248); // counted from the notice by hand
  throwsCode(() => mz.addWorkdays('2026-13-01', 1), 'input.date_impossible');
  throwsCode(() => mz.nextWorkday('2031-12-31'), 'calendar.year_not_covered');
  throwsCode(() => mz.workdaysBetween('20260101', '2026-12-31'), 'input.date_malformed');
});

await test(['coverage', 'loadNotices', 'resetCalendar', 'addOverlay'], 'next year\'s notice and a local overlay, loaded at run time', () => {
  mz.resetCalendar();
  const before = mz.coverage();
  assert.equal(before.years[0].year, 2004);
  assert.equal(before.years.at(-1).year, 2026);
  assert.deepEqual(before.gaps, []);
  assert.deepEqual(before.revisable.map((r) => r.missing_year), [2027]);
  throwsCode(() => mz.isWorkday('2027-01-04'), 'calendar.year_not_covered');
  // A test notice for 2027 (made up for this test, not the State Council's): 元旦 1–3 January.
  const notice = {
    years: {
      2027: {
        notice: '测试〔2026〕1号', published: '2026-11-20',
        holidays: [{
          name: '元旦', name_en: "New Year's Day", days_off: ['2027-01-01', '2027-01-02', '2027-01-03'],
          makeup_workdays: [], clause: '测试：1月1日至3日放假，共3天。',
        }],
      },
    },
  };
  const report = mz.loadNotices(notice);
  assert.deepEqual(report, { added: [2027], replaced: [] });
  assert.equal(mz.isWorkday('2027-01-01'), false);
  assert.equal(mz.isWorkday('2027-01-04'), true);
  assert.equal(mz.day('2027-01-02').holiday.name, '元旦');
  assert.equal(mz.coverage().years.at(-1).year, 2027);
  // Add-only refuses a year already there, and changes nothing; replace takes it (as JSON text).
  const again = throwsCode(() => mz.loadNotices(notice), 'calendar.invalid_data');
  assert.ok(again.en.includes('2027 is already loaded'));
  notice.years[2027].holidays[0].days_off = ['2027-01-01'];
  assert.deepEqual(mz.loadNotices(JSON.stringify(notice), true), { added: [], replaced: [2027] });
  assert.equal(mz.isWorkday('2027-01-02'), false); // a Saturday again, no longer a holiday
  assert.equal(mz.day('2027-01-02').kind, 'weekend');
  throwsCode(() => mz.loadNotices('{"years": '), 'calendar.invalid_data');
  // A local overlay: an extra rest day.
  mz.addOverlay({ name: '测试地方', rest_days: [{ date: '2026-10-12', name: '测试休息日', basis: '测试' }] });
  assert.equal(mz.isWorkday('2026-10-12'), false);
  assert.deepEqual(mz.coverage().overlays, ['测试地方']);
  mz.resetCalendar();
  assert.equal(mz.isWorkday('2026-10-12'), true);
  assert.equal(mz.coverage().years.at(-1).year, 2026);
});

await test(['periods', 'computeDeadline'], 'the catalogue of periods and a deadline with its explanation', () => {
  const rules = mz.periods();
  const reply = rules.find((r) => r.id === 'disclosure.reply');
  assert.ok(reply, 'disclosure.reply in the catalogue');
  assert.deepEqual(reply.period, { amount: 20, unit: 'working_days' });
  assert.equal(reply.basis.instrument, '政府信息公开条例');
  assert.equal(reply.basis.article, '第三十三条第二款');
  assert.ok(rules.length >= 10);
  assert.equal(new Set(rules.map((r) => r.id)).size, rules.length);
  const r = mz.computeDeadline({ period: 'disclosure.reply', start: '2026-09-18', today: '2026-10-19' });
  assert.equal(r.due, '2026-10-22');
  assert.equal(r.status_name, 'due_soon');
  assert.ok(r.explanation.length >= 2 && r.explanation.every((l) => l.zh && l.en));
  throwsCode(() => mz.computeDeadline({ period: 'no.such', start: '2026-09-18' }), 'deadline.unknown_period');
});

await test(['validateResidentId', 'isResidentId', 'decodeResidentId', 'maskResidentId'], 'identity numbers: validate, decode, mask', () => {
  const ok = mz.validateResidentId('11010519491231002x');
  assert.deepEqual(ok, {
    ok: true, code: 0, name: '', field: 'id_number', zh: '身份证号码有效', en: 'valid',
    decoded: {
      number: '11010519491231002X', masked: '110105********002X', division_code: '110105',
      birth_date: '1949-12-31', sex: 'female', converted_from_15: false,
    },
  });
  const bad = mz.validateResidentId('110105194912310022');
  assert.equal(bad.ok, false);
  assert.equal(bad.name, 'id.check_character_wrong');
  assert.equal(bad.decoded, null);
  assert.ok(!bad.zh.includes('110105194912310022') && !bad.en.includes('110105194912310022'));
  assert.equal(mz.isResidentId('11010519491231002X'), true);
  assert.equal(mz.isResidentId('110105194912310022'), false);
  const old = mz.decodeResidentId('320311770706001');
  assert.equal(old.number.length, 18);
  assert.equal(old.birth_date, '1977-07-06');
  assert.equal(old.converted_from_15, true);
  assert.equal(mz.maskResidentId('11010519491231002X'), '110105********002X');
  throwsCode(() => mz.maskResidentId('110105194912310022'), 'id.check_character_wrong');
  throwsCode(() => mz.decodeResidentId(''), 'id.empty');
});

await test(['validateResidentId'], 'the fast path gives the objects of the JSON path, twice', () => {
  assert.equal(pkg.__mzResidentIdPacked, undefined, 'the internal functions are not exported');
  const values = json('tests/vectors/identifiers.json').cases.filter((c) => c.kind === 'resident').map((c) => c.value);
  values.push(' 11010519491231002x ', '１１０１０５１９４９１２３１００２ｘ', '３２０３１１７７０７０６００１', '\u008511010519491231002X', '１１０１', '1101051949123', '11010519491331002X',
    '11010519491231002Y', '99010519491231002X', '320311770706001', '32031177070600X', '');
  for (const round of [1, 2]) { // the second round answers errors from the messages kept
    for (const v of values) assert.deepEqual(mz.validateResidentId(v), generated.validateResidentId(v), `${v} (round ${round})`);
  }
  assert.ok(values.length > 20);
});

await test(['validateCreditCode', 'decodeCreditCode'], 'unified social credit codes: validate and decode', () => {
  const ok = mz.validateCreditCode('91350100M000100Y43');
  assert.equal(ok.ok, true);
  assert.equal(ok.field, 'credit_code');
  const d = mz.decodeCreditCode('91350100M000100Y43');
  assert.deepEqual(d, ok.decoded);
  assert.equal(d.department, '9');
  assert.equal(d.category, '1');
  assert.equal(d.division_code, '350100');
  assert.equal(d.organisation_code, 'M000100Y4');
  assert.equal(d.civil_affairs, false);
  const bad = mz.validateCreditCode('91350100M000100Y44');
  assert.equal(bad.ok, false);
  assert.equal(bad.name, 'id.check_character_wrong');
  throwsCode(() => mz.decodeCreditCode('91350100M000100Y44'), 'id.check_character_wrong');
});

await test(['validateHousehold', 'evaluateEligibility', 'sampleProfile'], 'a household: every problem, then every decision and missing fact', () => {
  const household = json('examples/data/household-sample.json');
  assert.deepEqual(mz.validateHousehold(household), { ok: true, problems: [] });
  const broken = structuredClone(household);
  broken.members[0].id_number = '110105194912310022';
  broken.members[1].name = '';
  const v = mz.validateHousehold(broken);
  assert.equal(v.ok, false);
  assert.ok(v.problems.length >= 1);
  assert.ok(v.problems.every((p) => !p.ok && p.code > 0 && p.zh && p.en));
  // Each problem names the field of the household's JSON it is about.
  assert.ok(v.problems.some((p) => p.field === 'members[0].id_number'), JSON.stringify(v.problems.map((p) => p.field)));
  assert.ok(v.problems.some((p) => p.field === 'members[1].name'), JSON.stringify(v.problems.map((p) => p.field)));
  const ev = mz.evaluateEligibility(household, '2026-06-01');
  assert.ok(ev.decisions.length >= 2);
  for (const d of ev.decisions) assert.ok(Array.isArray(d.findings) && d.findings.length > 0);
  const withSample = mz.evaluateEligibility(household, '2026-06-01', mz.sampleProfile());
  assert.deepEqual(withSample, ev);
});

await test(['sampleProfile', 'validateProfile'], 'the sample profile is valid; a broken one lists its problems', () => {
  const profile = mz.sampleProfile();
  assert.ok(profile.versions.length >= 1);
  assert.deepEqual(mz.validateProfile(profile), { ok: true, problems: [] });
  const broken = structuredClone(profile);
  broken.versions[0].dibao_standard_urban_fen = -1;
  const v = mz.validateProfile(broken);
  assert.equal(v.ok, false);
  assert.ok(v.problems.length >= 1 && v.problems.every((p) => p.code > 0 && p.zh && p.en));
  const unreadable = mz.validateProfile('{"versions": [');
  assert.equal(unreadable.ok, false);
  assert.equal(unreadable.problems.length, 1);
});

const list = json('examples/data/power-list.json');
await test(['checkPowerItem', 'checkPowerList', 'flowchartSvg'], 'power lists: checks and the flowchart', () => {
  const item = list.items[0];
  const c = mz.checkPowerItem(item);
  assert.equal(typeof c.ok, 'boolean');
  assert.equal(c.errors, c.findings.filter((f) => f.severity === 'error').length);
  assert.deepEqual(c, { ok: true, errors: 0, warnings: 0, findings: [] });
  const c2 = mz.checkPowerItem({ ...item, legal_bases: [] });
  assert.equal(c2.ok, false);
  const pl001 = c2.findings.find((f) => f.rule === 'PL001');
  assert.equal(pl001.severity, 'error');
  assert.equal(pl001.path, 'legal_bases');
  assert.equal(pl001.citation.instrument, '政府信息公开条例');
  assert.ok(pl001.zh && pl001.en);
  const report = mz.checkPowerList(list);
  assert.deepEqual(report, { items: list.items.length, findings: [] });
  const broken = { ...list, items: [{ ...item, legal_bases: [] }, ...list.items.slice(1)] };
  assert.ok(mz.checkPowerList(broken).findings.some((f) => f.rule === 'PL001' && f.item === item.code));
  const svg = mz.flowchartSvg(item);
  assert.ok(svg.startsWith('<svg') || svg.startsWith('<?xml'));
  assert.ok(svg.includes('</svg>'));
  throwsCode(() => mz.checkPowerList('{"items": 3}'), 'power.invalid_power_list');
});

// A small CSV reader for the test tables (quoted fields may hold commas, quotes and newlines).
function csv(t) {
  const rows = [[]];
  let cell = '';
  let quoted = false;
  for (let i = t.charCodeAt(0) === 0xfeff ? 1 : 0; i < t.length; i++) {
    const ch = t[i];
    if (quoted) {
      if (ch === '"' && t[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { rows.at(-1).push(cell); cell = ''; } else if (ch === '\n') { rows.at(-1).push(cell.replace(/\r$/, '')); cell = ''; rows.push([]); } else cell += ch;
  }
  if (cell !== '' || rows.at(-1).length) rows.at(-1).push(cell);
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

await test(['importProcessGrid'], 'a process table from a grid becomes an item with its flowchart', () => {
  const grid = csv(text('tests/tables/process.utf8.csv'));
  const r = mz.importProcessGrid(grid, '社会团体成立登记');
  assert.ok(r.item.name.includes('社会团体成立登记'));
  assert.equal(r.report.layout, 'process_table');
  const steps = r.item.process.steps.map((s) => s.name);
  for (const s of ['受理', '审查', '决定', '送达']) assert.ok(steps.includes(s), `step ${s}`);
  assert.ok(r.svg.includes('</svg>') && r.svg.includes('审查'));
  assert.ok(r.report);
  // Cells as SheetJS gives them: numbers and empty cells are read as text.
  const withNumbers = grid.map((row) => row.map((c) => (c === '' ? null : c)));
  assert.deepEqual(mz.importProcessGrid(withNumbers, '社会团体成立登记').item, r.item);
});

await test(['importPowerListGrid'], 'a published power-list sheet from a grid', () => {
  const grid = csv(text('tests/tables/power-set1.utf8.csv'));
  const r = mz.importPowerListGrid(grid, '某市民政局');
  assert.equal(r.list.authority, '某市民政局');
  assert.ok(r.list.items.length >= 2);
  assert.ok(r.list.items.some((i) => i.name.includes('社会团体')));
  assert.ok(r.report);
  throwsCode(() => mz.importPowerListGrid([['nothing', 'here']], '某市民政局'), null);
});

await test(['replayDisclosure'], 'a disclosure request replayed from its events', () => {
  const c = json('tests/vectors/disclosure_cases.json').cases[0];
  const r = mz.replayDisclosure(c.events, c.today);
  assert.ok(r.case && r.report);
  const lines = c.events.map((e) => JSON.stringify(e)).join('\n');
  assert.deepEqual(mz.replayDisclosure(lines, c.today), r);
  assert.throws(() => mz.replayDisclosure(42, c.today), pkg.MinzhengError);
});

await test(['windowCaseStatus'], 'a service-window case on its clock', () => {
  const events = text('examples/data/window-cases-2025.jsonl').split('\n').filter(Boolean)
    .map((l) => JSON.parse(l)).filter((e) => e.case === 'CK2025000001');
  const received = events.slice(0, 2); // received and accepted: the decision clock runs
  const r = mz.windowCaseStatus(list, received, '2025-06-17');
  assert.equal(r.case.id ?? r.case.case, 'CK2025000001');
  // Accepted on Monday 16 June 2025; the item's decision period is 15 workdays (no holiday in
  // the span): due Monday 7 July, 14 workdays left on the 17th.
  assert.equal(r.report.clock, 'decision');
  assert.equal(r.report.due, '2025-07-07');
  assert.deepEqual(r.report.watch, { watch: 'running', workdays_left: 14 });
  const done = mz.windowCaseStatus(JSON.stringify(list), events, '2025-07-01');
  assert.equal(done.report, null);
  throwsCode(() => mz.windowCaseStatus(list, received, '2025-6-17'), 'input.date_malformed');
});

await test(['checkId', 'loadDivisions', 'divisionsLoaded', 'lookupDivision', 'organisationCheckChar'],
  'checkId: the report of id::check, divisions loaded at run time', () => {
    // 11010519491331002X: birth month 13 — an invalid identity number, not a credit code.
    const bad = mz.checkId('11010519491331002X', '2026-12-05');
    assert.equal(bad.report.kind, 'resident');
    assert.equal(bad.report.valid, false);
    assert.equal(bad.report.error.code, 'id.bad_birth_date');
    assert.ok(!bad.report.error.zh.includes('11010519491331002X'));
    const before = mz.divisionsLoaded();
    if (!before.loaded) {
      const r = mz.checkId('11010519491231002X', '2026-12-05');
      assert.equal(r.division_checked, false);
      assert.ok(r.report.notes.some((n) => n.code === 'id.division_not_checked'));
      assert.equal(mz.lookupDivision('110105'), null);
    }
    const after = mz.loadDivisions(text('core/data/gb2260-history.compact'));
    assert.equal(after.loaded, true);
    assert.deepEqual(mz.divisionsLoaded(), after);
    const ok = mz.checkId('１１０１０５１９４９１２３１００２ｘ', '2026-12-05');
    assert.equal(ok.division_checked, true);
    assert.equal(ok.report.valid, true);
    assert.equal(ok.report.resident.division.full_name, '北京市 朝阳区');
    assert.equal(ok.report.resident.age, 76);
    assert.equal(ok.report.resident.sex, 'female');
    assert.equal(ok.report.masked, '110105********002X');
    assert.equal(mz.lookupDivision('110103').current, false);
    assert.equal(mz.organisationCheckChar('M000100Y'), '4');
    assert.equal(mz.organisationCheckChar('m0001'), undefined);
    throwsCode(() => mz.loadDivisions('110105\t朝阳区\tnot-a-year'), null);
    throwsCode(() => mz.loadDivisions(''), 'general.invalid_argument');
    assert.deepEqual(mz.divisionsLoaded(), after, 'a refused table changes nothing');
    throwsCode(() => mz.checkId('11010519491231002X', '2026-12-5'), 'input.date_malformed');
  });

const assistance = json('tests/vectors/assistance_cases.json').cases;
const assistanceLog = assistance.flatMap((c) => (c.refused_at === undefined ? c.log : c.log.slice(0, c.refused_at)))
  .filter((e) => !assistance.find((c) => c.overrides && c.log.includes(e)));

await test(['replayAssistance'], 'a 低保 case replayed: state, limits, pending, explanation', () => {
  const c = assistance[0];
  const r = mz.replayAssistance(c.log, c.today);
  assert.equal(r.case.state, 'paying');
  assert.equal(r.case.first_month, '2026-05-01');
  assert.deepEqual(r.timings.map((t) => t.due), c.expect.timings.map((t) => t.due));
  assert.ok(r.explanation.length > 3 && r.explanation.some((l) => l.includes('第十五条')));
  assert.deepEqual(mz.replayAssistance(c.log.map((e) => JSON.stringify(e)).join('\n'), c.today), r);
  // An event the state does not allow: thrown, nothing replayed.
  throwsCode(() => mz.replayAssistance([...c.log, { case: c.log[0].case, date: '2026-04-09', type: 'accepted' }], c.today),
    'eventlog.event_refused');
  throwsCode(() => mz.replayAssistance(42, c.today), null);
});

await test(['superviseAssistance'], 'the supervision screen: open cases by urgency, timeliness per township', () => {
  const r = mz.superviseAssistance(assistanceLog, '2026-06-30', 3);
  assert.ok(r.rows.length > 0);
  assert.ok(r.rows.every((row) => row.state !== 'closed'));
  assert.ok(r.timeliness.length > 0 && r.timeliness.every((t) => t.township && t.step));
  const overdue = r.rows.filter((row) => row.watch && row.watch.watch === 'overdue');
  assert.deepEqual(r.rows.slice(0, overdue.length), overdue, 'overdue cases first');
});

await test(['assistanceNotice'], 'an approval notice and a refusal notice with reasons and remedies', () => {
  const args = { office: '某县民政局', reconsideration_body: '某县人民政府', date: '2026-04-09' };
  const approve = assistance[0];
  const n = mz.assistanceNotice(approve.log, approve.log[0].case, 'approval', args);
  assert.equal(n.kind, 'approval');
  assert.ok(n.markdown.includes('1500.00') || n.markdown.includes('1,500'), n.markdown);
  assert.ok(n.html.includes('<') && n.html.includes(n.title));
  const refused = assistance[1];
  const r = mz.assistanceNotice(refused.log, refused.log[0].case, 'refusal', args);
  assert.ok(r.markdown.includes('某县人民政府') && r.markdown.includes('六十日') && r.markdown.includes('六个月'), r.markdown);
  throwsCode(() => mz.assistanceNotice(approve.log, approve.log[0].case, 'praise', args), null);
  throwsCode(() => mz.assistanceNotice(approve.log, 'NO-SUCH-CASE', 'approval', args), null);
});

await test(['assistancePublicRows', 'assistanceRegister', 'assistanceFigures'],
  '公示 rows, registers and county figures from the cases', () => {
    const rows = mz.assistancePublicRows(assistanceLog, '2026-05');
    assert.ok(Array.isArray(rows) && rows.length > 0);
    assert.ok(rows.every((row) => !JSON.stringify(row).includes('id_number')));
    const rel = mz.assistanceRegister(assistanceLog, 'relatives', '2026-06-30');
    assert.ok(rel.rows.length >= 1 && rel.csv.split('\n').length >= 2);
    const ref = mz.assistanceRegister(assistanceLog, 'refusals', '2026-06-30');
    assert.ok(ref.rows.length >= 1 && ref.rows.every((row) => row.refused));
    throwsCode(() => mz.assistanceRegister(assistanceLog, 'friends', '2026-06-30'), null);
    // The synthetic sample year (examples/data): every category classified.
    const year = text('examples/data/assistance-cases-2025.jsonl');
    const f = mz.assistanceFigures(year, '2025-12');
    assert.ok(f.figures.rows.length > 0 && f.figures.rows.every((row) => row.households > 0));
    assert.equal(f.figures.unclassified, 0);
    assert.ok(f.csv.length > 0 && f.html.includes('<svg'));
    const prov = mz.assistanceFigures(year, '2025-12', 'province', '全省');
    const sum = (fs) => fs.figures.rows.reduce((a, row) => a + row.amount_fen, 0);
    assert.ok(prov.figures.rows.length < f.figures.rows.length);
    assert.equal(sum(prov), sum(f), 'province totals are the counties merged');
    throwsCode(() => mz.assistanceFigures(assistanceLog, '2026-05', 'planet'), null);
  });

// Every export of the package is named by a test and was called.
const exported = Object.keys(pkg).filter((k) => k !== 'default' && k !== 'MinzhengError');
for (const e of exported) {
  if (!named.has(e)) { failed++; console.log(`FAIL export ${e}: no test names it`); }
  else if (!called.has(e)) { failed++; console.log(`FAIL export ${e}: named by a test that never calls it`); }
}
for (const e of named) if (!exported.includes(e)) { failed++; console.log(`FAIL test names ${e}, not an export`); }
console.log(`${exported.length} exports, each tested`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
