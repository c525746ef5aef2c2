#!/usr/bin/env python3
"""Records the reference zig's expectations for the incremental scenario tests.

Each scenario is src/test/resources/incremental/NAME.scn: a sequence of updates, each a list of file writes
(`--- FILE` then its contents) and deletions (`--- delete FILE`), followed by an `=== expect` block. This script
replays every scenario step by step in a temporary directory and, after each step, runs a CLEAN build of the files
as they are then (`zig build-obj -fno-emit-bin main.zig` with a fresh cache, in a new directory), and rewrites the
step's `=== expect` block with the error and note lines zig prints on a pipe. IncrementalScenarioTest replays the
same steps through one incremental zcu Compilation and compares exactly.

Usage: scripts/record-incremental-scenarios.py [NAME...]   (default: every scenario)
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ZIG = os.environ.get("ZIG", os.path.join(ROOT, ".cache", "zig", "zig"))
DIR = os.path.join(ROOT, "src", "test", "resources", "incremental")
LINE = re.compile(r"^[^ ].*:\d+:\d+: (error|note): |^error: ")


def parse(text):
    """Header lines, then a list of steps: (list of (name, contents or None), expected lines)."""
    header, steps = [], []
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    i = 0
    while i < len(lines) and not lines[i].startswith("=== "):
        header.append(lines[i])
        i += 1
    while i < len(lines):
        if lines[i] != "=== update":
            raise SystemExit("expected '=== update' at line %d" % (i + 1))
        i += 1
        writes = []
        while i < len(lines) and lines[i].startswith("--- "):
            name = lines[i][4:]
            i += 1
            if name.startswith("delete "):
                writes.append((name[len("delete "):], None))
                continue
            body = []
            while i < len(lines) and not lines[i].startswith("--- ") and not lines[i].startswith("=== "):
                body.append(lines[i])
                i += 1
            writes.append((name, "\n".join(body) + "\n"))
        expected = []
        if i < len(lines) and lines[i] == "=== expect":
            i += 1
            while i < len(lines) and not lines[i].startswith("=== "):
                expected.append(lines[i])
                i += 1
        steps.append((writes, expected))
    return header, steps


def render(header, steps):
    out = list(header)
    for writes, expected in steps:
        out.append("=== update")
        for name, body in writes:
            if body is None:
                out.append("--- delete " + name)
            else:
                out.append("--- " + name)
                out.extend(body[:-1].split("\n") if body.endswith("\n") else body.split("\n"))
        out.append("=== expect")
        out.extend(expected)
    return "\n".join(out) + "\n"


def zig_clean_build(files):
    work = tempfile.mkdtemp(prefix="zcu-scn-")
    try:
        for name, body in files.items():
            path = os.path.join(work, name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as f:
                f.write(body)
        cache = os.path.join(work, ".zig-cache-scn")
        p = subprocess.run([ZIG, "build-obj", "-fno-emit-bin", "main.zig", "--cache-dir", cache + "/c",
                            "--global-cache-dir", cache + "/g"], cwd=work, capture_output=True, text=True)
        return [l for l in (p.stdout + p.stderr).split("\n") if LINE.match(l)]
    finally:
        shutil.rmtree(work, ignore_errors=True)


def record(path):
    with open(path) as f:
        header, steps = parse(f.read())
    files = {}
    recorded = []
    for writes, _ in steps:
        for name, body in writes:
            if body is None:
                files.pop(name, None)
            else:
                files[name] = body
        recorded.append((writes, zig_clean_build(files)))
    with open(path, "w") as f:
        f.write(render(header, recorded))
    return len(recorded)


def main():
    names = sys.argv[1:] or sorted(n[:-4] for n in os.listdir(DIR) if n.endswith(".scn"))
    total = 0
    for n in names:
        total += record(os.path.join(DIR, n + ".scn"))
    print("recorded %d steps of %d scenarios in %s" % (total, len(names), DIR))


if __name__ == "__main__":
    main()
