// The error every failing operation of the package throws (imported by the Rust side).

/** An operation of minzheng failed: `code` is the stable number (the same as in C and Java),
 * `name` the stable string code (e.g. "calendar.year_not_covered"), `zh` and `en` the message
 * in each language, `detail` the structured error as the core reports it. */
export class MinzhengError extends Error {
  constructor(code, name, zh, en, detail) {
    super(`${zh} / ${en}`);
    this.name = 'MinzhengError';
    this.code = code;
    this.codeName = name;
    this.zh = zh;
    this.en = en;
    this.detail = detail;
  }
}

export function makeError(code, name, zh, en, detail) {
  return new MinzhengError(code, name, zh, en, detail);
}
