"""json.encoder: JSONEncoder and the quoting of strings.

The writing of text is done by the native `_json` (src/modules/json/);
this module keeps CPython's class, attributes and hooks around it.
Module-level state is immutable: the names defined here are never
rebound.
"""

import _json

__all__ = ['JSONEncoder', 'encode_basestring', 'encode_basestring_ascii']

INFINITY = float('inf')

encode_basestring = _json.encode_basestring
encode_basestring_ascii = _json.encode_basestring_ascii


class JSONEncoder(object):
    """A JSON encoder: dict becomes an object, list and tuple an array,
    str a string, int and float a number, True/False/None true/false/null
    (and NaN, Infinity, -Infinity the names of those floats). Anything
    else goes to default(), which a subclass may override to return one
    of those (or raise TypeError)."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Called with an object the encoder cannot write; returns what
        to write in its place, or raises TypeError (as this one does)."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """The JSON text of o."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o as an iterable of strings (sandpy writes it
        as one)."""
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        text = _json.encode(o, (
            self.skipkeys, self.ensure_ascii, self.check_circular,
            self.allow_nan, self.sort_keys, indent, self.key_separator,
            self.item_separator, self.default))
        if _one_shot:
            return [text]
        return iter((text,))
