"""The machinery of `typing` (sandpy's own module, a helper of `typing`):
the helpers that check and substitute type arguments, the special forms
(Any, Union, Optional, Literal, ClassVar, Final, ...), ForwardRef and its
evaluation, the type variables (TypeVar, TypeVarTuple, ParamSpec), the
generic alias classes that subscription makes, Annotated, Generic and
Protocol. `typing` re-exports all of it and adds the aliases of the
standard collections, the protocols, NamedTuple, TypedDict, NewType, IO
and the functions. Written for sandpy from the documentation of Python
3.11's `typing` module.

Every class and function here names `typing` as its module, as CPython's
do (they are `typing`'s, defined in this file only to keep files small).

Mutable module-level state: none (shared frozen, as `typing` is).
"""

import collections.abc as _cabc
import abc as _abc_mod
import _abc
from _types import GenericAlias as _PyGenericAlias, UnionType as _PyUnionType
from _collections import _caller_module

_NoneType = type(None)
_FunctionType = type(lambda: 0)
_ModuleType = type(_cabc)


class _MethodProbe:
    def method(self):
        pass


_MethodType = type(_MethodProbe().method)
del _MethodProbe


def _caller(depth=2):
    """The `__name__` of the module that called the public function."""
    return _caller_module(depth)


def _module_globals(name):
    """The namespace of the imported module `name` ({} when there is none,
    or when this sandbox may not read `sys`)."""
    try:
        import sys
    except (ImportError, PermissionError):
        return {}
    return getattr(sys.modules.get(name), '__dict__', {})


def _is_dunder(name):
    return name.startswith('__') and name.endswith('__')


def _type_repr(obj):
    """How a type appears inside the repr of a subscripted form."""
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return obj.__module__ + '.' + obj.__qualname__
    if obj is ...:
        return '...'
    if isinstance(obj, _FunctionType):
        return obj.__name__
    return repr(obj)


def _is_typevar_like(x):
    return isinstance(x, (TypeVar, ParamSpec))


def _is_param_expr(arg):
    return (arg is ... or isinstance(arg, (tuple, list, ParamSpec))
            or isinstance(arg, _ConcatenateGenericAlias))


