"""CPython stand-in for sandpy's native `_json` (src/modules/json/), so that
sandpy's json package (src/stdlib/json/) runs on CPython: each function of
sandpy's `_json` is made of CPython's own accelerator (its C `_json`, loaded
from its file under this name) and, for an indent, of CPython's Python
encoder (its json/encoder.py, loaded under another name)."""
import glob
import importlib.util
import os
import sysconfig

_stdlib = sysconfig.get_paths()['stdlib']
_so = glob.glob(os.path.join(sysconfig.get_paths()['platstdlib'], 'lib-dynload', '_json.*'))
_spec = importlib.util.spec_from_file_location('_json', _so[0])
_c = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_c)

encode_basestring = _c.encode_basestring
encode_basestring_ascii = _c.encode_basestring_ascii

_spec = importlib.util.spec_from_file_location(
    '_cpython_json_encoder', os.path.join(_stdlib, 'json', 'encoder.py'))
_pyenc = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_pyenc)

_CONSTANTS = {'-Infinity': float('-inf'), 'Infinity': float('inf'), 'NaN': float('nan')}


class _Context:
    def __init__(self, cfg):
        (self.strict, self.object_hook, self.object_pairs_hook, parse_float,
         parse_int, parse_constant, self.error) = cfg
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.memo = {}


def scan_once(s, idx, cfg):
    return _c.make_scanner(_Context(cfg))(s, idx)


def skip_ws(s, idx):
    while idx < len(s) and s[idx] in ' \t\n\r':
        idx += 1
    return idx


def decode(s, cfg):
    start = skip_ws(s, 0)
    try:
        obj, end = scan_once(s, start, cfg)
    except StopIteration as err:
        raise cfg[6]("Expecting value", s, err.value) from None
    end = skip_ws(s, end)
    if end != len(s):
        raise cfg[6]("Extra data", s, end)
    return obj


def scanstring(s, end, strict, error):
    return _c.scanstring(s, end, strict)


def encode(o, cfg):
    (skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys, indent,
     key_sep, item_sep, default) = cfg
    markers = {} if check_circular else None
    quote = encode_basestring_ascii if ensure_ascii else encode_basestring
    if indent is None:
        chunks = _c.make_encoder(markers, default, quote, None, key_sep, item_sep,
                                 sort_keys, skipkeys, allow_nan)(o, 0)
    else:
        def floatstr(o, _repr=float.__repr__, _inf=float('inf')):
            if o != o:
                text = 'NaN'
            elif o == _inf:
                text = 'Infinity'
            elif o == -_inf:
                text = '-Infinity'
            else:
                return _repr(o)
            if not allow_nan:
                raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
            return text
        chunks = _pyenc._make_iterencode(markers, default, quote, indent, floatstr,
                                         key_sep, item_sep, sort_keys, skipkeys, False)(o, 0)
    return ''.join(chunks)


def decode_bytes(b):
    import json
    return bytes(b).decode(json.detect_encoding(b), 'surrogatepass')
