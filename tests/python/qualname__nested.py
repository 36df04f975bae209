# __qualname__ and __module__ of functions, classes, methods, lambdas and
# comprehension-defined functions, nested at every level.
def top():
    def inner():
        def deepest():
            pass
        return deepest

    class Local:
        def method(self):
            return lambda: 0

        class Nested:
            def m(self):
                pass

    return inner, Local


inner, Local = top()
print(top.__qualname__, inner.__qualname__, inner().__qualname__)
print(Local.__qualname__, Local.method.__qualname__, Local().method().__qualname__)
print(Local.Nested.__qualname__, Local.Nested.m.__qualname__)


class Outer:
    class Inner:
        def f(self):
            pass

    def g(self):
        def h():
            pass
        return h

    @staticmethod
    def s():
        pass

    @classmethod
    def c(cls):
        pass

    @property
    def p(self):
        return 1


print(Outer.Inner.f.__qualname__, Outer().g().__qualname__)
print(Outer.s.__qualname__, Outer.c.__qualname__, Outer.p.fget.__qualname__)
print((lambda: 0).__qualname__, [lambda: 0 for _ in range(1)][0].__qualname__)
print([[lambda: 0 for _ in range(1)] for _ in range(1)][0][0].__qualname__)
print(top.__qualname__, {k: (lambda: k) for k in "a"}["a"].__qualname__)


def holder():
    return [lambda: 0 for _ in range(1)][0]


print(holder().__qualname__)
print(top.__module__, Outer.__module__, Outer.Inner.f.__module__, Outer().g.__module__)
print(top.__name__, Outer.Inner.__name__, len.__qualname__, int.__qualname__)


def declares_global():
    global made_global

    def made_global():
        pass


declares_global()
print(made_global.__qualname__)
ns = {"__name__": "generated"}
exec("def f():\n    def g(): pass\n    return g\nclass K:\n    def m(self): pass\n", ns)
print(ns["f"]().__qualname__, ns["f"].__module__, ns["K"].m.__qualname__, ns["K"].__module__)
exec("class B: pass", nb := {})
print(nb["B"].__module__)

# Output:
# top top.<locals>.inner top.<locals>.inner.<locals>.deepest
# top.<locals>.Local top.<locals>.Local.method top.<locals>.Local.method.<locals>.<lambda>
# top.<locals>.Local.Nested top.<locals>.Local.Nested.m
# Outer.Inner.f Outer.g.<locals>.h
# Outer.s Outer.c Outer.p
# <lambda> <listcomp>.<lambda>
# <listcomp>.<listcomp>.<lambda>
# top <dictcomp>.<lambda>
# holder.<locals>.<listcomp>.<lambda>
# __main__ __main__ __main__ __main__
# top Inner len int
# made_global
# f.<locals>.g generated K.m generated
# builtins
