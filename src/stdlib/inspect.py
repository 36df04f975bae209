"""Inspect live objects: signatures of callables, the kinds of objects,
members, documentation and source. Written for sandpy from the
documentation of Python 3.11's `inspect` module.

sandpy hands out no frame or code objects (docs/security.md): what
`signature` and `getsource` need of a function comes from `_inspect`
(the `co_` facts of its code, the text of a file the sandbox ran), and
`currentframe()` returns None, as the documentation allows for an
implementation without stack frames.

The module keeps no mutable state: it is built once and shared frozen.
"""

import collections as _collections
import functools as _functools
import keyword as _keyword
import _inspect
from _types import GenericAlias as _GenericAlias

__all__ = [
    'BoundArguments', 'CO_ASYNC_GENERATOR', 'CO_COROUTINE', 'CO_GENERATOR',
    'CO_ITERABLE_COROUTINE', 'CO_NESTED', 'CO_NEWLOCALS', 'CO_NOFREE', 'CO_OPTIMIZED',
    'CO_VARARGS', 'CO_VARKEYWORDS', 'FullArgSpec', 'Parameter', 'Signature',
    'cleandoc', 'currentframe', 'formatannotation', 'get_annotations', 'getattr_static',
    'getdoc', 'getfile', 'getfullargspec', 'getmembers', 'getmembers_static', 'getmodule',
    'getmodulename', 'getmro', 'getsource', 'getsourcefile', 'getsourcelines', 'indentsize',
    'isabstract', 'isasyncgen', 'isasyncgenfunction', 'isawaitable', 'isbuiltin', 'isclass',
    'iscode', 'iscoroutine', 'iscoroutinefunction', 'isdatadescriptor', 'isframe',
    'isfunction', 'isgenerator', 'isgeneratorfunction', 'isgetsetdescriptor',
    'ismemberdescriptor', 'ismethod', 'ismethoddescriptor', 'ismethodwrapper', 'ismodule',
    'isroutine', 'istraceback', 'signature', 'unwrap',
]

CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512
TPFLAGS_IS_ABSTRACT = 1 << 20


# ---------------------------------------------------------------- the types

def _gen():
    yield


async def _coro():
    pass


async def _agen():
    yield


class _Probe:
    def method(self):
        pass

    @property
    def prop(self):
        pass


_FunctionType = type(_gen)
_GeneratorType = type(_gen())
_c = _coro()
_CoroutineType = type(_c)
_c.close()
_AsyncGeneratorType = type(_agen())
_MethodType = type(_Probe().method)
_ModuleType = type(_functools)
_BuiltinFunctionType = type(len)
_CodeType = type(compile('0', '<probe>', 'eval'))
_NATIVE_CALLABLES = (type(len), type([].append), type(object.__init__),
                     type(object().__init__), type(str.join), type(dict.fromkeys),
                     type(int.__add__), type((1).__add__))
del _c, _Probe


def _frame_types():
    """The traceback type (sandpy has no frame type)."""
    try:
        raise Exception
    except Exception as e:
        return type(e.__traceback__)


_TracebackType = _frame_types()


def ismodule(object):
    """Return true if the object is a module."""
    return isinstance(object, _ModuleType)


def isclass(object):
    """Return true if the object is a class."""
    return isinstance(object, type)


def _native_bound(object):
    """Whether `object` is a builtin's method bound to its object
    (`[].append`: sandpy makes it a `method` over a native)."""
    return (isinstance(object, _MethodType)
            and isinstance(getattr(object, '__func__', None), _BuiltinFunctionType))


def ismethod(object):
    """Return true if the object is an instance method (a bound method)."""
    return isinstance(object, _MethodType) and not _native_bound(object)


def isfunction(object):
    """Return true if the object is a Python function (a lambda included)."""
    return isinstance(object, _FunctionType)


def _has_code_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    f = _unwrap_partials(f)
    if not isfunction(f):
        return False
    info = _inspect.code_info(f)
    return bool(info and info[4] & flag)


def _unwrap_partials(f):
    while isinstance(f, _functools.partial):
        f = f.func
    return f


