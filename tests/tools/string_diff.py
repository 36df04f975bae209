#!/usr/bin/env python3
"""The long random run of string: tests/python/string__diff.py with other seeds
and more cases, under sandpy and python3, line by line.

    python3 tests/tools/string_diff.py [--sandpy target/debug/sandpy]
                                     [--runs 20] [--count 2000]

Prints each differing line pair and a summary of the counts.
"""
from _seeded_diff import main

if __name__ == '__main__':
    raise SystemExit(main('string__diff.py', 'format strings and templates', 2000, 0x2545F4914F6CDD1D))
