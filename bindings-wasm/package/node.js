// Node entry point: init() reads the module from disk when given nothing.
import { readFile } from 'node:fs/promises';
import { init as initWith } from './index.js';

export * from './index.js';

export async function init(input) {
  await initWith(input ?? (await readFile(new URL('./minzheng_bg.wasm', import.meta.url))));
}
