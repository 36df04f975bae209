"""Stand-in for sandpy's native `_collections` when sandpy's collections
runs on CPython (tests/tools/stdlib_on_cpython.py): CPython's own deque
and _count_elements (its builtin `_collections`), and `_caller_module`
from the frame stack."""
import importlib.machinery
import sys

_spec = importlib.machinery.BuiltinImporter.find_spec("_collections")
_real = importlib.machinery.BuiltinImporter.create_module(_spec)
importlib.machinery.BuiltinImporter.exec_module(_real)

deque = _real.deque
_deque_iterator = _real._deque_iterator
_count_elements = _real._count_elements


def _caller_module(depth=1):
    try:
        return sys._getframe(depth + 1).f_globals.get("__name__")
    except ValueError:
        return None


def _tuple_item(index, obj):
    return tuple.__getitem__(obj, index)


def _tuple_item_set(index, obj, value):
    raise AttributeError("can't set attribute")


def _tuple_item_delete(index, obj):
    raise AttributeError("can't delete attribute")
