// Imports the package by name, as any app would; Vite bundles the JS and emits the .wasm as
// an asset that init() fetches with streaming compilation.
import { init, isWorkday, computeDeadline, validateResidentId, addWorkdays, MinzhengError } from 'minzheng';

await init();
let error;
try {
  addWorkdays('2031-01-06', 1);
} catch (e) {
  error = { isMinzhengError: e instanceof MinzhengError, code: e.code, codeName: e.codeName, en: e.en };
}
const out = document.getElementById('out');
out.textContent = JSON.stringify({
  isWorkday: isWorkday('2026-10-10'),
  due: computeDeadline({ period: 'disclosure.reply', start: '2026-09-18' }).due,
  id: validateResidentId('11010519491231002X'),
  error,
}, null, 2);
out.dataset.ready = 'true';