def isgeneratorfunction(obj):
    """Return true if the object is a Python generator function."""
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    """Return true if the object is a coroutine function (`async def`)."""
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    """Return true if the object is an asynchronous generator function."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    """Return true if the object is an asynchronous generator."""
    return isinstance(object, _AsyncGeneratorType)


def isgenerator(object):
    """Return true if the object is a generator."""
    return isinstance(object, _GeneratorType)


def iscoroutine(object):
    """Return true if the object is a coroutine."""
    return isinstance(object, _CoroutineType)


def isawaitable(object):
    """Return true if the object can be used in an `await` expression."""
    if isinstance(object, _CoroutineType):
        return True
    import collections.abc
    return isinstance(object, collections.abc.Awaitable)


def istraceback(object):
    """Return true if the object is a traceback."""
    return isinstance(object, _TracebackType)


def isframe(object):
    """Return true if the object is a frame (sandpy has none: always False)."""
    return False


def iscode(object):
    """Return true if the object is a code object."""
    return isinstance(object, _CodeType)


def isbuiltin(object):
    """Return true if the object is a built-in function or method."""
    return isinstance(object, _BuiltinFunctionType) or _native_bound(object)


def ismethodwrapper(object):
    """Return true if the object is a method wrapper: sandpy binds the
    slots of builtin types as builtin methods (`(1).__add__` is one), so
    always False."""
    return False


def _has_slot(tp, name):
    """Whether the type `tp` defines the descriptor method `name`
    (property, classmethod and staticmethod answer for theirs)."""
    if hasattr(tp, name):
        return True
    if issubclass(tp, property):
        return name in ('__get__', '__set__', '__delete__')
    if issubclass(tp, (classmethod, staticmethod)):
        return name == '__get__'
    return False


def isroutine(object):
    """Return true if the object is any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))


def isabstract(object):
    """Return true if the object is an abstract base class that cannot be
    instantiated (it has abstract methods)."""
    if not isinstance(object, type):
        return False
    return bool(getattr(object, '__abstractmethods__', ()))


def ismethoddescriptor(object):
    """Return true if the object is a method descriptor: it has `__get__`
    but not `__set__`, and is not a class, method or function."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return _has_slot(tp, "__get__") and not _has_slot(tp, "__set__")


def isdatadescriptor(object):
    """Return true if the object is a data descriptor (`__set__` or
    `__delete__` on its type), such as a property."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return _has_slot(tp, "__set__") or _has_slot(tp, "__delete__")


def isgetsetdescriptor(object):
    """Return true if the object is a getset descriptor (a C-level
    attribute of a builtin type)."""
    return type(object).__name__ == 'getset_descriptor'


def ismemberdescriptor(object):
    """Return true if the object is a member descriptor (`__slots__`)."""
    return type(object).__name__ == 'member_descriptor'


# ---------------------------------------------------------------- members

def getmro(cls):
    """Return the tuple of the class and its bases in method resolution order."""
    return cls.__mro__


def _getmembers(object, predicate, getter):
    mro = (object,) + getmro(object) if isclass(object) else ()
    results = []
    seen = set()
    for key in dir(object):
        try:
            if key in seen:
                raise AttributeError(key)
            value = getter(object, key)
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
        seen.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


def getmembers(object, predicate=None):
    """Return all members of an object as (name, value) pairs sorted by
    name, keeping those for which `predicate(value)` is true if given."""
    return _getmembers(object, predicate, getattr)


def getmembers_static(object, predicate=None):
    """As getmembers, without triggering descriptors or __getattr__."""
    return _getmembers(object, predicate, getattr_static)


_sentinel = object()


def _static_mro(klass):
    try:
        return type.__dict__['__mro__'].__get__(klass)
    except (KeyError, AttributeError, TypeError):
        return type.__getattribute__(klass, '__mro__')


def _instance_dict(obj):
    try:
        d = object.__getattribute__(obj, "__dict__")
    except AttributeError:
        return {}
    return d if isinstance(d, dict) else {}


def _class_lookup(klass, attr):
    for entry in _static_mro(klass):
        d = _shadowed_dict(type(entry))
        if d is _sentinel:
            try:
                ns = entry.__dict__
            except AttributeError:
                continue
            if attr in ns:
                return ns[attr]
    return _sentinel


def _shadowed_dict(klass):
    for entry in _static_mro(klass):
        try:
            d = type.__dict__["__dict__"].__get__(entry)["__dict__"]
        except (KeyError, AttributeError, TypeError):
            continue
        if not (type(d).__name__ == 'getset_descriptor' and d.__name__ == "__dict__"
                and d.__objclass__ is entry):
            return d
    return _sentinel