def _type_convert(arg, module=None, *, allow_special_forms=False):
    """None becomes NoneType and a str a forward reference."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=allow_special_forms)
    return arg


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    """Check that `arg` may stand as a type argument; return it converted."""
    forbidden = (Generic, Protocol)
    if not allow_special_forms:
        forbidden = forbidden + (ClassVar,) + ((Final,) if is_argument else ())
    arg = _type_convert(arg, module=module, allow_special_forms=allow_special_forms)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in forbidden:
        raise TypeError(f"{arg} is not valid as type argument")
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return arg
    if allow_special_forms and arg in (ClassVar, Final):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _collect_parameters(args):
    """The type variables in `args`, in order of first appearance."""
    found = []
    for a in args:
        if isinstance(a, type):
            continue
        if _is_typevar_like(a) or isinstance(a, TypeVarTuple):
            if a not in found:
                found.append(a)
        elif isinstance(a, (list, tuple)):
            for p in _collect_parameters(a):
                if p not in found:
                    found.append(p)
        else:
            for p in getattr(a, '__parameters__', ()) or ():
                if p not in found:
                    found.append(p)
    return tuple(found)


def _check_count(alias, args, expected):
    if not expected:
        raise TypeError(f"{alias} is not a generic class")
    if len(args) != expected:
        raise TypeError("Too %s arguments for %s; actual %d, expected %d" % (
            'many' if len(args) > expected else 'few', alias, len(args), expected))


def _substitute(arg, subst):
    """`arg` with the type variables of `subst` replaced."""
    if _is_typevar_like(arg) or isinstance(arg, TypeVarTuple):
        return subst.get(arg, arg)
    if isinstance(arg, list):
        return [_substitute(a, subst) for a in arg]
    if isinstance(arg, tuple):
        return tuple(_substitute(a, subst) for a in arg)
    params = getattr(arg, '__parameters__', None)
    if params and not isinstance(arg, type):
        new = tuple(subst.get(p, p) for p in params)
        return arg[new if len(new) != 1 else new[0]]
    return arg


def _dedupe(params):
    out = []
    for p in params:
        if p not in out:
            out.append(p)
    return tuple(out)


def _flatten_union(params):
    flat = []
    for p in params:
        if isinstance(p, _UnionGenericAlias) or isinstance(p, _PyUnionType):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    return _dedupe(flat)


class _Final:
    """Base of the typing classes that user code may not subclass."""

    def __init_subclass__(cls, /, *args, **kwds):
        if '_root' not in kwds:
            raise TypeError("Cannot subclass special typing classes")


class _SpecialForm(_Final, _root=True):
    """A form such as `Union` or `ClassVar`: subscripted, never instantiated."""

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


class _LiteralSpecialForm(_SpecialForm, _root=True):
    def __getitem__(self, parameters):
        if not isinstance(parameters, tuple):
            parameters = (parameters,)
        return self._getitem(self, parameters)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type: compatible with every
    type, and every type is compatible with it."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


def _not_subscriptable(self, parameters):
    raise TypeError(f"{self} is not subscriptable")


def _form(name, doc, getitem=_not_subscriptable, kind=_SpecialForm):
    def item(self, parameters):
        return getitem(self, parameters)
    item.__name__ = name
    item.__doc__ = doc
    return kind(item)


NoReturn = _form('NoReturn', "Special type indicating functions that never return.")
Never = _form('Never', "The bottom type, a type that has no members.")
Self = _form('Self', "Used to spell the type of \"self\" in classes.")
LiteralString = _form('LiteralString', "Represents an arbitrary literal string.")
TypeAlias = _form('TypeAlias', "Special marker indicating that an assignment should be "
                  "recognized as a proper type alias definition by type checkers.")


def _single(self, parameters):
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


def _single_only(self, parameters):
    item = _type_check(parameters, f'{self._name} accepts only a single type.')
    return _GenericAlias(self, (item,))


ClassVar = _form('ClassVar', "Special type construct to mark class variables.", _single)
Final = _form('Final', "Special typing construct to indicate final names to type checkers.",
              _single)
TypeGuard = _form('TypeGuard', "Special typing form used to annotate the return type of a "
                  "user-defined type guard function.", _single)
Required = _form('Required', "A special typing construct to mark a key of a total=False "
                 "TypedDict as required.", _single_only)
NotRequired = _form('NotRequired', "A special typing construct to mark a key of a TypedDict "
                    "as potentially missing.", _single_only)


def _union_item(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    parameters = _flatten_union(tuple(_type_check(p, msg) for p in parameters))
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and _NoneType in parameters:
        return _UnionGenericAlias(self, parameters, name="Optional")
    return _UnionGenericAlias(self, parameters)


Union = _form('Union', "Union type; Union[X, Y] means either X or Y.", _union_item)


def _optional_item(self, parameters):
    arg = _type_check(parameters, f"{self} requires a single type.")
    return Union[arg, None]


Optional = _form('Optional', "Optional[X] is equivalent to Union[X, None].", _optional_item)


def _literal_key(v):
    return (type(v), v)


def _literal_item(self, parameters):
    flat = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    seen = []
    kept = []
    for p in flat:
        try:
            k = _literal_key(p)
            if k in seen:
                continue
            seen.append(k)
        except TypeError:
            pass
        kept.append(p)
    return _LiteralGenericAlias(self, tuple(kept))


Literal = _form('Literal', "Special typing form to define literal types (a.k.a. value types).",
                _literal_item, _LiteralSpecialForm)


def _concatenate_item(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not (parameters[-1] is ... or isinstance(parameters[-1], ParamSpec)):
        raise TypeError("The last parameter to Concatenate should be a "
                        "ParamSpec variable or ellipsis.")
    msg = "Concatenate[arg, ...]: each arg must be a type."
    parameters = (*(_type_check(p, msg) for p in parameters[:-1]), parameters[-1])
    return _ConcatenateGenericAlias(self, parameters)


Concatenate = _form('Concatenate', "Used in conjunction with ParamSpec and Callable to "
                    "represent a higher order function which adds, removes or transforms "
                    "parameters of a callable.", _concatenate_item)


def _unpack_item(self, parameters):
    item = _type_check(parameters, f'{self._name} accepts only single type.')
    return _UnpackGenericAlias(self, (item,))


Unpack = _form('Unpack', "Type unpack operator.", _unpack_item)


# ---------------------------------------------------------------- forward refs

class ForwardRef(_Final, _root=True):
    """Internal wrapper to hold a forward reference."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        text = arg[1:] if arg.startswith('*') else arg
        try:
            compile(text, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    @property
    def __forward_code__(self):
        arg = self.__forward_arg__
        if arg.startswith('*'):
            arg = '(' + arg + ',)[0]'
        return compile(arg, '<string>', 'eval')

    def _evaluate(self, globalns, localns, recursive_guard):
        if self.__forward_arg__ in recursive_guard:
            return self
        if not self.__forward_evaluated__ or localns is not globalns:
            if globalns is None and localns is None:
                globalns = localns = {}
            elif globalns is None:
                globalns = localns
            elif localns is None:
                localns = globalns
            if self.__forward_module__ is not None:
                globalns = _module_globals(self.__forward_module__) or globalns
            value = eval(self.__forward_code__, globalns, localns)
            value = _type_check(value, "Forward references must evaluate to types.",
                                is_argument=self.__forward_is_argument__,
                                allow_special_forms=self.__forward_is_class__)
            self.__forward_value__ = _eval_type(
                value, globalns, localns, recursive_guard | {self.__forward_arg__})
            self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return (self.__forward_arg__ == other.__forward_arg__
                    and self.__forward_value__ == other.__forward_value__)
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        module = self.__forward_module__
        extra = '' if module is None else f', module={module!r}'
        return f'ForwardRef({self.__forward_arg__!r}{extra})'


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    """`t` with its forward references evaluated, recursively."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if isinstance(t, _PyGenericAlias):
        args = tuple(ForwardRef(a) if isinstance(a, str) else a for a in t.__args__)
        new = tuple(_eval_type(a, globalns, localns, recursive_guard) for a in args)
        if new == t.__args__:
            return t
        if _unflatten_callable(t, new):
            return t.__origin__[(list(new[:-1]), new[-1])]
        return _PyGenericAlias(t.__origin__, new)
    if isinstance(t, _PyUnionType):
        new = tuple(_eval_type(a, globalns, localns, recursive_guard) for a in t.__args__)
        result = new[0]
        for a in new[1:]:
            result = result | a
        return result
    if isinstance(t, _GenericAlias):
        new = tuple(_eval_type(a, globalns, localns, recursive_guard) for a in t.__args__)
        if new == t.__args__:
            return t
        return t.copy_with(new)
    return t


# ---------------------------------------------------------------- type variables

class _TypeVarLike:
    """What TypeVar and ParamSpec share: variance, bound, `|`, repr."""

    def _set_variance(self, bound, covariant, contravariant):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound else None

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __reduce__(self):
        return self.__name__

    def __init_subclass__(cls, *args, **kwargs):
        if cls.__module__ != __name__:
            raise TypeError(f"type '{cls.__mro__[1].__module__}.{cls.__mro__[1].__name__}' "
                            "is not an acceptable base type")


class TypeVar(_TypeVarLike):
    """Type variable: `T = TypeVar('T')`, with constraints
    (`TypeVar('S', str, bytes)`) or a bound (`TypeVar('U', bound=int)`)."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self._set_variance(bound, covariant, contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        module = _caller()
        if module != 'typing':
            self.__module__ = module

    def __typing_subst__(self, arg):
        msg = "Parameters to generic types must be types."
        arg = _type_check(arg, msg, is_argument=True)
        if ((isinstance(arg, _GenericAlias) and arg.__origin__ is Unpack)
                or isinstance(arg, _PyGenericAlias) and arg.__unpacked__):
            raise TypeError(f"{arg} is not valid as type argument")
        return arg


class TypeVarTuple:
    """Type variable tuple: `Ts = TypeVarTuple('Ts')`."""

    def __init__(self, name):
        self.__name__ = name
        module = _caller()
        if module != 'typing':
            self.__module__ = module

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __reduce__(self):
        return self.__name__

    def __init_subclass__(cls, *args, **kwds):
        raise TypeError("type 'typing.TypeVarTuple' is not an acceptable base type")


class ParamSpecArgs:
    """The type of `P.args` for a ParamSpec `P`."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecArgs, id(self.__origin__)))


class ParamSpecKwargs:
    """The type of `P.kwargs` for a ParamSpec `P`."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecKwargs, id(self.__origin__)))


class ParamSpec(_TypeVarLike):
    """Parameter specification variable: `P = ParamSpec('P')`."""

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self._set_variance(bound, covariant, contravariant)
        module = _caller()
        if module != 'typing':
            self.__module__ = module


# ---------------------------------------------------------------- aliases

class _BaseGenericAlias(_Final, _root=True):
    """What the aliases share: the origin, instantiation, attribute access."""

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        entries = []
        if self.__origin__ not in bases:
            entries.append(self.__origin__)
        later = bases[bases.index(self) + 1:]
        if not any(isinstance(b, _BaseGenericAlias) or
                   (isinstance(b, type) and issubclass(b, Generic)) for b in later):
            entries.append(Generic)
        return tuple(entries)

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        if '__origin__' in self.__dict__ and not _is_dunder(attr):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, val):
        if _is_dunder(attr) or attr in ('_name', '_inst', '_nparams', '_defaults'):
            object.__setattr__(self, attr, val)
        else:
            setattr(self.__origin__, attr, val)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __dir__(self):
        names = set(dir(self.__origin__))
        names.update(k for k in object.__dir__(self) if not k.startswith('_'))
        return sorted(names)


