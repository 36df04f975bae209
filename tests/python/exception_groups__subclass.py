# Subclasses of the group classes: derive() decides the class of the parts
# (the inherited one makes plain groups), a subclass may add fields through
# __new__, and except* and split keep what derive builds.


class Plain(ExceptionGroup):
    pass


p = Plain("plain", [ValueError(1), TypeError(2)])
print(type(p).__name__, repr(p), str(p))
print([type(x).__name__ for x in p.split(ValueError)])
print(type(p.derive([KeyError()])).__name__, repr(p.derive([KeyError()])))
print(type(p.derive((KeyboardInterrupt(),))).__name__)


class Coded(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj

    def derive(self, excs):
        return Coded(self.message, excs, self.code)


c = Coded("coded", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])], 42)
print(repr(c), c.args, c.code)
m, r = c.split(ValueError)
print(type(m).__name__, m.code, repr(m))
print(type(r).__name__, r.code, repr(r))
print(type(m.exceptions[1]).__name__)

try:
    raise c
except* TypeError as e:
    print("caught", type(e).__name__, e.code, repr(e))
except* ValueError as e:
    print("caught", type(e).__name__, e.code, repr(e))


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return ValueError("not a group")


try:
    BadDerive("bad", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print("bad derive:", e)


class BaseSub(BaseExceptionGroup):
    pass


print(type(BaseSub("b", [ValueError()])).__name__, type(BaseSub("b", [SystemExit()])).__name__)


class ExcAndBase(BaseExceptionGroup, Exception):
    pass


try:
    ExcAndBase("eb", [KeyboardInterrupt()])
except TypeError as e:
    print(e)


class WithInit(ExceptionGroup):
    def __init__(self, message, excs, extra="x"):
        super().__init__(message, excs)
        self.extra = extra


w = WithInit("w", [ValueError()])
print(w.extra, w.args, repr(w))
print(WithInit("w", [ValueError()], extra="y").extra)


class LoudSplit(ExceptionGroup):
    def split(self, t):
        print("except* calls the overridden split with", t.__name__)
        return super().split(t)


try:
    try:
        raise LoudSplit("loud", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("caught", repr(e))
        raise
except Exception as x:
    print(type(x).__name__, repr(x))

# Output:
# Plain Plain('plain', [ValueError(1), TypeError(2)]) plain (2 sub-exceptions)
# ['ExceptionGroup', 'ExceptionGroup']
# ExceptionGroup ExceptionGroup('plain', [KeyError()])
# BaseExceptionGroup
# Coded('coded', [ValueError(1), ExceptionGroup('inner', [TypeError(2), ValueError(3)])], 42) ('coded', [ValueError(1), ExceptionGroup('inner', [TypeError(2), ValueError(3)])], 42) 42
# Coded 42 Coded('coded', [ValueError(1), ExceptionGroup('inner', [ValueError(3)])], 42)
# Coded 42 Coded('coded', [ExceptionGroup('inner', [TypeError(2)])], 42)
# ExceptionGroup
# caught Coded 42 Coded('coded', [ExceptionGroup('inner', [TypeError(2)])], 42)
# caught Coded 42 Coded('coded', [ValueError(1), ExceptionGroup('inner', [ValueError(3)])], 42)
# bad derive: derive must return an instance of BaseExceptionGroup
# BaseSub BaseSub
# Cannot nest BaseExceptions in 'ExcAndBase'
# x ('w', [ValueError()]) WithInit('w', [ValueError()])
# y
# except* calls the overridden split with ValueError
# caught ExceptionGroup('loud', [ValueError(1)])
# ExceptionGroup ExceptionGroup('loud', [ValueError(1), TypeError(2)])
