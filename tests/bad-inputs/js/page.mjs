// The Chromium face of the bad-input corpus: served from the repository root by
// ../chromium.mjs, which reads the result from window.__result.
import * as mz from '/bindings-wasm/pkg/index.js';
import { runCases } from './cases.mjs';

try {
  await mz.init();
  const get = async (p) => (await fetch(p)).text();
  const cases = JSON.parse(await get('/tests/bad-inputs/cases.json')).cases;
  const env = { list: await get('/examples/data/power-list.json'),
    household: await get('/examples/data/household-sample.json'),
    profile: await get('/examples/data/profile-sample-city.json') };
  window.__result = runCases(mz, cases, 'chromium', env);
} catch (e) {
  window.__result = { passed: 0, failed: 1, out: [`FAIL chromium: ${e}`] };
}
document.getElementById('out').textContent = JSON.stringify(window.__result, null, 1);
