#!/usr/bin/env python3
"""The long random run of json: tests/python/json__diff.py with other
seeds and more documents, under sandpy and python3, line by line.

    python3 tests/tools/json_diff.py [--sandpy target/debug/sandpy]
                                     [--runs 20] [--count 1000]

Prints each differing line pair and a summary of the counts.
"""
from _seeded_diff import main

if __name__ == '__main__':
    raise SystemExit(main('json__diff.py', 'documents, round trips, mutations',
                          1000, 0x9E3779B97F4A7C15))
