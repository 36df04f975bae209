# sandpy-only: the sandbox module; messages are sandpy's for shared types
# Route: patching a builtin type (int, str, object, type, the exception
# classes, ...) through setattr, type.__setattr__, object.__setattr__,
# delattr, its __dict__, or __bases__/__class__ assignment changes it for
# every guest at once: builtin types are shared by all sandboxes (frozen,
# immortal, sealed once per process). Every such write is refused, from
# the main program and from a child, and the types behave as before.
import sandbox
from _escape import attempt


def patch(hook):
    attempt("setattr(int, 'x', 1)", lambda: setattr(int, "x", 1))
    attempt("type.__setattr__(str, 'upper', ...)", lambda: type.__setattr__(str, "upper", hook))
    attempt("object.__setattr__(list, 'append', ...)", lambda: object.__setattr__(list, "append", hook))
    attempt("delattr(int, '__add__')", lambda: delattr(int, "__add__"))
    attempt("object.__delattr__(dict, 'get')", lambda: object.__delattr__(dict, "get"))
    attempt("object.__init_subclass__ = ...", lambda: setattr(object, "__init_subclass__", classmethod(hook)))
    attempt("type.__call__ = ...", lambda: setattr(type, "__call__", hook))
    attempt("object.__getattribute__ = ...", lambda: setattr(object, "__getattribute__", hook))
    attempt("ValueError.__str__ = ...", lambda: setattr(ValueError, "__str__", hook))
    attempt("BaseException.__init__ = ...", lambda: type.__setattr__(BaseException, "__init__", hook))
    attempt("type(len).__call__ = ...", lambda: setattr(type(len), "__call__", hook))
    attempt("type(None).__bool__ = ...", lambda: setattr(type(None), "__bool__", hook))
    attempt("sandbox.Queue.put = ...", lambda: setattr(sandbox.Queue, "put", hook))
    attempt("bool.__bases__ = (str,)", lambda: setattr(bool, "__bases__", (str,)))
    attempt("int.__name__ = 'x'", lambda: setattr(int, "__name__", "x"))
    attempt("int.__mro__ = ()", lambda: setattr(int, "__mro__", ()))
    attempt("int.__class__ = ...", lambda: setattr(int, "__class__", str))
    attempt("(1).__class__ = bool", lambda: setattr(1, "__class__", bool))
    attempt("[].__class__ = tuple", lambda: setattr([], "__class__", tuple))
    attempt("''.__class__ = bytes", lambda: setattr("", "__class__", bytes))
    d = int.__dict__

    def write():
        d["__add__"] = hook

    attempt("int.__dict__['__add__'] = ...", write)
    attempt("int.__dict__ is a new read-only proxy", lambda: int.__dict__ is d)
    attempt("vars(str) is a new read-only proxy", lambda: vars(str) is vars(str))
    print("still builtin:", 1 + 1, "ab".upper(), [1] + [2], str(ValueError("v")),
          {"k": 1}.get("k"), len(type.__subclasses__(int)) > 0)
    return "done"


def hook(*args):
    return "hooked"


print("-- main")
patch(hook)
print("-- child")
print(sandbox.spawn(patch, hook).join())

# Output:
# -- main
# setattr(int, 'x', 1): TypeError: cannot set 'x' attribute of immutable type 'int'
# type.__setattr__(str, 'upper', ...): TypeError: cannot set 'upper' attribute of immutable type 'str'
# object.__setattr__(list, 'append', ...): TypeError: can't apply this __setattr__ to type object
# delattr(int, '__add__'): TypeError: cannot set '__add__' attribute of immutable type 'int'
# object.__delattr__(dict, 'get'): TypeError: can't apply this __delattr__ to type object
# object.__init_subclass__ = ...: TypeError: cannot set '__init_subclass__' attribute of immutable type 'object'
# type.__call__ = ...: TypeError: cannot set '__call__' attribute of immutable type 'type'
# object.__getattribute__ = ...: TypeError: cannot set '__getattribute__' attribute of immutable type 'object'
# ValueError.__str__ = ...: TypeError: cannot set '__str__' attribute of immutable type 'ValueError'
# BaseException.__init__ = ...: TypeError: cannot set '__init__' attribute of immutable type 'BaseException'
# type(len).__call__ = ...: TypeError: cannot set '__call__' attribute of immutable type 'builtin_function_or_method'
# type(None).__bool__ = ...: TypeError: cannot set '__bool__' attribute of immutable type 'NoneType'
# sandbox.Queue.put = ...: TypeError: cannot set 'put' attribute of immutable type 'Queue'
# bool.__bases__ = (str,): TypeError: cannot set '__bases__' attribute of immutable type 'bool'
# int.__name__ = 'x': TypeError: cannot set '__name__' attribute of immutable type 'int'
# int.__mro__ = (): TypeError: cannot set '__mro__' attribute of immutable type 'int'
# int.__class__ = ...: TypeError: cannot set '__class__' attribute of immutable type 'int'
# (1).__class__ = bool: TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses
# [].__class__ = tuple: TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses
# ''.__class__ = bytes: TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses
# int.__dict__['__add__'] = ...: TypeError: 'mappingproxy' object does not support item assignment
# int.__dict__ is a new read-only proxy: False
# vars(str) is a new read-only proxy: False
# still builtin: 2 AB [1, 2] v 1 True
# -- child
# setattr(int, 'x', 1): TypeError: cannot set 'x' attribute of immutable type 'int'
# type.__setattr__(str, 'upper', ...): TypeError: cannot set 'upper' attribute of immutable type 'str'
# object.__setattr__(list, 'append', ...): TypeError: can't apply this __setattr__ to type object
# delattr(int, '__add__'): TypeError: cannot set '__add__' attribute of immutable type 'int'
# object.__delattr__(dict, 'get'): TypeError: can't apply this __delattr__ to type object
# object.__init_subclass__ = ...: TypeError: cannot set '__init_subclass__' attribute of immutable type 'object'
# type.__call__ = ...: TypeError: cannot set '__call__' attribute of immutable type 'type'
# object.__getattribute__ = ...: TypeError: cannot set '__getattribute__' attribute of immutable type 'object'
# ValueError.__str__ = ...: TypeError: cannot set '__str__' attribute of immutable type 'ValueError'
# BaseException.__init__ = ...: TypeError: cannot set '__init__' attribute of immutable type 'BaseException'
# type(len).__call__ = ...: TypeError: cannot set '__call__' attribute of immutable type 'builtin_function_or_method'
# type(None).__bool__ = ...: TypeError: cannot set '__bool__' attribute of immutable type 'NoneType'
# sandbox.Queue.put = ...: TypeError: cannot set 'put' attribute of immutable type 'Queue'
# bool.__bases__ = (str,): TypeError: cannot set '__bases__' attribute of immutable type 'bool'
# int.__name__ = 'x': TypeError: cannot set '__name__' attribute of immutable type 'int'
# int.__mro__ = (): TypeError: cannot set '__mro__' attribute of immutable type 'int'
# int.__class__ = ...: TypeError: cannot set '__class__' attribute of immutable type 'int'
# (1).__class__ = bool: TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses
# [].__class__ = tuple: TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses
# ''.__class__ = bytes: TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses
# int.__dict__['__add__'] = ...: TypeError: 'mappingproxy' object does not support item assignment
# int.__dict__ is a new read-only proxy: False
# vars(str) is a new read-only proxy: False
# still builtin: 2 AB [1, 2] v 1 True
# done
