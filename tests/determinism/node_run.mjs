// The JavaScript face of tests/determinism.sh under Node: one line of JSON per job (see
// c_run.c). The package returns objects; JSON.stringify writes them, the comparison
// canonicalises every face the same way.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as mz from '../../bindings-wasm/pkg/node.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
await mz.init();
const [jobs, data] = process.argv.slice(2);
const profile = readFileSync(`${data}/profile-sample-city.json`, 'utf8');
const lines = [];
for (const job of readFileSync(jobs, 'utf8').split('\n').filter(Boolean)) {
  const [kind, file, day] = job.split('\t');
  const input = readFileSync(file, 'utf8');
  try {
    if (kind === 'power.check') lines.push(JSON.stringify(mz.checkPowerList(input)));
    else if (kind === 'evaluate') lines.push(JSON.stringify(mz.evaluateEligibility(input, day, profile)));
    else if (kind === 'replay') lines.push(JSON.stringify(mz.replayDisclosure(input, day).report));
    else if (kind === 'calendar.add') {
      lines.push(JSON.stringify(input.split('\n').filter(Boolean).map((l) => {
        try { return mz.addWorkdays(l.slice(0, 10), Number(l.slice(11))); } catch (e) { return e.code; }
      })));
    } else lines.push('{"error":"unknown kind"}');
  } catch (e) {
    lines.push(JSON.stringify({ error: e.code ?? String(e) }));
  }
}
console.log(lines.join('\n'));
void root;
