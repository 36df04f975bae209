"""json.scanner: make_scanner, the scanner of a JSONDecoder.

The scanning is native (`_json`). Module-level state is immutable.
"""

from json.decoder import _make_scan_once

__all__ = ['make_scanner']


def make_scanner(context):
    """A function (string, idx) -> (value, end) scanning with the settings
    of context (an object with JSONDecoder's attributes strict,
    object_hook, object_pairs_hook, parse_float, parse_int and
    parse_constant): StopIteration(idx) where no value starts at idx."""
    return _make_scan_once(context)