class _GenericAlias(_BaseGenericAlias, _root=True):
    """A subscripted generic: `List[int]`, `C[T]`, `ClassVar[int]`."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)
        if not name:
            self.__module__ = origin.__module__

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if not isinstance(args, tuple):
            args = (args,)
        params = self.__parameters__
        if (len(params) == 1 and isinstance(params[0], ParamSpec)
                and not (len(args) == 1 and _is_param_expr(args[0]))):
            args = (args,)
        args = tuple(_type_convert(a) for a in args)
        _check_count(self, args, len(params))
        subst = {}
        for p, a in zip(params, args):
            if isinstance(p, TypeVar):
                a = p.__typing_subst__(a)
            elif isinstance(p, ParamSpec) and isinstance(a, list):
                a = tuple(a)
            subst[p] = a
        return self.copy_with(tuple(_substitute(a, subst) for a in self.__args__))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ", ".join(_type_repr(a) for a in self.__args__)
        else:
            args = "()"
        return f'{name}[{args}]'

    def __reduce__(self):
        if self._name:
            origin = globals()[self._name]
        else:
            origin = self.__origin__
        args = tuple(self.__args__)
        if len(args) == 1 and not isinstance(args[0], tuple):
            args, = args
        import operator
        return operator.getitem, (origin, args)

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            for b in bases[bases.index(self) + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)

    def __iter__(self):
        yield Unpack[self]


class _TypingEllipsis:
    """Internal placeholder for `...` in argument lists."""


class _SpecialGenericAlias(_BaseGenericAlias, _root=True):
    """An unsubscripted alias of a class: `List`, `Iterable`, `Dict`."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams
        if origin.__module__ == 'builtins':
            self.__doc__ = f'A generic version of {origin.__qualname__}.'
        else:
            self.__doc__ = f'A generic version of {origin.__module__}.{origin.__qualname__}.'

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        _check_count(self, params, self._nparams)
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __reduce__(self):
        return self._name

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


