#!/usr/bin/env python3
"""zlib across implementations: sandpy compresses seeded data under every
configuration (level, wbits for zlib/raw/gzip, memLevel, strategy, flush
points, a preset dictionary) and python3 decompresses each stream and
checks it; then python3 compresses the same and sandpy decompresses.
Prints each failure and the counts.

    python3 tests/tools/zlib_cross.py [--sandpy target/debug/sandpy] [--seeds 3]
"""
import argparse
import os
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

MAKE = r'''
import random
import zlib
random.seed(SEED)
words = [bytes(random.choice(b'abcdefghijklmnop \n') for _ in range(random.randrange(1, 9)))
         for _ in range(200)]
texts = [b'', b'x', bytes(random.randrange(256) for _ in range(3000)),
         b' '.join(random.choice(words) for _ in range(random.randrange(1000, 20000))),
         b'\0' * random.randrange(70000)]
for ti, text in enumerate(texts):
    for level in (-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9):
        for wbits in (9, 12, 15, -9, -15, 25, 31):
            for mem, strategy in ((8, 0), (1, 1), (9, 2), (4, 3), (8, 4)):
                if (level + mem + strategy + wbits + ti) % 3:
                    continue
                zdict = b'abcd efgh' if wbits == 15 and level == 6 else None
                c = zlib.compressobj(level, 8, wbits, mem, strategy, **({'zdict': zdict} if zdict else {}))
                cut = len(text) // 3
                s = c.compress(text[:cut]) + c.flush(zlib.Z_SYNC_FLUSH) + c.compress(text[cut:]) + c.flush()
                print(ti, level, wbits, mem, strategy, int(bool(zdict)), s.hex())
'''

CHECK = r'''
import random
import sys
import zlib
random.seed(SEED)
words = [bytes(random.choice(b'abcdefghijklmnop \n') for _ in range(random.randrange(1, 9)))
         for _ in range(200)]
texts = [b'', b'x', bytes(random.randrange(256) for _ in range(3000)),
         b' '.join(random.choice(words) for _ in range(random.randrange(1000, 20000))),
         b'\0' * random.randrange(70000)]
ok = bad = 0
for line in open(sys.argv[1]):
    ti, level, wbits, mem, strategy, zd, h = line.split()
    d = zlib.decompressobj(int(wbits), **({'zdict': b'abcd efgh'} if zd == '1' else {}))
    try:
        good = d.decompress(bytes.fromhex(h)) == texts[int(ti)] and d.eof
    except zlib.error as e:
        good = False
    if good:
        ok += 1
    else:
        bad += 1
        print('FAIL', ti, level, wbits, mem, strategy, zd)
print(ok, 'decoded', bad, 'failed')
'''


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--sandpy', default=os.path.join(ROOT, 'target', 'debug', 'sandpy'))
    ap.add_argument('--seeds', type=int, default=3)
    args = ap.parse_args()
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        impls = {'sandpy': [args.sandpy, 'run', '--allow-read', tmp], 'python3': ['python3']}
        for seed in range(args.seeds):
            for maker, checker in (('sandpy', 'python3'), ('python3', 'sandpy')):
                make = os.path.join(tmp, 'make.py')
                check = os.path.join(tmp, 'check.py')
                streams = os.path.join(tmp, 'streams.txt')
                open(make, 'w').write(MAKE.replace('SEED', str(seed)))
                open(check, 'w').write(CHECK.replace('SEED', str(seed)))
                out = subprocess.run(impls[maker] + [make], capture_output=True, text=True, cwd=tmp)
                open(streams, 'w').write(out.stdout)
                res = subprocess.run(impls[checker] + [check, streams], capture_output=True,
                                     text=True, cwd=tmp)
                last = (res.stdout.strip().splitlines() or ['no output: ' + res.stderr[-500:]])[-1]
                print('seed %d: %s made, %s decoded: %s' % (seed, maker, checker, last))
                failed += res.stdout.count('FAIL') + (res.returncode != 0)
    return 1 if failed else 0


if __name__ == '__main__':
    raise SystemExit(main())
