#!/usr/bin/env python3
"""Measures update round trips over zcu's compiler protocol (--listen=-) on a copy of examples/inventory:
the first update, then N updates each after an edit (a comment appended to main.zig, or a whole-function
edit in list.zig), then N updates without edits. Prints the median wall time of each kind as seen by the driver.
Usage: scripts/bench-update-roundtrip.py [N]   (needs target/classes and target/classpath; see docs/BENCHMARKS.md)"""
import os, shutil, struct, subprocess, sys, tempfile, time, statistics

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
n = int(sys.argv[1]) if len(sys.argv) > 1 else 20
cp = open(os.path.join(root, 'target', 'classpath.txt')).read().strip()
work = tempfile.mkdtemp()
shutil.copytree(os.path.join(root, 'examples', 'inventory'), os.path.join(work, 'inventory'))
d = os.path.join(work, 'inventory')
p = subprocess.Popen(['java', '-Xss16m', '-XX:+UseSerialGC', '-cp', os.path.join(root, 'target', 'classes') + ':' + cp,
                      'dev.zcu.cli.Main', 'build-obj', 'main.zig', '-fno-emit-bin', '-fincremental', '--listen=-'],
                     cwd=d, stdin=subprocess.PIPE, stdout=subprocess.PIPE)

def read_frame():
    tag, ln = struct.unpack('<II', p.stdout.read(8))
    return tag, p.stdout.read(ln)

def update():
    t = time.perf_counter()
    p.stdin.write(struct.pack('<II', 1, 0)); p.stdin.flush()
    while True:
        tag, body = read_frame()
        if tag == 1:
            return (time.perf_counter() - t) * 1000, len(body)

read_frame()  # zig_version
first, _ = update()
comment, body_edit, none = [], [], []
for i in range(n):
    with open(os.path.join(d, 'main.zig'), 'a') as f:
        f.write('// edit %d\n' % i)
    comment.append(update()[0])
    with open(os.path.join(d, 'list.zig')) as f:
        text = f.read()
    with open(os.path.join(d, 'list.zig'), 'w') as f:
        f.write(text.replace('self.len += 1;', 'self.len += %d - %d + 1;' % (i, i)) if i % 2 == 0
                else text.replace('self.len += %d - %d + 1;' % (i - 1, i - 1), 'self.len += 1;'))
    body_edit.append(update()[0])
    none.append(update()[0])
p.stdin.write(struct.pack('<II', 0, 0)); p.stdin.close(); p.wait()
shutil.rmtree(work)
print('first update: %.1f ms' % first)
print('after a comment edit (median of %d): %.1f ms' % (n, statistics.median(comment)))
print('after a function-body edit (median of %d): %.1f ms' % (n, statistics.median(body_edit)))
print('without edits (median of %d): %.1f ms' % (n, statistics.median(none)))
