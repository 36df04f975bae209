#!/usr/bin/env python3
"""The long random run of array: tests/python/array__diff.py with other seeds
and more cases, under sandpy and python3, line by line.

    python3 tests/tools/array_diff.py [--sandpy target/debug/sandpy]
                                     [--runs 20] [--count 400]

Prints each differing line pair and a summary of the counts.
"""
from _seeded_diff import main

if __name__ == '__main__':
    raise SystemExit(main('array__diff.py', 'operation lines', 400, 0x2545F4914F6CDD1D))