def _callable_repr(alias, args):
    if len(args) == 2 and _is_param_expr(args[0]):
        return None
    inner = ', '.join(_type_repr(a) for a in args[:-1])
    return f'[{inner}], {_type_repr(args[-1])}'


class _CallableGenericAlias(_GenericAlias, _root=True):
    """`Callable[[int], str]`: args are the parameters then the result."""

    def __repr__(self):
        shown = _callable_repr(self, self.__args__)
        if shown is None:
            return super().__repr__()
        return f'typing.Callable[{shown}]'

    def copy_with(self, params):
        if params and isinstance(params[0], (list, tuple)) and len(params) == 2 and \
                isinstance(self.__args__[0], ParamSpec):
            params = (*params[0], params[1])
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __reduce__(self):
        args = self.__args__
        if not (len(args) == 2 and _is_param_expr(args[0])):
            args = list(args[:-1]), args[-1]
        import operator
        import typing
        return operator.getitem, (typing.Callable, args)


class _CallableType(_SpecialGenericAlias, _root=True):
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            params = (tuple(args), result)
        return self._items(params)

    def _items(self, params):
        args, result = params
        msg = "Callable[args, result]: result must be a type."
        result = _type_check(result, msg)
        if args is ...:
            return self.copy_with((_TypingEllipsis, result))
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(a) for a in args)
        return self.copy_with((*args, result))


