// End-to-end tests of examples/web-form and examples/vite-app in headless Chromium (Debian's
// chromium, driven by playwright-core; no browser download). Types into each form and checks
// what the page shows, reloads offline, checks the strict CSP, saves screenshots to
// target/web-artefacts/. Last line: "N passed, N failed".
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const artefacts = join(root, 'target/web-artefacts');
mkdirSync(artefacts, { recursive: true });
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic'];

let passed = 0;
let failed = 0;
const results = [];
async function test(name, fn) {
  try {
    await fn();
    passed++;
    results.push(`ok   ${name}`);
  } catch (e) {
    failed++;
    results.push(`FAIL ${name}: ${e.message.split('\n')[0]}`);
    console.log(e);
    try { console.log((await page.locator('main').innerText()).slice(0, 3000)); } catch {}
  }
}
function assert(cond, what) {
  if (!cond) throw new Error(what);
}

const formServer = await serve(join(root, 'examples/web-form'));
const formUrl = `http://127.0.0.1:${formServer.address().port}/`;
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'mz-chromium-')), {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS, headless: true,
  viewport: { width: 1280, height: 1000 },
});
const violations = [];
const errors = [];
await context.addInitScript(() => {
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
});
const page = context.pages()[0] ?? (await context.newPage());
page.setDefaultTimeout(8000);
page.on('pageerror', (e) => errors.push(String(e)));
page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
const text = (sel) => page.locator(sel).innerText();
const ready = () => page.waitForSelector('body[data-ready=true]', { timeout: 20000 });

await test('the page loads under the strict CSP (header and meta) with no violation and no error', async () => {
  const res = await page.goto(formUrl);
  assert(res.headers()['content-security-policy'].includes("script-src 'self' 'wasm-unsafe-eval'"), 'CSP header');
  await ready();
  const meta = await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content');
  assert(meta.includes("script-src 'self' 'wasm-unsafe-eval'") && !meta.includes('unsafe-inline'), 'CSP meta');
  assert((await page.locator('script:not([src])').count()) === 0, 'no inline script');
  violations.push(...(await page.evaluate(() => window.__csp)));
  assert(violations.length === 0, `CSP violations: ${violations}`);
  assert(errors.length === 0, `page errors: ${errors}`);
  assert((await text('#engine')).includes('规则引擎已就绪'), 'engine ready message');
  const timing = await page.evaluate(() => window.__firstValidationMs);
  writeFileSync(join(artefacts, 'first-validation-ms.txt'), `${timing}\n`);
});

await test('every form control has a label (screen readers) and the first one takes keyboard focus', async () => {
  const unlabelled = await page.evaluate(() => [...document.querySelectorAll('input, select, textarea')]
    .filter((e) => e.labels.length === 0 && !e.getAttribute('aria-label')).map((e) => e.id));
  assert(unlabelled.length === 0, `unlabelled: ${unlabelled}`);
  await page.keyboard.press('Tab');
  assert(await page.evaluate(() => document.activeElement.classList.contains('skip')), 'skip link first');
  assert((await page.locator('[aria-live]').count()) >= 4, 'live regions');
});

await test('低保: a wrong identity number is flagged as typed, a right one decoded and masked', async () => {
  const id = page.locator('.member input[data-f=id_number]').first();
  await id.fill('');
  await id.pressSequentially('110105194912310022');
  assert((await text('.member .hint')).includes('校验码错误'), 'check character message');
  assert((await id.getAttribute('aria-invalid')) === 'true', 'aria-invalid');
  assert((await text('#household-problems')).includes('身份证号码无效'), 'household problem listed');
  await id.fill('11010519491231002X');
  const hint = await text('.member .hint');
  assert(hint.includes('110105********002X') && hint.includes('1949-12-31'), `decoded: ${hint}`);
  assert(!hint.includes('11010519491231002X'), 'number masked');
});

await test('低保: the preview lists every missing fact at once, then decides with citations', async () => {
  const missing = await page.locator('#eligibility .missing li').allInnerTexts();
  assert(missing.length >= 2, `missing facts: ${missing}`);
  assert((await page.locator('#eligibility [data-outcome=needs_information]').count()) === 1, 'needs information');
  await page.locator('.member input[data-f=income]').first().fill('0');
  await page.locator('#no_assets').check();
  await page.click('#add-member');
  const m2 = page.locator('.member').nth(1);
  await m2.locator('input[data-f=name]').fill('李强');
  await m2.locator('input[data-f=id_number]').fill('110105195003010016');
  await m2.locator('input[data-f=income]').fill('500');
  const outcome = await page.locator('#eligibility .outcome').getAttribute('data-outcome');
  const findings = await page.locator('#eligibility .findings li').allInnerTexts();
  assert(findings.length >= 3 && findings.every((f) => f.includes('依据') && f.includes('可信度')), `findings: ${findings}`);
  assert(['eligible', 'not_eligible', 'needs_manual_review', 'needs_information'].includes(outcome), outcome);
  await page.locator('#dibao').screenshot({ path: join(artefacts, 'dibao.png') });
});

