# sandpy-only: metaclasses and child sandboxes
# Route: class-creation hooks run code whenever someone else defines a
# class: __init_subclass__ installed on object or a builtin type would run
# for every class of every guest, a metaclass's __new__/__call__ or
# __instancecheck__ intercepts creation, calls and isinstance, and a
# registry-style __init_subclass__ on a shared class would record (and
# reach) the classes of whoever subclasses it. In sandpy hooks cannot be
# put on builtin types, a metaclass is a class of its sandbox like any
# other (its methods carry that sandbox's authority: see
# authority__metaclass.py), and a hook inherited from another sandbox's
# frozen class runs in the subclassing sandbox against frozen state.
import sandbox
from _escape import attempt

registry = []


class Plugin:
    def __init_subclass__(cls, **kw):
        registry.append(cls)


class Local(Plugin):
    pass


print("own hook ran:", [c.__name__ for c in registry])


def hook(cls, **kw):
    pass


attempt("object.__init_subclass__ = ...", lambda: setattr(object, "__init_subclass__", classmethod(hook)))
attempt("int.__init_subclass__ = ...", lambda: setattr(int, "__init_subclass__", classmethod(hook)))


def define_meta():
    class Meta(type):
        def __call__(cls, *a):
            return "intercepted"
    return Meta


attempt("class Meta(type)", define_meta)


def use_type_subclass():
    class X(metaclass=type):
        pass
    return X.__name__


attempt("metaclass=type", use_type_subclass)


def child(base):
    class Mine(base):
        pass
    return "subclassed " + Mine.__name__


attempt("subclassing the parent's frozen Plugin in a child",
        lambda: sandbox.spawn(child, Plugin).join())
print("parent's registry:", [c.__name__ for c in registry])

# Output:
# own hook ran: ['Local']
# object.__init_subclass__ = ...: TypeError: cannot set '__init_subclass__' attribute of immutable type 'object'
# int.__init_subclass__ = ...: TypeError: cannot set '__init_subclass__' attribute of immutable type 'int'
# class Meta(type): <class '__main__.define_meta.<locals>.Meta'>
# metaclass=type: 'X'
# subclassing the parent's frozen Plugin in a child: SandboxError: sandbox raised TypeError: cannot modify frozen list
# parent's registry: ['Local']
