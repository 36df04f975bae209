# The special methods of builtin types called by name (int.__and__,
# set.__or__, range.__len__, object.__format__, ...) against the operators
# they stand for: the result (or the exception type) of every method of a
# table, on operands of several types, including subclasses that call the
# builtin method from their own override.
VALS = [0, 7, -3, True, 2.5, -0.0, {1, 2}, frozenset({2, 3}), set(), range(4), range(0),
        'ab', (1,), [2], None]
BIN = ['__and__', '__rand__', '__or__', '__ror__', '__xor__', '__rxor__', '__lshift__',
       '__rlshift__', '__rshift__', '__rrshift__', '__divmod__', '__rdivmod__', '__sub__',
       '__rsub__', '__lt__', '__le__', '__gt__', '__ge__', '__contains__', '__getitem__']
UN = ['__invert__', '__bool__', '__len__', '__getnewargs__']


def show(r):
    if isinstance(r, (set, frozenset)):
        return type(r).__name__ + str(sorted(r))
    return repr(r)


for t in (int, bool, float, set, frozenset, range):
    for name in BIN:
        if name not in t.__dict__:
            continue
        row = []
        for x in VALS:
            if not isinstance(x, t):
                continue
            for y in VALS:
                try:
                    row.append(show(getattr(t, name)(x, y)))
                except Exception as e:
                    row.append(type(e).__name__)
        print(t.__name__, name, ' '.join(row))
    for name in UN:
        if name in t.__dict__:
            print(t.__name__, name, [show(getattr(t, name)(x)) for x in VALS if isinstance(x, t)])
print(sorted(set.__iter__({3, 1, 2})), list(range(5).__reversed__()), range(9).__len__())
print(float.__getformat__('double'), hasattr(complex, '__and__'), hasattr(float, '__and__'))


class S(set):
    def __contains__(self, x):
        return set.__contains__(self, x) or x == 'any'

    def __or__(self, o):
        return ('S|', sorted(set.__or__(self, o)))


s = S({1})
print(1 in s, 'any' in s, 2 in s, s | {5}, sorted({5} | s), {1} in {frozenset({1})})


class N(int):
    def __and__(self, o):
        return int.__and__(self, o) + 100


print(N(6) & 3, 3 & N(6), int.__and__(N(6), 3), divmod(N(7), 2), N(7).__divmod__(2.0))


class F:
    def __format__(self, spec):
        return 'F' if spec == 'f' else super().__format__(spec)

    def __str__(self):
        return 'plain'


print(format(F(), 'f'), format(F(), ''), '{:f}'.format(F()), object.__format__(1.5, ''))
for bad in ['x', 5]:
    try:
        object.__format__(F(), bad)
    except TypeError as e:
        print('TypeError:', e)
