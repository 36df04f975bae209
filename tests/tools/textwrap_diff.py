#!/usr/bin/env python3
"""The long random run of textwrap: tests/python/textwrap__diff.py with other seeds
and more cases, under sandpy and python3, line by line.

    python3 tests/tools/textwrap_diff.py [--sandpy target/debug/sandpy]
                                     [--runs 20] [--count 1000]

Prints each differing line pair and a summary of the counts.
"""
from _seeded_diff import main

if __name__ == '__main__':
    raise SystemExit(main('textwrap__diff.py', 'texts wrapped', 1000, 0x2545F4914F6CDD1D))
