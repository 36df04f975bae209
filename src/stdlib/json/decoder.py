"""json.decoder: JSONDecoder and JSONDecodeError.

The scanning is done by the native `_json` (src/modules/json/); this module
keeps CPython's classes, attributes and hooks around it. Module-level state
is immutable: the names defined here are never rebound.
"""

import _json

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """A ValueError raised for a document that is not valid JSON.

    msg: the unformatted message; doc: the document being parsed;
    pos: the index in doc where parsing failed; lineno, colno: the line
    and column of pos, counted from 1.
    """

    def __init__(self, msg, doc, pos):
        line_start = doc.rfind('\n', 0, pos) + 1
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - line_start + 1
        ValueError.__init__(
            self, f'{msg}: line {lineno} column {colno} (char {pos})')
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return type(self), (self.msg, self.doc, self.pos)


_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}
_constant = _CONSTANTS.__getitem__


def scanstring(s, end, strict=True):
    """The str whose text starts at index end of s (after its opening
    quote), and the index after its closing quote."""
    return _json.scanstring(s, end, strict, JSONDecodeError)


class JSONDecoder(object):
    """A JSON decoder: JSON objects become dicts, arrays lists, strings
    str, numbers int or float, true/false/null True/False/None, and
    NaN, Infinity and -Infinity the floats they name."""

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}
        self.scan_once = _make_scan_once(self)

    def decode(self, s, _w=None):
        """The Python value of the JSON document s (a str), which may
        have whitespace around it and nothing else."""
        # Scanned at once when scan_once is one of ours and raw_decode is
        # not overridden; else _decode, through them.
        return _json.decode(s, self, _decode)

    def raw_decode(self, s, idx=0):
        """The value of the JSON document that starts at index idx of s,
        and the index where it ends: text may follow it."""
        try:
            return self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None


def _decode(self, s):
    """JSONDecoder.decode through self.raw_decode (and so scan_once)."""
    start = _json.skip_ws(s, 0)
    obj, end = self.raw_decode(s, start)
    end = _json.skip_ws(s, end)
    if end != len(s):
        raise JSONDecodeError("Extra data", s, end)
    return obj


def _config(ctx):
    """The native scanner's configuration from the attributes of ctx (a
    JSONDecoder, or any object with them), read once when the scanner is
    made, as CPython's scanner reads them; None marks a default hook. The
    last item is the raw_decode whose work the native decode does."""
    parse_float = ctx.parse_float
    parse_int = ctx.parse_int
    parse_constant = ctx.parse_constant
    return (
        ctx.strict,
        ctx.object_hook,
        ctx.object_pairs_hook,
        None if parse_float is float else parse_float,
        None if parse_int is int else parse_int,
        None if parse_constant is _constant else parse_constant,
        JSONDecodeError,
        JSONDecoder.raw_decode,
    )


def _make_scan_once(ctx):
    config = _config(ctx)

    def scan_once(string, idx):
        return _json.scan_once(string, idx, config)
    scan_once.json_config = config
    return scan_once
