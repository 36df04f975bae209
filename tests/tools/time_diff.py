#!/usr/bin/env python3
"""The long random run of time: tests/python/time__strftime_diff.py with
other seeds and many more timestamps and formats (strftime, asctime,
mktime and strptime round trips), under sandpy and python3, line by line.

    python3 tests/tools/time_diff.py [--sandpy target/debug/sandpy]
                                     [--runs 20] [--count 2000]

Prints each differing line pair and a summary of the counts.
"""
from _seeded_diff import main

if __name__ == '__main__':
    raise SystemExit(main('time__strftime_diff.py', 'timestamps and formats',
                          2000, 0x2545F4914F6CDD1D))