for call in [lambda: float.__getformat__('long'), lambda: set.__or__({1}),
             lambda: int.__and__(1, 2, 3)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# Output:
# int __and__ 0 0 0 0 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented 0 7 5 1 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented 0 5 -3 1 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented 0 1 1 1 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# int __rand__ 0 0 0 0 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented 0 7 5 1 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented 0 5 -3 1 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented 0 1 1 1 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# int __or__ 0 7 -3 1 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented 7 7 -1 7 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented -3 -1 -3 -3 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented 1 7 -3 1 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# int __ror__ 0 7 -3 1 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented 7 7 -1 7 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented -3 -1 -3 -3 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented 1 7 -3 1 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# int __xor__ 0 7 -3 1 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented 7 0 -6 6 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented -3 -6 0 -4 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented 1 6 -4 0 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# int __rxor__ 0 7 -3 1 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented 7 0 -6 6 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented -3 -6 0 -4 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented 1 6 -4 0 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# int __lshift__ 0 0 ValueError 0 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented 7 896 ValueError 14 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented -3 -384 ValueError -6 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented 1 128 ValueError 2 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# int __rlshift__ 0 7 -3 1 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented 0 896 -384 128 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented ValueError ValueError ValueError ValueError NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented 0 14 -6 2 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# int __rshift__ 0 0 ValueError 0 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented 7 0 ValueError 3 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented -3 -1 ValueError -2 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented 1 0 ValueError 0 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# int __rrshift__ 0 7 -3 1 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented 0 0 -1 0 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented ValueError ValueError ValueError ValueError NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented 0 3 -2 0 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# int __divmod__ ZeroDivisionError (0, 0) (0, 0) (0, 0) NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented ZeroDivisionError (1, 0) (-3, -2) (7, 0) NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented ZeroDivisionError (-1, 4) (1, 0) (-3, 0) NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented ZeroDivisionError (0, 1) (-1, -2) (1, 0) NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# int __rdivmod__ ZeroDivisionError ZeroDivisionError ZeroDivisionError ZeroDivisionError NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented (0, 0) (1, 0) (-1, 4) (0, 1) NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented (0, 0) (-3, -2) (1, 0) (-1, -2) NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented (0, 0) (7, 0) (-3, 0) (1, 0) NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# int __sub__ 0 -7 3 -1 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented 7 0 10 6 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented -3 -10 0 -4 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented 1 -6 4 0 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# int __rsub__ 0 7 -3 1 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented -7 0 -10 -6 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented 3 10 0 4 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented -1 6 -4 0 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# int __lt__ False True False True NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented False False False False NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented True True False True NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented False True False False NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# int __le__ True True False True NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented False True False False NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented True True True True NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented False True False True NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# int __gt__ False False True False NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented True False True True NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented False False False False NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented True False True False NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# int __ge__ True False True False NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented True True True True NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented False False True False NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented True False True True NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# int __invert__ ['-1', '-8', '2', '-2']
# int __bool__ ['False', 'True', 'True', 'True']
# int __getnewargs__ ['(0,)', '(7,)', '(-3,)', '(1,)']
# bool __and__ 0 1 1 True NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# bool __rand__ 0 1 1 True NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# bool __or__ 1 7 -3 True NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# bool __ror__ 1 7 -3 True NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# bool __xor__ 1 6 -4 False NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# bool __rxor__ 1 6 -4 False NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# float __divmod__ ZeroDivisionError (0.0, 2.5) (-1.0, -0.5) (2.0, 0.5) (1.0, 0.0) ZeroDivisionError NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented ZeroDivisionError (-0.0, 0.0) (0.0, -0.0) (-0.0, 0.0) (-0.0, 0.0) ZeroDivisionError NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# float __rdivmod__ (0.0, 0.0) (2.0, 2.0) (-2.0, 2.0) (0.0, 1.0) (1.0, 0.0) (-0.0, 0.0) NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented ZeroDivisionError ZeroDivisionError ZeroDivisionError ZeroDivisionError ZeroDivisionError ZeroDivisionError NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# float __sub__ 2.5 -4.5 5.5 1.5 0.0 2.5 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented -0.0 -7.0 3.0 -1.0 -2.5 0.0 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# float __rsub__ -2.5 4.5 -5.5 -1.5 0.0 -2.5 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented 0.0 7.0 -3.0 1.0 2.5 0.0 NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# float __lt__ False True False False False False NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented False True False True True False NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# float __le__ False True False False True False NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented True True False True True True NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# float __gt__ True False True True False True NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented False False True False False False NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# float __ge__ True False True True True True NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented True False True False False True NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# float __bool__ ['True', 'False']
# float __getnewargs__ ['(2.5,)', '(-0.0,)']
# set __and__ NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented set[1, 2] set[2] set[] NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented set[] set[] set[] NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# set __rand__ NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented set[1, 2] frozenset[2] set[] NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented set[] frozenset[] set[] NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# set __or__ NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented set[1, 2] set[1, 2, 3] set[1, 2] NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented set[1, 2] set[2, 3] set[] NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# set __ror__ NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented set[1, 2] frozenset[1, 2, 3] set[1, 2] NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented set[1, 2] frozenset[2, 3] set[] NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# set __xor__ NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented set[] set[1, 3] set[1, 2] NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented set[1, 2] set[2, 3] set[] NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# set __rxor__ NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented set[] frozenset[1, 3] set[1, 2] NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented set[1, 2] frozenset[2, 3] set[] NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# set __sub__ NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented set[] set[1] set[1, 2] NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented set[] set[] set[] NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# set __rsub__ NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented set[] frozenset[3] set[] NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented set[1, 2] frozenset[2, 3] set[] NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# set __lt__ NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented False False False NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented True True False NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# set __le__ NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented True False False NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented True True True NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# set __gt__ NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented False False True NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented False False False NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# set __ge__ NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented True False True NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented False False True NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# set __contains__ False False False True False False False False False False False False False TypeError False False False False False False False False False False False False False False TypeError False
# set __len__ ['2', '0']
# frozenset __and__ NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented frozenset[2] frozenset[2, 3] frozenset[] NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# frozenset __rand__ NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented set[2] frozenset[2, 3] set[] NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# frozenset __or__ NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented frozenset[1, 2, 3] frozenset[2, 3] frozenset[2, 3] NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# frozenset __ror__ NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented set[1, 2, 3] frozenset[2, 3] set[2, 3] NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# frozenset __xor__ NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented frozenset[1, 3] frozenset[] frozenset[2, 3] NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# frozenset __rxor__ NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented set[1, 3] frozenset[] set[2, 3] NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# frozenset __sub__ NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented frozenset[3] frozenset[] frozenset[2, 3] NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# frozenset __rsub__ NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented set[1] frozenset[] set[] NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# frozenset __lt__ NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented False False False NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# frozenset __le__ NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented False True False NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# frozenset __gt__ NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented False False True NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# frozenset __ge__ NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented False True True NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# frozenset __contains__ False False False False False False False False False False False False False TypeError False
# frozenset __len__ ['2']
# range __lt__ NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# range __le__ NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# range __gt__ NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# range __ge__ NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented NotImplemented
# range __contains__ True False False True False True False False False False False False False False False False False False False False False False False False False False False False False False
# range __getitem__ 0 IndexError 1 1 TypeError TypeError TypeError TypeError TypeError TypeError TypeError TypeError TypeError TypeError TypeError IndexError IndexError IndexError IndexError TypeError TypeError TypeError TypeError TypeError TypeError TypeError TypeError TypeError TypeError TypeError
# range __bool__ ['True', 'False']
# range __len__ ['4', '0']
# [1, 2, 3] [4, 3, 2, 1, 0] 9
# IEEE, little-endian False False
# True True False ('S|', [1, 5]) [1, 5] True
# 102 2 2 (3, 1) NotImplemented
# F plain F 1.5
# TypeError: unsupported format string passed to F.__format__
# TypeError: __format__() argument must be str, not int
# ValueError __getformat__() argument 1 must be 'double' or 'float'
# TypeError expected 1 argument, got 0
# TypeError expected 1 argument, got 2