await test('disclosure: the reply date skips the National Day holiday and moves with a consultation and an extension', async () => {
  assert((await text('#due')) === '2026-10-22', `due ${await text('#due')}`);
  assert((await page.locator('#status').getAttribute('data-status')) === 'due_soon', 'status');
  const how = await text('#how');
  assert(how.includes('国庆') || how.includes('节假日'), `explanation: ${how}`);
  await page.fill('#consult-from', '2026-09-21');
  await page.fill('#consult-to', '2026-09-25');
  const afterConsult = await text('#due');
  assert(afterConsult > '2026-10-22', `consultation moves the date: ${afterConsult}`);
  await page.fill('#ext-date', '2026-10-20');
  const afterExt = await text('#due');
  assert(afterExt > afterConsult, `extension moves the date: ${afterExt}`);
  await page.selectOption('#channel', 'signed_mail');
  await page.fill('#confirmed', '2026-09-22');
  // The consultation letter is now dated before the receipt: the rules refuse it, and say so.
  assert((await text('#disclosure-result')).includes('consultation_sent'), 'refused event shown');
  await page.fill('#consult-from', '');
  await page.fill('#consult-to', '');
  assert((await text('#receipt')) === '2026-09-22', `receipt by signed mail: ${await text('#receipt')}`);
  await page.locator('#disclosure').screenshot({ path: join(artefacts, 'disclosure.png') });
});

await test('power list: findings update as the item is edited, and the flowchart is drawn', async () => {
  const src = await page.locator('#flowchart').getAttribute('src');
  assert(src.startsWith('data:image/svg+xml'), 'flowchart');
  const before = await page.locator('#power-findings li').count();
  const item = JSON.parse(await page.locator('#item-json').inputValue());
  delete item.legal_bases;
  item.legal_bases = [];
  item.time_limits = {};
  await page.locator('#item-json').fill(JSON.stringify(item, null, 2));
  const after = await page.locator('#power-findings li').count();
  assert(after > before, `findings ${before} -> ${after}`);
  assert((await page.locator('#power-findings li.error').count()) >= 1, 'an error finding');
  await page.locator('#power').screenshot({ path: join(artefacts, 'power.png') });
});

await test('the English switch shows every message in English', async () => {
  await page.click('#lang');
  assert((await text('h1')) === 'Civil-affairs forms (example)', 'title');
  assert((await page.evaluate(() => document.documentElement.lang)) === 'en', 'lang attribute');
  const how = await text('#how');
  assert(!/[\u4e00-\u9fff]{4,}/.test(how.replace(/[（(][^)）]*[)）]/g, '')) || how.includes('counted'), `explanation in English: ${how.slice(0, 80)}`);
  await page.screenshot({ path: join(artefacts, 'page-en.png'), fullPage: true });
  await page.click('#lang');
});

await test('offline: after the first load the page reloads and validates without the network', async () => {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await ready();
  await context.setOffline(true);
  await page.reload();
  await ready();
  await page.locator('.member input[data-f=id_number]').first().fill('34052419800101001X');
  assert((await text('.member .hint')).includes('340524********001X'), 'validates offline');
  assert((await text('#due')) === '2026-10-22', 'deadline offline');
  await page.screenshot({ path: join(artefacts, 'offline.png'), fullPage: true });
  await context.setOffline(false);
});
await context.close();
formServer.close();

// The Vite consumer app (built by tests/wasm.sh into examples/vite-app/dist).
if (process.env.VITE_DIST) {
  const viteServer = await serve(process.env.VITE_DIST);
  const ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'mz-chromium-')), {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS, headless: true });
  const p = ctx.pages()[0] ?? (await ctx.newPage());
  const perrors = [];
  p.on('pageerror', (e) => perrors.push(String(e)));
  await test('a Vite app built against the package runs in Chromium', async () => {
    await p.goto(`http://127.0.0.1:${viteServer.address().port}/`);
    await p.waitForSelector('#out[data-ready=true]', { timeout: 20000 });
    const out = JSON.parse(await p.locator('#out').innerText());
    assert(out.isWorkday === true && out.due === '2026-10-22' && out.id.ok === true, JSON.stringify(out));
    assert(out.error.code !== undefined && out.error.isMinzhengError === true, 'MinzhengError');
    assert(perrors.length === 0, `errors: ${perrors}`);
    await p.screenshot({ path: join(artefacts, 'vite-app.png') });
  });
  await ctx.close();
  viteServer.close();
}

for (const r of results) console.log(r);
console.log(`screenshots: ${artefacts}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
