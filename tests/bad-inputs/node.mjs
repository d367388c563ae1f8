// The bad-input corpus through the npm package under Node (bindings-wasm/pkg). Last line:
// "N passed, N failed".
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as mz from '../../bindings-wasm/pkg/node.js';
import { runCases } from './js/cases.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
await mz.init();
const read = (p) => readFileSync(root + p, 'utf8');
const cases = JSON.parse(read('tests/bad-inputs/cases.json')).cases;
const env = { list: read('examples/data/power-list.json'), household: read('examples/data/household-sample.json'),
  profile: read('examples/data/profile-sample-city.json') };
const r = runCases(mz, cases, 'node', env);
r.out.forEach((l) => console.log(l));
console.log(`${r.passed} passed, ${r.failed} failed`);
process.exit(r.failed ? 1 : 0);
