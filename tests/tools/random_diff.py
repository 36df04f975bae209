#!/usr/bin/env python3
"""The long random run of random: tests/python/random__diff.py with other
seeds and many more generator seeds, under sandpy and python3, line by
line (every function's outputs under each seed).

    python3 tests/tools/random_diff.py [--sandpy target/debug/sandpy]
                                       [--runs 20] [--count 500]

Prints each differing line pair and a summary of the counts.
"""
from _seeded_diff import main

if __name__ == '__main__':
    raise SystemExit(main('random__diff.py', 'seeds',
                          500, 0x2545F4914F6CDD1D))
