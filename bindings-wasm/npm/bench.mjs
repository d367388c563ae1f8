// One Node run, side by side: minzheng (this package) against the JavaScript libraries forms
// use today — npm chinese-days (isWorkday, findWorkday) and validator.js
// (isIdentityCard(…, 'zh-CN')). Prints ns per call and the ratio. Run:
//   node bindings-wasm/npm/bench.mjs      (after bindings-wasm/build.sh)
import * as mz from '../pkg/node.js';
import chineseDays from 'chinese-days';
import validator from 'validator';

await mz.init();
const { isWorkday: cdIsWorkday, findWorkday } = chineseDays;

// 1,000 dates spread over 2024-2026, as 'YYYY-MM-DD' strings (what a form holds).
const dates = [];
for (let i = 0; i < 1000; i++) {
  const d = new Date(Date.UTC(2024, 0, 1) + ((i * 997) % 1050) * 86400000);
  dates.push(d.toISOString().slice(0, 10));
}
// For +250 workdays (about a year): start dates up to mid-2025, so every answer stays in 2026.
const early = dates.filter((d) => d < '2025-06-01');
const ids = ['11010519491231002X', '34052419800101001X', '110105194912310022', '440524188001010014',
  '11010519491231002', '510104198001011230', '150102199003075131', '320311770706001'];

// Time `fn` for about `ms` milliseconds; returns [ns spent, calls made].
function slice(fn, ms) {
  let n = 0;
  const t0 = process.hrtime.bigint();
  let t;
  do {
    for (let i = 0; i < 500; i++) fn(n + i);
    n += 500;
    t = process.hrtime.bigint() - t0;
  } while (t < BigInt(ms) * 1000000n);
  return [Number(t), n];
}

// The answers agree on the dates measured (both follow the State Council notices).
let disagree = 0;
for (const d of dates) if (mz.isWorkday(d) !== cdIsWorkday(d)) disagree++;
for (const d of early) if (mz.addWorkdays(d, 250) !== findWorkday(250, d)) disagree++;

// The two sides of a pair alternate in 20 slices of 40 ms each, so that both see the same load
// on a shared machine; ns per call over all slices.
const rows = [];
const pair = (what, ours, theirs) => {
  for (let i = 0; i < 2000; i++) { ours(i); theirs.fn(i); } // warm-up
  const sum = { a: [0, 0], b: [0, 0] };
  for (let round = 0; round < 20; round++) {
    const [ta, na] = slice(ours, 40);
    const [tb, nb] = slice(theirs.fn, 40);
    sum.a[0] += ta; sum.a[1] += na; sum.b[0] += tb; sum.b[1] += nb;
  }
  const a = sum.a[0] / sum.a[1];
  const b = sum.b[0] / sum.b[1];
  rows.push([what, a, theirs.name, b, b / a]);
};
pair('isWorkday(date)', (i) => mz.isWorkday(dates[i % 1000]),
  { name: 'chinese-days isWorkday(date)', fn: (i) => cdIsWorkday(dates[i % 1000]) });
pair('addWorkdays(date, 10)', (i) => mz.addWorkdays(dates[i % 1000], 10),
  { name: 'chinese-days findWorkday(10, date)', fn: (i) => findWorkday(10, dates[i % 1000]) });
pair('addWorkdays(date, 20)', (i) => mz.addWorkdays(dates[i % 1000], 20),
  { name: 'chinese-days findWorkday(20, date)', fn: (i) => findWorkday(20, dates[i % 1000]) });
pair('addWorkdays(date, 250)', (i) => mz.addWorkdays(early[i % early.length], 250),
  { name: 'chinese-days findWorkday(250, date)', fn: (i) => findWorkday(250, early[i % early.length]) });
pair('isResidentId(id) (validate)', (i) => mz.isResidentId(ids[i % 8]),
  { name: "validator isIdentityCard(id, 'zh-CN')", fn: (i) => validator.isIdentityCard(ids[i % 8], 'zh-CN') });
pair('validateResidentId(id) (validate + decode)', (i) => mz.validateResidentId(ids[i % 8]),
  { name: "validator isIdentityCard(id, 'zh-CN')", fn: (i) => validator.isIdentityCard(ids[i % 8], 'zh-CN') });

console.log(`node ${process.version}; answers that differ (isWorkday on 1,000 dates, +250 workdays on ${early.length}): ${disagree}`);
console.log('| operation | minzheng ns/call | other library | its ns/call | minzheng faster by |');
console.log('|---|---:|---|---:|---:|');
for (const [what, a, other, b, ratio] of rows) {
  console.log(`| ${what} | ${a.toFixed(0)} | ${other} | ${b.toFixed(0)} | ${ratio.toFixed(1)}× |`);
}