class _TupleType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            params = tuple(_type_check(p, msg) for p in params[:-1])
            return self.copy_with((*params, _TypingEllipsis))
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        params = tuple(_type_check(p, msg) for p in params)
        return self.copy_with(params)


class _UnionGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _PyUnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f'typing.Optional[{_type_repr(args[1])}]'
            if args[1] is _NoneType:
                return f'typing.Optional[{_type_repr(args[0])}]'
        return super().__repr__()

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False

    def __reduce__(self):
        func, (origin, args) = super().__reduce__()
        return func, (Union, args)


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(map(_literal_key, self.__args__)) == set(map(_literal_key, other.__args__))

    def __hash__(self):
        return hash(frozenset(map(_literal_key, self.__args__)))

    def __repr__(self):
        return 'typing.Literal[%s]' % ', '.join(_type_repr(a) for a in self.__args__) \
            if self.__args__ else 'typing.Literal[()]'


class _ConcatenateGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, params):
        if isinstance(params[-1], (list, tuple)):
            return (*params[:-1], *params[-1])
        if isinstance(params[-1], _ConcatenateGenericAlias):
            params = (*params[:-1], *params[-1].__args__)
        return super().copy_with(params)


class _UnpackGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        return '*' + repr(self.__args__[0])

    def __getitem__(self, args):
        if self.__typing_is_unpacked_typevartuple__:
            return args
        return super().__getitem__(args)

    @property
    def __typing_is_unpacked_typevartuple__(self):
        return isinstance(self.__args__[0], TypeVarTuple)


class _AnnotatedAlias(_GenericAlias, _root=True):
    """`Annotated[T, x, ...]`: the type `T` with metadata."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin)
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        return "typing.Annotated[%s, %s]" % (
            _type_repr(self.__origin__), ", ".join(repr(a) for a in self.__metadata__))

    def __reduce__(self):
        import operator
        return operator.getitem, (Annotated, (self.__origin__,) + self.__metadata__)

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return 'Annotated'
        return super().__getattr__(attr)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Add context-specific metadata to a type: `Annotated[int, 'unit: m']`."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        msg = "Annotated[t, ...]: t must be a type."
        origin = _type_check(params[0], msg, allow_special_forms=True)
        return _AnnotatedAlias(origin, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"Cannot subclass {cls.__module__}.Annotated")


# ---------------------------------------------------------------- Generic

def _is_typeddict_class(cls):
    # TypedDict lives in `typing`, which imports this module: look it up
    # when asked (before it exists, no TypedDict class does either).
    import typing
    meta = getattr(typing, '_TypedDictMeta', None)
    return meta is not None and type(cls) is meta


class Generic:
    """Abstract base class for generic types: `class C(Generic[T])`."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_convert(p) for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(_is_typevar_like(p) or isinstance(p, TypeVarTuple) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                "or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
            return _GenericAlias(cls, params)
        own = cls.__dict__.get('__parameters__', ())
        if (len(own) == 1 and isinstance(own[0], ParamSpec)
                and not (len(params) == 1 and _is_param_expr(params[0]))):
            params = (params,)
        _check_count(cls, params, len(own))
        params = tuple(p.__typing_subst__(a) if isinstance(p, TypeVar)
                       else (tuple(a) if isinstance(a, list) else a)
                       for p, a in zip(own, params))
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        orig = cls.__dict__.get('__orig_bases__')
        if orig is not None:
            plain = Generic in orig
        else:
            plain = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                     and not _is_typeddict_class(cls))
        if plain:
            raise TypeError("Cannot inherit from plain Generic")
        tvars = ()
        if orig is not None:
            tvars = _collect_parameters(orig)
            declared = None
            for base in orig:
                if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                    if declared is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    declared = base.__parameters__
            if declared is not None:
                missing = [t for t in tvars if t not in declared]
                if missing:
                    raise TypeError("Some type variables (%s) are not listed in Generic[%s]" % (
                        ', '.join(str(t) for t in missing),
                        ', '.join(str(g) for g in declared)))
                tvars = declared
        cls.__parameters__ = tuple(tvars)


# ---------------------------------------------------------------- Protocol

_PROTOCOL_SKIP = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__',
    '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
    '__class_getitem__', '__qualname__', '__orig_bases__', '__parameters__',
    '__init_subclass__', '_is_protocol', '_is_runtime_protocol', '__protocol_attrs__',
    '_MutableMapping__marker', '__match_args__',
})


