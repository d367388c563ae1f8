// Fails when bindings-wasm/COVERAGE.md and the package's exports drift apart.
import { readFileSync } from 'node:fs';
import * as mz from '../pkg/node.js';

const table = readFileSync(new URL('../COVERAGE.md', import.meta.url), 'utf8');
const rows = new Set([...table.matchAll(/^\|[^|]*\| `([A-Za-z]+)/gm)].map((m) => m[1]));
for (const m of table.matchAll(/`(init|initSync)\(/g)) rows.add(m[1]);
const exported = new Set(Object.keys(mz).filter((k) => k !== 'default'));
const missingRow = [...exported].filter((k) => !rows.has(k));
const missingExport = [...rows].filter((k) => !exported.has(k));
if (missingRow.length) console.log(`exported but not in COVERAGE.md: ${missingRow.join(', ')}`);
if (missingExport.length) console.log(`in COVERAGE.md but not exported: ${missingExport.join(', ')}`);
console.log(`coverage table: ${rows.size} rows, ${exported.size} exports`);
process.exit(missingRow.length || missingExport.length ? 1 : 0);
