#!/usr/bin/env bash
# Differential test of `zcu ast-check` against `zig ast-check` on every .zig file of a directory (e.g. the
# mutants written by scripts/astgen-mutants.py): prints the first differences, exit 1 when outputs differ.
# Usage: scripts/astgen-mutants.py 1 400 /tmp/mutants && scripts/astgen-diff.sh /tmp/mutants
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
zig="${ZIG:-$root/.cache/zig/zig}"
cd "$1"
files=$(ls *.zig | sort)
: > zig.out
for f in $files; do "$zig" ast-check "$f" 2>> zig.out > /dev/null || true; done
"$root/zcu" ast-check $files 2> zcu.out || true
if cmp -s zig.out zcu.out; then
  echo "identical: $(echo "$files" | wc -l) files, $(wc -l < zig.out) lines of errors"
else
  diff zig.out zcu.out | head -40
  exit 1
fi
