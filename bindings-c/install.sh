#!/usr/bin/env bash
# Builds libminzheng (profile c-release) and installs it under PREFIX (default /usr/local):
#   PREFIX/include/minzheng.h
#   PREFIX/lib/libminzheng.so.X.Y.Z, libminzheng.so.X -> (SONAME), libminzheng.so ->
#   PREFIX/lib/libminzheng.a
#   PREFIX/lib/pkgconfig/minzheng.pc
# Usage: bindings-c/install.sh [PREFIX]
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=${1:-/usr/local}
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)
major=${version%%.*}
# The c-release profile (Cargo.toml): fat LTO, one codegen unit.
cargo build --quiet --profile c-release -p minzheng-c
target=${CARGO_TARGET_DIR:-target}/c-release
mkdir -p "$prefix/include" "$prefix/lib/pkgconfig"
cp bindings-c/include/minzheng.h "$prefix/include/"
cp "$target/libminzheng.so" "$prefix/lib/libminzheng.so.$version"
ln -sf "libminzheng.so.$version" "$prefix/lib/libminzheng.so.$major"
ln -sf "libminzheng.so.$major" "$prefix/lib/libminzheng.so"
cp "$target/libminzheng.a" "$prefix/lib/"
# What Rust's standard library needs when linking the static archive (from
# `cargo rustc -p minzheng-c --release --crate-type staticlib -- --print native-static-libs`).
private_libs="-lgcc_s -lutil -lrt -lpthread -lm -ldl -lc"
sed -e "s|@PREFIX@|$prefix|" -e "s|@VERSION@|$version|" -e "s|@PRIVATE_LIBS@|$private_libs|" \
  bindings-c/minzheng.pc.in > "$prefix/lib/pkgconfig/minzheng.pc"
echo "installed libminzheng $version under $prefix"
