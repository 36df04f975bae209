"""Shared by the escape-route programs: try one route, print what it gave.

A closed route prints the error that closed it; the expectation block at
the end of each program holds exactly those lines, so a route that opens
changes the output and fails the test.
"""


def attempt(label, route):
    """Run `route()` and print its result, or the exception it raised."""
    try:
        got = route()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {got!r}")
