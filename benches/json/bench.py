#!/usr/bin/env python3
"""json.dumps and json.loads of representative documents, sandpy against
CPython (whose json runs on its C accelerator `_json`).

The same workload (WORKLOAD below) runs under python3 and under sandpy,
alternately, --runs times each; each case times REPEAT calls with
time.perf_counter and reports the best of the runs per call. Documents:
a config-like dict, a list of records, a big float array, unicode text
(and the same with indent and sort_keys, and bytes input).

Usage: benches/json/bench.py [--sandpy target/release/sandpy] [--runs 3]

Measure release builds (`cargo build --release`); a debug build is
slower by an order of magnitude and says nothing about speed.
"""

import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

WORKLOAD = r'''
import json
import random
import time

random.seed(7)

def config():
    return {
        'name': 'service', 'version': '1.2.3', 'debug': False, 'port': 8080,
        'hosts': ['alpha.example.org', 'beta.example.org', 'gamma.example.org'],
        'limits': {'cpu': 2.5, 'memory': 1073741824, 'files': None},
        'features': {f'flag_{i}': i % 3 == 0 for i in range(40)},
        'paths': {f'p{i}': f'/var/lib/service/data/{i}/index.db' for i in range(20)},
        'retry': {'count': 5, 'backoff': [0.1, 0.2, 0.4, 0.8, 1.6]},
    }

def records(n):
    return [{'id': i, 'name': f'user{i}', 'email': f'user{i}@example.com',
             'active': i % 2 == 0, 'score': random.random() * 100,
             'tags': ['a', 'b', 'c'][: i % 4], 'parent': None if i % 5 else i - 1}
            for i in range(n)]

def floats(n):
    return [random.uniform(-1e6, 1e6) for _ in range(n)]

def text(n):
    words = ['naïve', 'café', 'Straße', '日本語', 'текст', 'emoji 😀', 'plain ascii',
             'quote "q"', 'line\nbreak', 'tab\there']
    return {f'k{i}': ' '.join(random.choice(words) for _ in range(8)) for i in range(n)}

DOCS = {
    'config': (config(), 2000),
    'records': (records(2000), 10),
    'floats': (floats(100000), 5),
    'unicode': (text(2000), 20),
}

def bench(f, repeat):
    best = None
    for _ in range(3):
        t = time.perf_counter()
        for _ in range(repeat):
            f()
        dt = (time.perf_counter() - t) / repeat
        best = dt if best is None or dt < best else best
    return best

for name, (doc, repeat) in DOCS.items():
    text_ = json.dumps(doc)
    data = text_.encode()
    print(f'dumps {name}', bench(lambda: json.dumps(doc), repeat))
    print(f'loads {name}', bench(lambda: json.loads(text_), repeat))
    if name in ('config', 'records'):
        print(f'dumps {name} indent+sort', bench(lambda: json.dumps(doc, indent=2, sort_keys=True), repeat))
        print(f'loads {name} bytes', bench(lambda: json.loads(data), repeat))
    if name == 'unicode':
        print(f'dumps {name} ensure_ascii=False', bench(lambda: json.dumps(doc, ensure_ascii=False), repeat))
'''


def run(cmd):
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=1200)
    if out.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{out.stderr}")
    result = {}
    for line in out.stdout.splitlines():
        name, _, secs = line.rpartition(' ')
        result[name] = float(secs)
    return result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--sandpy', default=os.path.join(ROOT, 'target', 'release', 'sandpy'))
    ap.add_argument('--runs', type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'json_workload.py')
        with open(path, 'w') as f:
            f.write(WORKLOAD)
        best = {'python3': {}, 'sandpy': {}}
        for _ in range(args.runs):
            for who, cmd in (('python3', ['python3', path]), ('sandpy', [args.sandpy, 'run', path])):
                for case, t in run(cmd).items():
                    prev = best[who].get(case)
                    best[who][case] = t if prev is None else min(prev, t)
    print(f"{'case':40} {'CPython':>12} {'sandpy':>12} {'ratio':>8}")
    for case, ref in best['python3'].items():
        got = best['sandpy'].get(case, float('nan'))
        print(f'{case:40} {ref * 1e3:10.3f}ms {got * 1e3:10.3f}ms {got / ref:7.2f}x')
    print('ratio: sandpy time / CPython time (below 1: sandpy faster)')


if __name__ == '__main__':
    main()
