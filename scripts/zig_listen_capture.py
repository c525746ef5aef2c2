#!/usr/bin/env python3
"""Drives a compiler over Zig's compiler protocol (--listen=-): sends `update` then `exit` and writes the body
of the first `error_bundle` message to the file given as the first argument. The remaining arguments are the
compiler command line. Used by scripts/record-error-golden.sh to record what the reference zig sends."""
import struct
import subprocess
import sys

out_path, argv = sys.argv[1], sys.argv[2:]
p = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write(struct.pack('<II', 1, 0) + struct.pack('<II', 0, 0))
p.stdin.close()
data = p.stdout.read()
p.wait()
i = 0
while i + 8 <= len(data):
    tag, n = struct.unpack_from('<II', data, i)
    body = data[i + 8:i + 8 + n]
    i += 8 + n
    if tag == 1:
        with open(out_path, 'wb') as f:
            f.write(body)
        sys.exit(0)
sys.exit('no error_bundle message from: ' + ' '.join(argv))
