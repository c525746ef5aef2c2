#!/usr/bin/env bash
# Records the `builtin.zig` that the reference zig generates for zcu's target (x86_64-linux-gnu, baseline CPU,
# Debug, build-obj) into src/main/resources/dev/zcu/compile/builtin.zig: what `@import("builtin")` resolves to.
# Usage: scripts/record-builtin.sh
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
zig="${ZIG:-$root/.cache/zig/zig}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo 'export fn f() void {}' > "$tmp/empty.zig"
(cd "$tmp" && "$zig" build-obj -fno-emit-bin -target x86_64-linux-gnu -mcpu=baseline -O Debug empty.zig \
  --cache-dir "$tmp/c" --global-cache-dir "$tmp/g")
found=$(find "$tmp/g" -name builtin.zig | head -1)
cp "$found" "$root/src/main/resources/dev/zcu/compile/builtin.zig"
echo "recorded $found"