def _get_protocol_attrs(cls):
    """The members a protocol class declares (its own and its protocol bases')."""
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = base.__dict__.get('__annotations__', {})
        for attr in (*base.__dict__, *annotations):
            if not attr.startswith('_abc_') and attr not in _PROTOCOL_SKIP:
                attrs.add(attr)
    return attrs


def _methods_only(cls):
    return all(callable(getattr(cls, attr, None)) for attr in _get_protocol_attrs(cls))


def _no_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    for base in cls.__mro__:
        init = base.__dict__.get('__init__', _no_init)
        if init is not _no_init:
            cls.__init__ = init
            break
    else:
        cls.__init__ = object.__init__
    cls.__init__(self, *args, **kwargs)


_PROTOCOL_BASES_OK = {
    'collections.abc': {'Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable',
                        'Hashable', 'Sized', 'Container', 'Collection', 'Reversible',
                        'Buffer'},
    'contextlib': {'AbstractContextManager', 'AbstractAsyncContextManager'},
}


def _reckless():
    """Whether the class check in progress comes from `abc` or
    `functools` (walking an ABC's subclasses), where a protocol that is
    not runtime-checkable answers rather than raising."""
    return _caller_module(2) in ('abc', 'functools')


def _check_protocol_runtime(cls):
    if getattr(cls, '_is_protocol', False) and not getattr(cls, '_is_runtime_protocol', False):
        raise TypeError("Instance and class checks can only be used with"
                        " @runtime_checkable protocols")


class _ProtocolMeta(_abc_mod.ABCMeta):
    def __instancecheck__(cls, instance):
        is_proto = getattr(cls, '_is_protocol', False)
        if is_proto and not _reckless():
            _check_protocol_runtime(cls)
        if (not is_proto or _methods_only(cls)) and issubclass(type(instance), cls):
            return True
        if is_proto:
            ok = True
            for attr in _get_protocol_attrs(cls):
                if not hasattr(instance, attr):
                    ok = False
                    break
                if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                    ok = False
                    break
            if ok:
                return True
        return super().__instancecheck__(instance)

    def __subclasscheck__(cls, other):
        if getattr(cls, '_is_protocol', False) and not _reckless():
            _check_protocol_runtime(cls)
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
            if not _methods_only(cls):
                raise TypeError("Protocols with non-method members don't support issubclass()")
        return super().__subclasscheck__(other)


def _protocol_hook(cls, other):
    """The `__subclasshook__` of a protocol: structural subclassing."""
    if not cls.__dict__.get('_is_protocol', False):
        return NotImplemented
    if not getattr(cls, '_is_runtime_protocol', False) or not _methods_only(cls):
        return NotImplemented
    if not isinstance(other, type):
        return NotImplemented
    for attr in _get_protocol_attrs(cls):
        for base in other.__mro__:
            if attr in base.__dict__:
                if base.__dict__[attr] is None:
                    return NotImplemented
                break
            annotations = getattr(base, '__annotations__', {})
            if (isinstance(annotations, dict) and attr in annotations
                    and issubclass(other, Generic) and other._is_protocol):
                break
        else:
            return NotImplemented
    return True


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping): with
    `@runtime_checkable`, isinstance checks the members are present."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = classmethod(_protocol_hook)
        if not cls._is_protocol:
            return
        for base in cls.__bases__:
            if not (base in (object, Generic)
                    or base.__name__ in _PROTOCOL_BASES_OK.get(base.__module__, ())
                    or (issubclass(base, Generic) and base._is_protocol)):
                raise TypeError('Protocols can only inherit from other protocols, got %r' % base)
        if cls.__init__ is Protocol.__init__ or cls.__init__ is object.__init__:
            cls.__init__ = _no_init


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol, for isinstance and
    issubclass checks of its methods' presence."""
    if not isinstance(cls, type) or not issubclass(cls, Generic) or not cls._is_protocol:
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


def _unflatten_callable(t, args):
    return (t.__origin__ is _cabc.Callable
            and not (len(args) == 2 and _is_param_expr(args[0])))


def _name_typing_as_module():
    # Classes, their methods and the functions defined here are typing's.
    for obj in list(globals().values()):
        if isinstance(obj, (type, _FunctionType)) and obj.__module__ == __name__:
            obj.__module__ = 'typing'


_name_typing_as_module()
del _name_typing_as_module
