#!/usr/bin/env bash
# Records what the reference `zig ast-check` prints for each golden parser case:
#   src/test/resources/syntax/valid/NAME.zig    -> NAME.expected (must be empty: parses and passes AstGen)
#   src/test/resources/syntax/invalid/NAME.zig  -> NAME.expected (stderr: the error line and its notes)
# zig runs inside the case's directory with the bare file name, so the recorded path is NAME.zig.
# The exit status goes to NAME.status. dev.zcu.syntax.ParseGoldenTest compares zcu's output with these exactly.
# Rerun after adding or changing a case: scripts/record-parse-golden.sh
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
zig="${ZIG:-$root/.cache/zig/zig}"
[ -x "$zig" ] || "$root/scripts/install-zig.sh" >/dev/null
for kind in valid invalid; do
  dir="$root/src/test/resources/syntax/$kind"
  n=0
  for f in "$dir"/*.zig; do
    name=$(basename "$f" .zig)
    status=0
    (cd "$dir" && "$zig" ast-check "$name.zig") 2> "$dir/$name.expected" || status=$?
    echo "$status" > "$dir/$name.status"
    if [ "$kind" = valid ] && [ -s "$dir/$name.expected" ]; then
      echo "warning: valid case $name.zig is not clean for zig ast-check:" >&2
      cat "$dir/$name.expected" >&2
    fi
    if [ "$kind" = invalid ] && [ "$status" = 0 ]; then
      echo "warning: invalid case $name.zig passes zig ast-check" >&2
    fi
    n=$((n + 1))
  done
  echo "recorded $n $kind cases"
done
