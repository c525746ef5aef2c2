#!/usr/bin/env bash
# Records what the reference zig sends and prints for each case in src/test/resources/protocol/golden/CASE/
# (root file main.zig): expected.bundle (the body of its error_bundle message, from --listen=-), expected.plain
# (stderr on a pipe), expected.color (stderr with --color on), expected.status (exit status).
# The tests (dev.zcu.protocol.ZigGoldenBundleTest, dev.zcu.cli.ErrorRendererTest, the interop test) compare
# against these files exactly. Rerun after adding a case: scripts/record-error-golden.sh
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
zig="${ZIG:-$root/.cache/zig/zig}"
for dir in "$root"/src/test/resources/protocol/golden/*/; do
  (
    cd "$dir"
    cache=$(mktemp -d)
    trap 'rm -rf "$cache"' EXIT
    common=(build-obj -fno-emit-bin main.zig --cache-dir "$cache/local" --global-cache-dir "$cache/global")
    python3 "$root/scripts/zig_listen_capture.py" expected.bundle "$zig" "${common[@]}" --listen=-
    status=0
    "$zig" "${common[@]}" 2> expected.plain || status=$?
    echo "$status" > expected.status
    "$zig" "${common[@]}" --color on 2> expected.color || true
    echo "recorded $(basename "$dir"): status $status, $(wc -l < expected.plain) plain lines"
  )
done
