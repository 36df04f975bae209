#!/usr/bin/env python3
"""Throughput of hashlib and zlib in sandpy against CPython.

Each case is one program that times a few passes over 1 MiB buffers with
time.perf_counter and prints MB/s; it runs under python3 and sandpy
alternately (three times each, medians), and the table shows both rates
and sandpy's ratio to CPython (above 1: sandpy is faster). The target
for sha256 and md5 is a ratio of 0.8 or more. Measure release builds
(`cargo build --release`); a debug build is only a smoke test.

Usage: benches/hashlib/bench.py [--sandpy target/release/sandpy] [--runs 3] [--mib 16]
"""

import argparse
import os
import statistics
import subprocess
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# name: (setup, one pass over DATA; the pass count is MIB)
CASES = {
    "sha256": ("import hashlib", "hashlib.sha256(DATA).digest()"),
    "md5": ("import hashlib", "hashlib.md5(DATA).digest()"),
    "sha1": ("import hashlib", "hashlib.sha1(DATA).digest()"),
    "sha512": ("import hashlib", "hashlib.sha512(DATA).digest()"),
    "sha3_256": ("import hashlib", "hashlib.sha3_256(DATA).digest()"),
    "blake2b": ("import hashlib", "hashlib.blake2b(DATA).digest()"),
    "sha256 update 4 KiB": ("import hashlib",
                            "h = hashlib.sha256()\n"
                            "    for i in range(0, len(DATA), 4096):\n"
                            "        h.update(DATA[i:i + 4096])\n"
                            "    h.digest()"),
    "zlib.compress level 6": ("import zlib", "zlib.compress(DATA, 6)"),
    "zlib.compress level 1": ("import zlib", "zlib.compress(DATA, 1)"),
    "zlib.decompress": ("import zlib\nPACKED = zlib.compress(DATA_ONCE, 6)",
                        "zlib.decompress(PACKED)"),
    "zlib.crc32": ("import zlib", "zlib.crc32(DATA)"),
    "binascii.hexlify": ("import binascii", "binascii.hexlify(DATA)"),
    "base64.b64encode": ("import base64", "base64.b64encode(DATA)"),
}

TEMPLATE = """import time
import random
random.seed(1)
# 1 MiB of text-like data: compressible, as real inputs are.
WORDS = [bytes(random.choice(b'abcdefghij klmnop') for _ in range(random.randrange(2, 9)))
         for _ in range(500)]
DATA_ONCE = b' '.join(random.choice(WORDS) for _ in range(200000))[:1 << 20]
DATA = DATA_ONCE
{setup}
def one():
    {body}
one()
t = time.perf_counter()
for _ in range({mib}):
    one()
print({mib} / (time.perf_counter() - t))
"""


def run(cmd, path):
    out = subprocess.run(cmd + [path], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sandpy", default=os.path.join(ROOT, "target", "release", "sandpy"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--mib", type=int, default=16)
    args = ap.parse_args()
    print(f"{'case':28} {'CPython MiB/s':>14} {'sandpy MiB/s':>14} {'ratio':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, (setup, body) in CASES.items():
            path = os.path.join(tmp, "case.py")
            with open(path, "w") as f:
                f.write(TEMPLATE.format(setup=setup, body=body, mib=args.mib))
            cp, sp = [], []
            for _ in range(args.runs):
                cp.append(run(["python3"], path))
                sp.append(run([args.sandpy, "run"], path))
            c, s = statistics.median(cp), statistics.median(sp)
            print(f"{name:28} {c:14.1f} {s:14.1f} {s / c:7.2f}")


if __name__ == "__main__":
    main()
