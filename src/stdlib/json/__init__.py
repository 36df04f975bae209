"""json: JSON (RFC 7159) encoding and decoding, as CPython's json module.

dumps/dump write Python values as JSON text; loads/load read it back.
JSONEncoder and JSONDecoder may be subclassed (default(), object hooks);
errors in documents are JSONDecodeError, a ValueError.

The scanner and the writer are native (`_json`, src/modules/json/); the
package is Python shipped inside the binary. Module-level state is
immutable: the default encoder and decoder are made once and never
changed.
"""

__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

import _json
from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def _encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan,
             indent, separators, default, sort_keys, kw):
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw)


def _plain(skipkeys, ensure_ascii, check_circular, allow_nan, cls,
           indent, separators, default, sort_keys, kw):
    return (not skipkeys and ensure_ascii and check_circular and allow_nan
            and cls is None and indent is None and separators is None
            and default is None and not sort_keys and not kw)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Write obj as JSON text to fp (an object with a write() method
    taking str). The parameters are those of dumps()."""
    if _plain(skipkeys, ensure_ascii, check_circular, allow_nan, cls,
              indent, separators, default, sort_keys, kw):
        chunks = _default_encoder.iterencode(obj)
    else:
        chunks = _encoder(cls, skipkeys, ensure_ascii, check_circular,
                          allow_nan, indent, separators, default, sort_keys,
                          kw).iterencode(obj)
    for chunk in chunks:
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """obj as JSON text.

    skipkeys: leave out dict keys that are not str, int, float, bool or
    None (else TypeError). ensure_ascii: escape every non-ASCII character.
    check_circular: raise ValueError on a container that contains itself
    (else RecursionError). allow_nan: write NaN, Infinity, -Infinity (else
    ValueError). indent: a str, or a number of spaces, per level (None:
    one line). separators: (item_separator, key_separator). default: a
    function for objects that cannot be written. sort_keys: dict keys in
    order. cls: a JSONEncoder subclass to use, with kw its extra
    arguments."""
    if _plain(skipkeys, ensure_ascii, check_circular, allow_nan, cls,
              indent, separators, default, sort_keys, kw):
        return _default_encoder.encode(obj)
    return _encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan,
                    indent, separators, default, sort_keys, kw).encode(obj)


def detect_encoding(b):
    """The encoding of a JSON document given as bytes: 'utf-8',
    'utf-8-sig', 'utf-16', 'utf-16-be', 'utf-16-le', 'utf-32',
    'utf-32-be' or 'utf-32-le', read from its BOM or from where its first
    characters (ASCII in JSON) have zero bytes."""
    if b.startswith((b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff')):
        return 'utf-32'
    if b.startswith((b'\xff\xfe', b'\xfe\xff')):
        return 'utf-16'
    if b.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """The value of the JSON document read from fp (an object with a
    read() method). The parameters are those of loads()."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """The value of the JSON document s (str, bytes or bytearray).

    object_hook: called with each decoded object (a dict), its result
    used instead. object_pairs_hook: called with each object's list of
    (key, value) pairs instead (it wins over object_hook). parse_float,
    parse_int: called with the text of each float, int. parse_constant:
    called with 'NaN', 'Infinity' or '-Infinity'. strict (in kw): when
    false, control characters are allowed inside strings. cls: a
    JSONDecoder subclass to use, with kw its extra arguments."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError(
                "Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or '
                            f'bytearray, not {s.__class__.__name__}')
        s = _json.decode_bytes(s)
    if (cls is None and object_hook is None and parse_int is None
            and parse_float is None and parse_constant is None
            and object_pairs_hook is None and not kw):
        # What _default_decoder.decode(s) does, without its frame.
        return _json.decode(s, _default_decoder, decoder._decode)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)
