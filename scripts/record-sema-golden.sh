#!/usr/bin/env bash
# Records the reference zig's output for the sema golden corpus: for every src/test/resources/sema/cases/NAME.zig,
# runs `zig build-obj -fno-emit-bin NAME.zig` inside that folder and keeps the error and note lines (as zig prints
# them on a pipe, with the lib directory written <zig-lib>) in NAME.expected. SemaGoldenTest compares zcu's
# output with these files exactly. NAME.color keeps what zig prints with --color on (SemaColorGoldenTest).
# Usage: scripts/record-sema-golden.sh [NAME...]   (default: every case)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
zig="${ZIG:-$root/.cache/zig/zig}"
cases="$root/src/test/resources/sema/cases"
# Paths into the zig installation are machine-specific: expectations show them as <zig-lib>/...
lib=$(realpath "$(dirname "$zig")/lib")
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
cd "$cases"
if [ $# -gt 0 ]; then names=("$@"); else names=(); for f in *.zig; do names+=("${f%.zig}"); done; fi
for n in "${names[@]}"; do
  "$zig" build-obj -fno-emit-bin "$n.zig" --cache-dir "$cache/c" --global-cache-dir "$cache/g" 2>&1 \
    | grep -E '^[^ ].*:[0-9]+:[0-9]+: (error|note): |^error: ' | sed "s#^$lib/#<zig-lib>/#" > "$n.expected" || true
  # The terminal rendering (source lines, carets, reference traces), compared by SemaColorGoldenTest.
  "$zig" build-obj -fno-emit-bin --color on "$n.zig" --cache-dir "$cache/c" --global-cache-dir "$cache/g" 2>&1 \
    | sed "s#$lib/#<zig-lib>/#g" > "$n.color" || true
done
echo "recorded ${#names[@]} cases in $cases"