def getattr_static(obj, attr, default=_sentinel):
    """Retrieve an attribute without triggering the descriptor protocol,
    `__getattr__` or `__getattribute__`: what is stored, not what a lookup
    would compute."""
    found = _sentinel
    if not isinstance(obj, type):
        klass = type(obj)
        d = _shadowed_dict(klass)
        if d is _sentinel or type(d).__name__ == 'member_descriptor':
            found = _instance_dict(obj).get(attr, _sentinel)
    else:
        klass = obj
    klass_result = _class_lookup(klass, attr)
    if found is not _sentinel and klass_result is not _sentinel:
        kind = type(klass_result)
        if _has_slot(kind, '__get__') and (_has_slot(kind, '__set__')
                                           or _has_slot(kind, '__delete__')):
            return klass_result
    if found is not _sentinel:
        return found
    if klass_result is not _sentinel:
        return klass_result
    if obj is klass:
        for entry in _static_mro(type(klass)):
            if _shadowed_dict(type(entry)) is _sentinel:
                try:
                    return entry.__dict__[attr]
                except KeyError:
                    pass
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


# ---------------------------------------------------------------- documentation

def indentsize(line):
    """Return the indent size, in spaces, at the start of a line of text."""
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


def cleandoc(doc):
    """Clean up indentation from docstrings: tabs are expanded, the first
    line's leading blanks removed, the common indent of the other lines
    removed, and blank lines at the start and end dropped."""
    lines = doc.expandtabs().split('\n')
    indent = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            ind = len(line) - content
            indent = ind if indent is None else min(indent, ind)
    lines[0] = lines[0].lstrip()
    if indent is not None:
        lines[1:] = [line[indent:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _inherited_doc(obj):
    """The docstring a class, method or property inherits (None if none)."""
    if isclass(obj):
        for base in obj.__mro__[1:]:
            if base is object:
                continue
            doc = base.__dict__.get('__doc__')
            if isinstance(doc, str):
                return doc
        return None
    name = getattr(obj, '__name__', None)
    if ismethod(obj):
        cls = obj.__self__ if isclass(obj.__self__) else type(obj.__self__)
        name = obj.__func__.__name__
    elif isfunction(obj) or isinstance(obj, (property, classmethod, staticmethod)):
        f = obj.fget if isinstance(obj, property) else getattr(obj, '__func__', obj)
        name = getattr(f, '__name__', None)
        qual = getattr(f, '__qualname__', '')
        owner = qual.rpartition('.')[0]
        cls = _class_by_qualname(f, owner)
    else:
        return None
    if cls is None or name is None:
        return None
    for base in cls.__mro__:
        if base is cls:
            continue
        member = base.__dict__.get(name)
        if member is not None:
            doc = getattr(member, '__doc__', None)
            if doc is not None:
                return doc
    return None


def _class_by_qualname(f, owner):
    if not owner or '<locals>' in owner:
        return None
    module = getattr(f, '__globals__', {})
    obj = None
    for part in owner.split('.'):
        obj = module.get(part) if obj is None else getattr(obj, part, None)
        if obj is None:
            return None
    return obj if isclass(obj) else None


def getdoc(object):
    """The documentation string of an object, cleaned with cleandoc; for a
    class, method or property without one, the one it inherits."""
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


# ---------------------------------------------------------------- files and source

def _sys_modules():
    try:
        import sys
    except (ImportError, PermissionError):
        return {}
    return sys.modules


def getfile(object):
    """The name of the file in which an object was defined."""
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        if hasattr(object, '__module__'):
            module = _sys_modules().get(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object) or iscode(object):
        name = _inspect.code_info(object)[5]
        module_file = getattr(object, '__globals__', {}).get('__file__')
        if (isinstance(module_file, str) and not name.startswith(('/', '<'))
                and module_file.endswith('/' + name)):
            return module_file
        return name
    if istraceback(object):
        raise TypeError('module, class, method, function, traceback, frame, or '
                        'code object was expected, got traceback (sandpy\'s have no frame)')
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def getmodulename(path):
    """The module name for a file path (None if it names no module)."""
    fname = path.replace('\\', '/').rpartition('/')[2]
    for suffix in ('.py', '.pyc'):
        if fname.endswith(suffix) and len(fname) > len(suffix):
            return fname[:-len(suffix)]
    return None


def getsourcefile(object):
    """The name of the Python source file of an object, or None."""
    filename = getfile(object)
    if not filename.endswith('.py'):
        return None
    if _inspect.source_text(filename) is not None:
        return filename
    return None


def getmodule(object, _filename=None):
    """The module an object was defined in, or None."""
    if ismodule(object):
        return object
    modules = _sys_modules()
    if hasattr(object, '__module__'):
        return modules.get(object.__module__)
    try:
        file = getfile(object) if _filename is None else _filename
    except TypeError:
        return None
    for module in list(modules.values()):
        if getattr(module, '__file__', None) == file:
            return module
    main = modules.get('__main__')
    if main is not None and hasattr(object, '__name__'):
        if getattr(main, object.__name__, None) is object:
            return main
    return None


def _source_lines(object):
    """The lines of the file `object` came from, or OSError."""
    try:
        file = getfile(object)
    except TypeError:
        raise
    text = _inspect.source_text(file)
    if text is None:
        raise OSError('could not get source code')
    return text.splitlines(keepends=True)


def _block_end(lines, start):
    """The index after the last line of the block (a def, a class, a
    decorated one or a lambda) that starts at `lines[start]`."""
    scanner = _LineScanner()
    i = start
    while i < len(lines) and not scanner.header_done(lines[i]):
        i += 1
    if i >= len(lines):
        return len(lines)
    if scanner.body_on_header:
        return i + 1
    i += 1
    base = indentsize(lines[start])
    last = i
    while i < len(lines):
        line = lines[i]
        if scanner.inside:
            scanner.feed(line)
            i += 1
            last = i
            continue
        stripped = line.strip()
        if not stripped or stripped.startswith('#'):
            i += 1
            continue
        if indentsize(line) <= base:
            break
        scanner.feed(line)
        i += 1
        last = i
    return last


class _LineScanner:
    """Follows brackets and strings across lines, to find where a header
    (`def f(...):`) ends and whether a line ends inside an open bracket or
    a triple-quoted string."""

    def __init__(self):
        self.depth = 0
        self.quote = None
        self.body_on_header = False
        self.seen_def = False

    @property
    def inside(self):
        return self.depth > 0 or self.quote is not None

    def feed(self, line):
        """Scan `line`; return the position just after the last top-level
        colon of the line (-1 if none)."""
        colon = -1
        i = 0
        n = len(line)
        while i < n:
            c = line[i]
            if self.quote is not None:
                if c == '\\':
                    i += 2
                    continue
                if line.startswith(self.quote, i):
                    i += len(self.quote)
                    self.quote = None
                    continue
                i += 1
                continue
            if c == '#':
                break
            if c in '\'"':
                self.quote = line[i:i + 3] if line[i:i + 3] in ('"""', "'''") else c
                i += len(self.quote)
                continue
            if c in '([{':
                self.depth += 1
            elif c in ')]}':
                self.depth -= 1
            elif c == ':' and self.depth == 0:
                colon = i + 1
            i += 1
        if self.quote is not None and len(self.quote) == 1:
            self.quote = None
        return colon

    def header_done(self, line):
        stripped = line.strip()
        if not self.seen_def:
            if stripped.startswith('@') and self.depth == 0 and self.quote is None:
                self.feed(line)
                return False
            self.seen_def = True
            if 'lambda' in line and not stripped.startswith(('def ', 'async ', 'class ')):
                self.feed(line)
                if not self.inside:
                    self.body_on_header = True
                    return True
                return False
        colon = self.feed(line)
        if self.inside or colon < 0:
            return False
        rest = line[colon:].split('#', 1)[0].strip()
        self.body_on_header = bool(rest)
        return True


def _class_start(lines, qualname):
    """The index of the line that defines the class `qualname`."""
    parts = qualname.split('.')
    if '<locals>' in parts:
        raise OSError('could not find class definition')
    start, stop, indent = 0, len(lines), -1
    for part in parts:
        found = None
        for i in range(start, stop):
            line = lines[i]
            stripped = line.lstrip()
            if not stripped.startswith('class '):
                continue
            rest = stripped[6:].lstrip()
            if not (rest.startswith(part) and not (rest[len(part):len(part) + 1].isalnum()
                                                   or rest[len(part):len(part) + 1] == '_')):
                continue
            if indentsize(line) <= indent:
                continue
            found = i
            break
        if found is None:
            raise OSError('could not find class definition')
        while found > 0 and lines[found - 1].lstrip().startswith('@'):
            found -= 1
        start, stop, indent = found, _block_end(lines, found), indentsize(lines[found])
    return start


def getsourcelines(object):
    """The source lines of an object and the number of its first line (0
    for a module): for a module, class, method or function whose source
    file this sandbox ran. OSError when the source cannot be found."""
    object = unwrap(object)
    lines = _source_lines(object)
    if ismodule(object):
        return lines, 0
    if isclass(object):
        start = _class_start(lines, object.__qualname__)
        return lines[start:_block_end(lines, start)], start + 1
    if ismethod(object):
        object = object.__func__
    if isfunction(object) or iscode(object):
        first = _inspect.code_info(object)[6]
        if first < 1 or first > len(lines):
            raise OSError('could not get source code')
        start = first - 1
        while start > 0 and lines[start - 1].lstrip().startswith('@') and \
                not lines[start].lstrip().startswith('@'):
            start -= 1
        if _inspect_module_code(object):
            return lines, 0
        return lines[start:_block_end(lines, start)], start + 1
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def _inspect_module_code(object):
    return iscode(object) and object.co_name == '<module>'


def getsource(object):
    """The text of the source code of an object (see getsourcelines)."""
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


def currentframe():
    """The caller's frame: sandpy has no frame objects, so None (as the
    documentation allows for an implementation without stack frames)."""
    return None


def unwrap(func, *, stop=None):
    """Follow the chain of `__wrapped__` attributes from `func` and return
    the last object (or the first one for which `stop` returns true)."""
    f = func
    seen = {id(f)}
    limit = 1000
    while hasattr(f, '__wrapped__') and not (stop is not None and stop(f)):
        f = f.__wrapped__
        if id(f) in seen or len(seen) >= limit:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        seen.add(id(f))
    return f


def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """The annotations dict of a module, class or callable (a new dict);
    with eval_str, string annotations are evaluated."""
    if isinstance(obj, type):
        ann = obj.__dict__.get('__annotations__', None)
        module = _sys_modules().get(getattr(obj, '__module__', None), None)
        obj_globals = getattr(module, '__dict__', None)
        obj_locals = dict(vars(obj))
        unwrapped = obj
    elif isinstance(obj, _ModuleType):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__dict__')
        obj_locals = None
        unwrapped = obj
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__globals__', None)
        obj_locals = None
        unwrapped = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)
    if unwrapped is not None and not isinstance(unwrapped, (type, _ModuleType)):
        while True:
            if hasattr(unwrapped, '__wrapped__'):
                unwrapped = unwrapped.__wrapped__
                continue
            if isinstance(unwrapped, _functools.partial):
                unwrapped = unwrapped.func
                continue
            break
        if hasattr(unwrapped, "__globals__"):
            obj_globals = unwrapped.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    return {key: value if not isinstance(value, str) else eval(value, globals, locals)
            for key, value in ann.items()}



# ---------------------------------------------------------------- signatures

class _void:
    """A private marker: "no value given"."""


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind(int):
    """The kind of a parameter: how arguments bind to it."""

    def __new__(cls, value, name=None):
        if name is None:
            for kind in _KINDS:
                if kind == value and type(value) in (int, bool, _ParameterKind):
                    return kind
            raise ValueError(f"{value!r} is not a valid _ParameterKind")
        self = int.__new__(cls, value)
        self._name_ = name
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)

    @property
    def description(self):
        return _DESCRIPTIONS[int(self)]

    def __repr__(self):
        return f'<_ParameterKind.{self._name_}: {int(self)}>'

    def __str__(self):
        return self._name_

    def __format__(self, spec):
        return format(self._name_, spec)

    def __reduce__(self):
        return _ParameterKind, (int(self),)


