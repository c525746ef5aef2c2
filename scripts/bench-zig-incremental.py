#!/usr/bin/env python3
"""Update latency of the reference zig's incremental compiler server on a SyntheticProject, the zig side of
docs/BENCHMARKS.md ("Incremental update latency"): starts `zig build-obj main.zig -fno-emit-bin -fincremental --listen=-` in DIR (written
before by `java ... dev.zcu.bench.SyntheticProject DIR FILES GROUPS`), times the first update, then each row of
UpdateLatencyMain (the same edits of f3.zig, each followed by its undo), as the driver sees them: from `update`
to the message that ends the update (error_bundle, or emit_digest when there is nothing to report).
Usage: scripts/bench-zig-incremental.py DIR [REPEATS]"""
import os, statistics, struct, subprocess, sys, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
zig = os.environ.get('ZIG', os.path.join(root, '.cache', 'zig', 'zig'))
d = sys.argv[1]
repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 5
cache = os.path.join(d, '.zig-cache-bench')
p = subprocess.Popen([zig, 'build-obj', 'main.zig', '-fno-emit-bin', '-fincremental', '--listen=-',
                      '--cache-dir', cache + '/c', '--global-cache-dir', cache + '/g'],
                     cwd=d, stdin=subprocess.PIPE, stdout=subprocess.PIPE)

def read_frame():
    head = p.stdout.read(8)
    if len(head) < 8:
        sys.exit('zig closed its output')
    tag, ln = struct.unpack('<II', head)
    return tag, p.stdout.read(ln)

def update():
    t = time.perf_counter()
    p.stdin.write(struct.pack('<II', 1, 0)); p.stdin.flush()
    while True:
        tag, body = read_frame()
        if tag in (1, 3):  # error_bundle, emit_digest
            errors = struct.unpack_from('<I', body, 0)[0] if tag == 1 and len(body) >= 4 else 0
            return (time.perf_counter() - t) * 1000, errors

f3 = os.path.join(d, 'f3.zig')
original = open(f3).read()
clock = [time.time() - 1_000_000]

def write(text):
    with open(f3, 'w') as f:
        f.write(text)
    clock[0] += 2
    os.utime(f3, (clock[0], clock[0]))

body = "    while (k < n) : (k += 1) {\n        t +%= k;\n    }\n"
fn5 = original.index("pub fn fn5(")
at = original.index(body, fn5)
body_edited = original[:at] + body.replace("t +%= k;", "t +%= k +% 1;") + original[at + len(body):]
sig_edited = original.replace("pub fn fn1(n: u32) u32 {", "pub fn fn1(n: u64) u32 {")
ret_line = "    return s.sum() +% b.get();"
ret = original.index(ret_line, fn5)
type_error = original[:ret] + "    return s.sum() +% b.get() +% true;" + original[ret + len(ret_line):]
referenced = original[:ret] + "    return s.sum() +% b.get() +% extra;" + original[ret + len(ret_line):] + "pub const extra: u32 = 7;\n"

read_frame()  # zig_version
first, first_errors = update()
print('first update: %.0f ms (%d error messages)' % (first, first_errors))
rows = [('no-op', None), ('comment edit (and undo)', original + '// a comment\n'),
        ('body edit of one function (and undo)', body_edited), ('signature change, 2 callers (and undo)', sig_edited),
        ('add / remove an unreferenced declaration', original + 'const unused_extra: u32 = 1;\n'),
        ('add / remove a referenced declaration', referenced), ('add / fix a type error', type_error)]
print('| update | zig median ms |')
print('|---|---|')
for name, edited in rows:
    there, back = [], []
    for _ in range(repeats):
        if edited is not None:
            write(edited)
        there.append(update()[0])
        if edited is not None:
            write(original)
            back.append(update()[0])
    ms = '%.1f' % statistics.median(there) + ('' if not back else ' / %.1f' % statistics.median(back))
    print('| %s | %s |' % (name, ms))
    sys.stdout.flush()
p.stdin.write(struct.pack('<II', 0, 0)); p.stdin.close(); p.wait()
