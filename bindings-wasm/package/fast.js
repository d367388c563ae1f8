// The hot paths of forms without JSON across the boundary (bindings-wasm/src/fast.rs): dates
// cross as integers YYYYMMDD, an identity number's check as one string of fields. Same
// signatures and results as the exports of the same name in minzheng.d.ts; whatever the fast
// path does not answer (a malformed or impossible date, a year without a notice) goes to those
// exports, which answer or throw the documented MinzhengError.
import {
  __mzIsWorkday, __mzAddWorkdays, __mzNextWorkday, __mzWorkdaysBetween, __mzResidentId,
  __mzResidentIdPacked,
  isWorkday as slowIsWorkday, addWorkdays as slowAddWorkdays, nextWorkday as slowNextWorkday,
  workdaysBetween as slowWorkdaysBetween, validateResidentId as slowValidateResidentId,
} from './minzheng.js';

// 'YYYY-MM-DD' as YYYYMMDD, or 0 when not shaped so (the core's strict parser says why).
function ymd(s) {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return 0;
  let n = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return 0;
    n = n * 10 + c;
  }
  return n;
}

const two = (n) => (n < 10 ? '0' : '') + n;
// YYYYMMDD (years 1-9999) as 'YYYY-MM-DD'.
function iso(n) {
  const y = Math.floor(n / 10000);
  const md = n - y * 10000;
  return String(y).padStart(4, '0') + '-' + two(Math.floor(md / 100)) + '-' + two(md % 100);
}

/** Whether `date` (`YYYY-MM-DD`) is an official working day (a make-up Saturday is one). */
export function isWorkday(date) {
  const r = __mzIsWorkday(ymd(date));
  return r < 0 ? slowIsWorkday(date) : r === 1;
}

/** The n-th workday after (n > 0) or before (n < 0) `date`, the date itself not counted. */
export function addWorkdays(date, n) {
  // Only 32-bit integer counts take the fast path; the export reads anything else as it does.
  const r = n === (n | 0) ? __mzAddWorkdays(ymd(date), n) : 0;
  return r === 0 ? slowAddWorkdays(date, n) : iso(r);
}

/** `date` when it is a workday, else the first workday after it. */
export function nextWorkday(date) {
  const r = __mzNextWorkday(ymd(date));
  return r === 0 ? slowNextWorkday(date) : iso(r);
}

/** Workdays after `from` up to and including `to`. */
export function workdaysBetween(from, to) {
  const r = __mzWorkdaysBetween(ymd(from), ymd(to));
  return r < 0 ? slowWorkdaysBetween(from, to) : r;
}

// The result of a number through the fields of __mzResidentId (every case; the fast path below
// answers the common ones without a string crossing back).
function residentIdFields(text) {
  const f = __mzResidentId(text).split('\u001f');
  if (f[0] === '1') {
    return {
      ok: true, code: 0, name: '', field: 'id_number', zh: f[7], en: f[8],
      decoded: {
        number: f[1], masked: f[2], division_code: f[3], birth_date: f[4], sex: f[5],
        converted_from_15: f[6] === '1',
      },
    };
  }
  return { ok: false, code: +f[1], name: f[2], field: 'id_number', zh: f[3], en: f[4], decoded: null };
}

// The messages of the errors met so far, by the key the core's error packs into (variant and
// every parameter of the message: the same key, the same messages); and of a valid number.
const idErrors = new Map();
let idValid = null;

/** Checks a resident identity number as it is typed: `{ ok, code, name, field, zh, en,
 * decoded }`, never throws for a bad number. */
export function validateResidentId(text) {
  if (typeof text !== 'string') return slowValidateResidentId(text);
  const r = __mzResidentIdPacked(text);
  if (r > 0) {
    const female = r % 2;
    let t = (r - female) / 2;
    const converted = t % 2;
    t = (t - converted) / 2;
    const check = t % 16;
    const birth = (t - check) / 16;
    // The characters typed, trimmed: 18 (the last one the check character) or 15 (converted).
    const typed = text.trim();
    // Anything but plain ASCII digits (full-width forms, unusual white space): the fields.
    if (!(converted ? /^\d{15}$/ : /^\d{17}[\dXx]$/).test(typed)) return residentIdFields(text);
    const number = typed.slice(0, 6) + String(birth).padStart(8, '0') + typed.slice(converted ? 12 : 14, converted ? 15 : 17)
      + (check === 10 ? 'X' : String(check));
    if (idValid === null) idValid = residentIdFields(number);
    return {
      ok: true, code: 0, name: '', field: 'id_number', zh: idValid.zh, en: idValid.en,
      decoded: {
        number,
        masked: number.slice(0, 6) + '********' + number.slice(14),
        division_code: number.slice(0, 6),
        birth_date: iso(birth),
        sex: female ? 'female' : 'male',
        converted_from_15: converted === 1,
      },
    };
  }
  if (r < 0) {
    let e = idErrors.get(r);
    if (e === undefined) {
      e = residentIdFields(text);
      if (idErrors.size >= 1024) idErrors.clear();
      idErrors.set(r, e);
    }
    return { ok: false, code: e.code, name: e.name, field: 'id_number', zh: e.zh, en: e.en, decoded: null };
  }
  return residentIdFields(text);
}
