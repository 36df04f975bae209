"""Stand-in for sandpy's native `_re` on CPython (tests/tools/
stdlib_on_cpython.py): the same functions over CPython's own engine, loaded
under another name since sandpy's re.py takes the name `re`."""
import importlib.util
import os
import sys
import sysconfig

_dir = os.path.join(sysconfig.get_paths()["stdlib"], "re")
_spec = importlib.util.spec_from_file_location(
    "_cpython_re", os.path.join(_dir, "__init__.py"), submodule_search_locations=[_dir])
_cre = importlib.util.module_from_spec(_spec)
sys.modules["_cpython_re"] = _cre
_spec.loader.exec_module(_cre)

import _sre  # noqa: E402

MAXREPEAT = _sre.MAXREPEAT
MAXGROUPS = _sre.MAXGROUPS
_cache = {}


def cache():
    return _cache


def compile(pattern, flags):
    try:
        p = _cre.compile(pattern, flags)
    except _cre.error as e:
        return (None, e.msg, e.pos)
    return (p, p.flags, p.groups, sorted(p.groupindex.items(), key=lambda kv: kv[1]))


def _tuple(m):
    return (m.lastindex or 0,) + tuple(x for span in m.regs for x in span)


def _matches(prog, string, pos, endpos, advance, count):
    sc = prog.scanner(string, pos, endpos)
    out = []
    while count <= 0 or len(out) < count:
        m = sc.search()
        if m is None:
            break
        if advance and not out and m.start() == m.end() == pos:
            continue
        out.append(m)
    return out


def run(prog, string, pos, endpos, mode, advance):
    if mode == 2 and advance:
        found = _matches(prog, string, pos, endpos, True, 1)
        m = found[0] if found else None
    else:
        m = (prog.match, prog.fullmatch, prog.search)[mode](string, pos, endpos)
    return None if m is None else _tuple(m)


def scan(prog, string, pos, endpos, advance, count):
    return [_tuple(m) for m in _matches(prog, string, pos, endpos, advance, count)]


def findall(prog, string, pos, endpos):
    return prog.findall(string, pos, endpos)


def split(prog, string, maxsplit):
    return prog.split(string, maxsplit)


def sub(prog, string, pieces, count):
    found = _matches(prog, string, 0, len(string), False, count)
    if not found:
        return (None, 0)
    empty = string[:0] if isinstance(string, (str, bytes)) else b""
    out = []
    last = 0
    for m in found:
        out.append(string[last:m.start()])
        for p in pieces:
            out.append(p if not isinstance(p, int) else (m.group(p) or empty))
        last = m.end()
    out.append(string[last:])
    return (empty.join(bytes(x) if not isinstance(x, (str, bytes)) else x for x in out),
            len(found))
