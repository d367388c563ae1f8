// The package's entry point: the generated bindings (minzheng.d.ts, from the Rust
// signatures and types) plus init and the error class.
export * from './minzheng.js';

/** Thrown by every operation that fails. */
export declare class MinzhengError extends Error {
  /** Always "MinzhengError". */
  name: 'MinzhengError';
  /** The stable error number (the same numbers as the C and Java faces). */
  code: number;
  /** The stable error name, `domain.code`, e.g. "calendar.year_not_covered". */
  codeName: string;
  /** The message in Chinese. */
  zh: string;
  /** The message in English. */
  en: string;
  /** The core's structured error, when it has one. */
  detail: unknown;
}

/** Compiles and instantiates the module, streaming when given a URL or a Response (by
 * default the `minzheng_bg.wasm` next to this file; in Node, read from disk). Call once
 * before any other function; calling again does nothing. */
export declare function init(
  input?: RequestInfo | URL | Response | BufferSource | WebAssembly.Module,
): Promise<void>;

/** Instantiates the module synchronously from its bytes or a compiled module (workers). */
export declare function initSync(bytes: BufferSource | WebAssembly.Module): void;
