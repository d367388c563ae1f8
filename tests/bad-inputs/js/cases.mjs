// The bad-input corpus (../cases.json) through the JavaScript package: shared by Node
// (../node.mjs) and Chromium (page.html, driven by ../chromium.mjs). Every case of the face must
// throw a MinzhengError with the expected number and name, a non-empty message in Chinese and in
// English, no identity number in clear, and leave the package's calendar as it was.

const CLEAR_ID = /(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])/;
const CJK = /[\u4e00-\u9fff]/;

function input(c) {
  if (c.input !== undefined) return c.input;
  if (c.input_gen) return (c.input_gen.prefix ?? '') + c.input_gen.repeat.repeat(c.input_gen.count) + (c.input_gen.suffix ?? '');
  return '';
}

// The package's calls for each op; `env.list` is the sample power list's text.
function call(mz, c, env) {
  const text = input(c);
  switch (c.op) {
    case 'calendar.load': return mz.loadNotices(text, false);
    case 'calendar.overlay': return mz.addOverlay(text);
    case 'calendar.add_workdays': return mz.addWorkdays(c.date, c.n);
    case 'calendar.is_workday': return mz.isWorkday(c.date);
    case 'calendar.between': return mz.workdaysBetween(c.date, c.date2);
    case 'id.resident': return mz.decodeResidentId(text);
    case 'id.credit': return mz.decodeCreditCode(text);
    case 'power.check': return mz.checkPowerList(text);
    case 'profile': return mz.evaluateEligibility(env.household, '2026-06-01', text);
    case 'household.evaluate': return mz.evaluateEligibility(text, c.date, env.profile);
    case 'disclosure.replay': return mz.replayDisclosure(text, c.date);
    case 'window.replay': return mz.windowCaseStatus(env.list, text, c.date);
    default: throw new Error(`unknown op ${c.op}`);
  }
}

export function runCases(mz, cases, face, env) {
  let passed = 0;
  let failed = 0;
  const out = [];
  const state = () => JSON.stringify([mz.coverage(), mz.isWorkday('2026-03-03'), mz.addWorkdays('2026-09-30', 1)]);
  for (const c of cases) {
    if (!c.faces.includes(face)) continue;
    const [number, name] = c[`expect_${face}`] ?? c.expect;
    const before = state();
    const problems = [];
    try {
      call(mz, c, env);
      problems.push('accepted');
    } catch (e) {
      if (e?.name !== 'MinzhengError') problems.push(`threw ${e}`);
      else {
        if (e.code !== number || e.codeName !== name) problems.push(`gave ${e.code} ${e.codeName}`);
        if (!e.zh?.trim() || !e.en?.trim()) problems.push('an empty message');
        if (!CJK.test(e.zh)) problems.push('the zh message holds no Chinese');
        if (CLEAR_ID.test(`${e.zh} ${e.en} ${e.message}`)) problems.push('identity number in clear');
        if (e.zh.length > 4096 || e.en.length > 4096) problems.push('a message over 4 KB');
      }
    }
    if (state() !== before) problems.push('the calendar changed');
    if (problems.length) {
      failed++;
      out.push(`FAIL ${face} ${c.id}: ${problems.join('; ')} (expected ${number} ${name})`);
    } else passed++;
  }
  return { passed, failed, out };
}
