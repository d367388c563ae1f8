#!/usr/bin/env bash
# Builds the npm package `minzheng` into bindings-wasm/pkg/: cargo (release, wasm32) →
# wasm-bindgen --target web → wasm-opt -Oz (npm binaryen, see npm/package.json) → the entry
# points of package/. Needs wasm-bindgen-cli at the crate's version and `npm install` in npm/
# (tests/wasm.sh installs both). Prints the raw and gzipped sizes.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
out="$here/pkg"
cd "$root"
# `minzheng/lean-json`: one JSON parser for every model (core/src/json.rs); named here, not in
# Cargo.toml, so that workspace builds of the other crates keep the default reader.
# MINZHENG_WASM_FEATURES: extra cargo arguments, e.g. `--no-default-features --features
# eligibility` for a module holding only what a 低保 form needs (bindings-wasm/Cargo.toml,
# `[features]`: cases, eligibility, power, assistance; calendar, deadlines and identifiers are
# always in).
# shellcheck disable=SC2086
cargo build --quiet --profile wasm-release -p minzheng-wasm --features minzheng/lean-json ${MINZHENG_WASM_FEATURES:-} --target wasm32-unknown-unknown
rm -rf "$out"
wasm-bindgen --target web --out-dir "$out" --out-name minzheng \
  "$root/target/wasm32-unknown-unknown/wasm-release/minzheng_wasm.wasm"
"$here/npm/node_modules/.bin/wasm-opt" -Oz --strip-debug --strip-producers \
  --enable-bulk-memory --enable-sign-ext --enable-mutable-globals --enable-reference-types \
  --enable-multivalue --enable-nontrapping-float-to-int \
  -o "$out/minzheng_bg.wasm" "$out/minzheng_bg.wasm"
cp "$here"/package/{package.json,index.d.ts,node.js,fast.js,README.md} "$out/"
snippet=$(cd "$out" && ls snippets/*/js/error.js)
# The public functions are the typed exports of minzheng.d.ts (the internal `__mz…` fast paths
# have no TypeScript); those package/fast.js answers faster come from there.
fast=$(sed -n 's/^export function \([A-Za-z]*\)(.*/\1/p' "$out/fast.js" | sort)
public=$(sed -n 's/^ *export function \([A-Za-z]*\)(.*/\1/p' "$out/minzheng.d.ts" | grep -vx initSync | sort | comm -23 - <(echo "$fast"))
cat > "$out/index.js" <<JS
// Entry point of the package (browsers and bundlers): the generated bindings, their fast
// paths, init and the error class. No top-level await: call init() (or initSync) once before
// anything else.
import wbgInit, { initSync as wbgInitSync } from './minzheng.js';

export { $(echo $public | sed 's/ /, /g') } from './minzheng.js';
export { $(echo $fast | sed 's/ /, /g') } from './fast.js';
export { MinzhengError } from './${snippet}';

export async function init(input) {
  await wbgInit(input === undefined ? undefined : { module_or_path: input });
}

export function initSync(bytes) {
  wbgInitSync({ module: bytes });
}
JS
raw=$(stat -c %s "$out/minzheng_bg.wasm")
wasm_gz=$(gzip -9 < "$out/minzheng_bg.wasm" | wc -c)
# The whole package: every file shipped (js, wasm, d.ts, package.json, README), each gzipped on
# its own (as a server sends them).
total_raw=$(find "$out" -type f -exec cat {} + | wc -c)
gz=$(find "$out" -type f | while read -r f; do gzip -9 < "$f" | wc -c; done | awk '{s += $1} END {print s}')
echo "package built: $out"
echo "size: minzheng_bg.wasm ${raw} B raw, ${wasm_gz} B gzipped; whole package (js+wasm+d.ts) ${total_raw} B raw, ${gz} B gzipped"
