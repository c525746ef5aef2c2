#!/usr/bin/env bash
# For each example (examples/NAME/main.zig): checks that the reference zig compiles it cleanly, then
# un-comments the line after "// Un-comment the next line to introduce a compile error:" in a copy and
# records what zig prints on a pipe into examples/NAME/expected-error.txt (checked by dev.zcu.cli.ExamplesTest).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
zig="${ZIG:-$root/.cache/zig/zig}"
for dir in "$root"/examples/*/; do
  name=$(basename "$dir")
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  (cd "$dir" && "$zig" build-obj -fno-emit-bin main.zig --cache-dir "$tmp/c" --global-cache-dir "$tmp/g")
  mkdir "$tmp/src" && cp "$dir"/*.zig "$tmp/src/"
  awk 'uncomment { sub(/\/\/ /, ""); uncomment = 0 } /\/\/ Un-comment the next line to introduce a compile error:/ { uncomment = 1 } { print }' \
    "$dir/main.zig" > "$tmp/src/main.zig"
  status=0
  (cd "$tmp/src" && "$zig" build-obj -fno-emit-bin main.zig --cache-dir "$tmp/c" --global-cache-dir "$tmp/g") \
    2> "$dir/expected-error.txt" || status=$?
  [ "$status" = 1 ] || { echo "$name: expected status 1 with the line un-commented, got $status" >&2; exit 1; }
  echo "recorded $name: $(head -1 "$dir/expected-error.txt")"
  rm -rf "$tmp"; trap - EXIT
done
