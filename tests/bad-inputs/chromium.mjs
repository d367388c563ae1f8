// The bad-input corpus in headless Chromium (the system's chromium, driven by playwright-core
// from bindings-wasm/npm): serves the repository root, opens js/page.html, reads its result.
// Last line: "N passed, N failed".
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { chromium } = await import(pathToFileURL(join(root, 'bindings-wasm/npm/node_modules/playwright-core/index.mjs')));
const { serve } = await import(pathToFileURL(join(root, 'bindings-wasm/npm/serve.mjs')));
const server = await serve(root);
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'mz-bad-')), {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
let r;
try {
  const page = context.pages()[0] ?? (await context.newPage());
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`http://127.0.0.1:${server.address().port}/tests/bad-inputs/js/page.html`);
  try {
    await page.waitForFunction(() => window.__result !== undefined, null, { timeout: 120000 });
    r = await page.evaluate(() => window.__result);
  } catch (e) {
    r = { passed: 0, failed: 0, out: [`FAIL chromium: no result (${e.message.split('\n')[0]})`] };
  }
  errors.forEach((e) => r.out.push(`FAIL chromium page error: ${e}`));
  r.failed += Math.max(errors.length, r.passed + r.failed === 0 ? 1 : 0);
} finally {
  await context.close();
  server.close();
}
r.out.forEach((l) => console.log(l));
console.log(`${r.passed} passed, ${r.failed} failed`);
process.exit(r.failed ? 1 : 0);
