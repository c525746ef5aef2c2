#!/usr/bin/env bash
# Records what the reference zig prints for each AstGen golden case: for every
# src/test/resources/astgen/cases/NAME.zig, runs `zig ast-check NAME.zig` (from that directory, on a pipe)
# and stores stderr in NAME.expected and the exit status in NAME.status; with --color on it also stores the
# rendering with source lines and ~~~^~~~ span markers (ANSI escapes removed) in NAME.spans.
# dev.zcu.zir.AstGenGoldenTest compares zcu's AstGen output with these files line by line.
# Rerun after adding or editing a case: scripts/record-astgen-golden.sh
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
zig="${ZIG:-$root/.cache/zig/zig}"
cd "$root/src/test/resources/astgen/cases"
n=0
for f in *.zig; do
  base="${f%.zig}"
  status=0
  "$zig" ast-check "$f" 2> "$base.expected" > /dev/null || status=$?
  echo "$status" > "$base.status"
  "$zig" ast-check --color on "$f" 2>&1 > /dev/null | sed 's/\x1b\[[0-9;]*m//g' > "$base.spans" || true
  n=$((n + 1))
done
echo "recorded $n cases"