_KINDS = tuple(_ParameterKind(i, n) for i, n in enumerate(
    ('POSITIONAL_ONLY', 'POSITIONAL_OR_KEYWORD', 'VAR_POSITIONAL', 'KEYWORD_ONLY',
     'VAR_KEYWORD')))
_DESCRIPTIONS = ('positional-only', 'positional or keyword', 'variadic positional',
                 'keyword-only', 'variadic keyword')
_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL, _KEYWORD_ONLY, _VAR_KEYWORD = _KINDS
for _k in _KINDS:
    setattr(_ParameterKind, _k.name, _k)
del _k


def formatannotation(annotation, base_module=None):
    """How an annotation is shown in a signature."""
    if getattr(annotation, '__module__', None) == 'typing':
        return _strip_typing(repr(annotation))
    if isinstance(annotation, _GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def _strip_typing(text):
    """`text` with `typing.` removed where it starts a dotted name."""
    out = []
    i = 0
    n = len(text)
    while i < n:
        if text.startswith('typing.', i) and (i == 0 or not (text[i - 1].isalnum()
                                                             or text[i - 1] in '_.')):
            i += len('typing.')
            continue
        out.append(text[i])
        i += 1
    return ''.join(out)


class Parameter:
    """One parameter of a Signature: its name, kind, default and annotation
    (`Parameter.empty` when it has none). Immutable; `replace` makes a copy."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            kind = _ParameterKind(kind)
        except (ValueError, TypeError):
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f'{kind.description} parameters cannot have default values')
        if not isinstance(name, str):
            raise TypeError(f'name must be a str, not a {type(name).__name__}')
        if name[:1] == '.' and name[1:].isdigit():
            if kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError(f'implicit arguments must be passed as positional or '
                                 f'keyword arguments, not {kind.description}')
            kind = _POSITIONAL_ONLY
            name = 'implicit' + name[1:]
        if not name.isidentifier() or _keyword.iskeyword(name):
            raise ValueError(f'{name!r} is not a valid parameter name')
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """A copy with the given fields changed."""
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text += ': ' + formatannotation(self._annotation)
        if self._default is not _empty:
            sep = ' = ' if self._annotation is not _empty else '='
            text += sep + repr(self._default)
        if self._kind == _VAR_POSITIONAL:
            text = '*' + text
        elif self._kind == _VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return f'<{type(self).__name__} "{self}">'

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default
                and self._annotation == other._annotation)

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {'_default': self._default, '_annotation': self._annotation})

    def __setstate__(self, state):
        self._default = state['_default']
        self._annotation = state['_annotation']


class BoundArguments:
    """The result of Signature.bind: which argument went to which
    parameter (`arguments`, a dict), and `args`/`kwargs` to call with."""

    __slots__ = ('arguments', '_signature')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for param in self._signature.parameters.values():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or param.name not in self.arguments:
                break
            value = self.arguments[param.name]
            if param.kind == _VAR_POSITIONAL:
                args.extend(value)
            else:
                args.append(value)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for param in self._signature.parameters.values():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif param.name not in self.arguments:
                    started = True
                    continue
            if not started or param.name not in self.arguments:
                continue
            value = self.arguments[param.name]
            if param.kind == _VAR_KEYWORD:
                kwargs.update(value)
            else:
                kwargs[param.name] = value
        return kwargs

    def apply_defaults(self):
        """Set the default of each parameter that got no argument (`()` for
        *args, `{}` for **kwargs)."""
        filled = {}
        for name, param in self._signature.parameters.items():
            if name in self.arguments:
                filled[name] = self.arguments[name]
            elif param.default is not _empty:
                filled[name] = param.default
            elif param.kind == _VAR_POSITIONAL:
                filled[name] = ()
            elif param.kind == _VAR_KEYWORD:
                filled[name] = {}
        self.arguments = filled

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    def __repr__(self):
        args = ', '.join(f'{name}={value!r}' for name, value in self.arguments.items())
        return f'<{type(self).__name__} ({args})>'


class Signature:
    """The signature of a callable: its parameters (an ordered mapping of
    name to Parameter) and return annotation. Immutable; `replace` copies."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        params = _collections.OrderedDict()
        if parameters is not None:
            if __validate_parameters__:
                top = _POSITIONAL_ONLY
                seen_default = False
                for param in parameters:
                    kind = param.kind
                    name = param.name
                    if kind < top:
                        raise ValueError(f'wrong parameter order: {top.description} '
                                         f'parameter before {kind.description} parameter')
                    if kind > top:
                        top = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError('non-default argument follows default '
                                                 'argument')
                        else:
                            seen_default = True
                    if name in params:
                        raise ValueError(f'duplicate parameter name: {name!r}')
                    params[name] = param
            else:
                for param in parameters:
                    params[param.name] = param
        self._parameters = _ReadOnlyParameters(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None,
                      eval_str=False):
        """The signature of the callable `obj`."""
        return _signature_of(obj, cls, follow_wrapped, True, globals, locals, eval_str)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        """A copy with the given fields changed."""
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _key(self):
        keyword = frozenset(p for p in self.parameters.values() if p.kind == _KEYWORD_ONLY)
        ordered = tuple(p for p in self.parameters.values() if p.kind != _KEYWORD_ONLY)
        return ordered, keyword, self.return_annotation

    def __hash__(self):
        return hash(self._key())

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._key() == other._key()

    def _bind(self, args, kwargs, *, partial=False):
        """Map `args` and `kwargs` to the parameters, as a call would."""
        arguments = {}
        kwargs = dict(kwargs)
        pending = list(args)
        var_keyword = None
        for param in self.parameters.values():
            kind = param.kind
            name = param.name
            if kind == _VAR_POSITIONAL:
                if pending:
                    arguments[name] = tuple(pending)
                    pending = []
                continue
            if pending:
                if kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                    raise TypeError('too many positional arguments') from None
                if kind == _POSITIONAL_OR_KEYWORD and name in kwargs:
                    raise TypeError(f'multiple values for argument {name!r}') from None
                arguments[name] = pending.pop(0)
                continue
            if kind == _VAR_KEYWORD:
                var_keyword = param
                continue
            if name in kwargs:
                if kind == _POSITIONAL_ONLY:
                    raise TypeError(f'{name!r} parameter is positional only, '
                                    'but was passed as a keyword')
                arguments[name] = kwargs.pop(name)
            elif not partial and param.default is _empty:
                raise TypeError(f'missing a required argument: {name!r}') from None
        if pending:
            raise TypeError('too many positional arguments') from None
        if kwargs:
            if var_keyword is None:
                raise TypeError(
                    f'got an unexpected keyword argument {next(iter(kwargs))!r}')
            arguments[var_keyword.name] = kwargs
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Bind the arguments to the parameters, as a call would
        (TypeError if they do not fit): a BoundArguments."""
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """As bind, but required arguments may be missing."""
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),),
                {'_return_annotation': self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __repr__(self):
        return f'<{type(self).__name__} {self}>'

    def __str__(self):
        parts = []
        slash_due = False
        star_due = True
        for param in self.parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                slash_due = True
            elif slash_due:
                parts.append('/')
                slash_due = False
            if kind == _VAR_POSITIONAL:
                star_due = False
            elif kind == _KEYWORD_ONLY and star_due:
                parts.append('*')
                star_due = False
            parts.append(str(param))
        if slash_due:
            parts.append('/')
        text = '(' + ', '.join(parts) + ')'
        if self.return_annotation is not _empty:
            text += ' -> ' + formatannotation(self.return_annotation)
        return text


class _ReadOnlyParameters:
    """The read-only ordered mapping of a Signature's parameters (shown as
    CPython's `mappingproxy(OrderedDict([...]))`)."""

    __slots__ = ('_items',)

    def __init__(self, items):
        object.__setattr__(self, '_items', items)

    def __getitem__(self, key):
        return self._items[key]

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def __contains__(self, key):
        return key in self._items

    def __eq__(self, other):
        if isinstance(other, _ReadOnlyParameters):
            other = other._items
        return self._items == other

    def __hash__(self):
        raise TypeError("unhashable type: 'mappingproxy'")

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object has no attribute %r" % name)

    def keys(self):
        return self._items.keys()

    def values(self):
        return self._items.values()

    def items(self):
        return self._items.items()

    def get(self, key, default=None):
        return self._items.get(key, default)

    def copy(self):
        return self._items.copy()

    def __reversed__(self):
        return reversed(self._items)

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._items,)

    def __str__(self):
        return str(self._items)


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """The Signature of the callable `obj`: TypeError if it is not
    callable, ValueError if no signature can be found (sandpy's builtins
    carry none)."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)


def _drop_first(sig):
    """The signature of a bound method: the first parameter goes."""
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _user_method(cls, name):
    """`cls.name` when it is written in Python (not a native slot)."""
    try:
        meth = getattr(cls, name)
    except AttributeError:
        return None
    if isinstance(meth, _NATIVE_CALLABLES):
        return None
    return meth


def _signature_of_function(cls, func, globals, locals, eval_str):
    info = _inspect.code_info(func)
    if info is None:
        raise TypeError(f'{func!r} is not a Python function')
    argcount, posonly, kwonly, varnames, flags = info[:5]
    names = varnames
    positional = names[:argcount]
    keyword_only = names[argcount:argcount + kwonly]
    index = argcount + kwonly
    annotations = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    first_default = argcount - len(defaults)
    params = []
    for i, name in enumerate(positional):
        kind = _POSITIONAL_ONLY if i < posonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default,
                                annotation=annotations.get(name, _empty)))
    if flags & CO_VARARGS:
        name = names[index]
        index += 1
        params.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
    for name in keyword_only:
        params.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if flags & CO_VARKEYWORDS:
        name = names[index]
        params.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return cls(params, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=False)


def _signature_of_partial(sig, partial):
    """The signature left once a functools.partial has supplied some
    arguments: bound positionals go, keywords become defaults (and the
    parameters after one given by keyword become keyword-only)."""
    args = partial.args or ()
    keywords = partial.keywords or {}
    try:
        bound = sig.bind_partial(*args, **keywords)
    except TypeError as ex:
        raise ValueError(f'partial object {partial!r} has incorrect arguments') from ex
    kept = []
    moved = []
    to_keyword = False
    for param in sig.parameters.values():
        name = param.name
        if name in bound.arguments:
            value = bound.arguments[name]
            if param.kind == _POSITIONAL_ONLY:
                continue
            if param.kind == _POSITIONAL_OR_KEYWORD:
                if name not in keywords:
                    continue
                to_keyword = True
                param = param.replace(default=value)
            elif param.kind == _KEYWORD_ONLY:
                param = param.replace(default=value)
        if to_keyword:
            if param.kind == _POSITIONAL_OR_KEYWORD:
                moved.append(param.replace(kind=_KEYWORD_ONLY))
                continue
            if param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                moved.append(param)
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
        kept.append(param)
    return sig.replace(parameters=kept + moved)


def _signature_of(obj, cls, follow_wrapped, skip_bound_arg, globals, locals, eval_str):
    def again(o, skip=skip_bound_arg):
        return _signature_of(o, cls, follow_wrapped, skip, globals, locals, eval_str)

    if not callable(obj):
        raise TypeError(f'{obj!r} is not a callable object')
    if isinstance(obj, _MethodType):
        sig = again(obj.__func__)
        return _drop_first(sig) if skip_bound_arg else sig
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if isinstance(obj, _MethodType):
            return again(obj)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError(f'unexpected object {sig!r} in __signature__ attribute')
            return sig
    if isfunction(obj):
        return _signature_of_function(cls, obj, globals, locals, eval_str)
    if isinstance(obj, _functools.partial):
        return _signature_of_partial(again(obj.func), obj)
    if isinstance(obj, _NATIVE_CALLABLES) or obj is type:
        raise ValueError(f'no signature found for builtin {obj!r}')
    if obj is object:
        return cls([])
    if isinstance(obj, type):
        call = _user_method(type(obj), '__call__')
        if call is not None:
            return _drop_first(again(call, False)) if skip_bound_arg else again(call, False)
        new = _user_method(obj, '__new__')
        init = _user_method(obj, '__init__')
        factory = None
        for base in obj.__mro__:
            if new is not None and '__new__' in base.__dict__:
                factory = new
                break
            if init is not None and '__init__' in base.__dict__:
                factory = init
                break
        if factory is not None:
            sig = again(factory, False)
            return _drop_first(sig) if skip_bound_arg else sig
        if type not in obj.__mro__:
            if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
                return cls([])
            raise ValueError(f'no signature found for builtin type {obj!r}')
        raise ValueError(f'no signature found for builtin type {obj!r}')
    call = _user_method(type(obj), '__call__')
    if call is not None:
        sig = again(call, False)
        return _drop_first(sig) if skip_bound_arg else sig
    if isinstance(obj, (staticmethod, classmethod)):
        return again(obj.__func__)
    raise ValueError(f'callable {obj!r} is not supported by signature')


FullArgSpec = _collections.namedtuple(
    'FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    """The names and defaults of a callable's parameters, as a FullArgSpec
    (bound methods keep their first argument)."""
    try:
        sig = _signature_of(func, Signature, False, False, None, None, False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args = []
    varargs = varkw = None
    kwonly = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not _empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not _empty:
                defaults += (param.default,)
        elif kind == _VAR_POSITIONAL:
            varargs = name
        elif kind == _KEYWORD_ONLY:
            kwonly.append(name)
            if param.default is not _empty:
                kwdefaults[name] = param.default
        else:
            varkw = name
        if param.annotation is not _empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonly, kwdefaults or None,
                       annotations)
