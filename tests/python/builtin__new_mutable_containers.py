# list, dict and set: __new__ called by name makes an empty object whatever
# its arguments (__init__ fills it); calling the type builds it in full.
import copyreg

print(dict.__new__(dict, a=1), dict.__new__(dict, [(1, 2)]), dict.__new__(dict, 1, 2, x=3))
print(list.__new__(list, [1, 2]), list.__new__(list, 1, 2, x=3), set.__new__(set, [1], x=2))
print(dict(a=1), dict([(1, 2)], b=3), list('ab'), sorted(set('aab')))
print(type.__call__(dict, a=2), type.__call__(list, 'xy'))
d = dict.__new__(dict, a=1)
dict.__init__(d, b=2)
l = list.__new__(list, 'zz')
list.__init__(l, 'ab')
s = set.__new__(set, 'zz')
set.__init__(s, 'c')
print(d, l, s)


class D(dict):
    pass


class L(list):
    def __init__(self, *args):
        print('L.__init__', args)
        super().__init__(*args)


print(D.__new__(D, a=1), type(D.__new__(D)).__name__, D(a=1), dict.__new__(D, a=1))
print(L.__new__(L, [1]), L([1, 2]))
print(copyreg.__newobj_ex__(dict, (), {'a': 1}), copyreg.__newobj__(list, [1]))
for bad in [lambda: dict(1), lambda: list(1, 2), lambda: set(x=1), lambda: frozenset(x=1),
            lambda: dict.__new__(1), lambda: list.__new__(), lambda: set.__new__(int),
            lambda: list.__new__(D)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)


# Output:
# {} {} {}
# [] [] set()
# {'a': 1} {1: 2, 'b': 3} ['a', 'b'] ['a', 'b']
# {'a': 2} ['x', 'y']
# {'b': 2} ['a', 'b'] {'c'}
# {} D {'a': 1} {}
# L.__init__ ([1, 2],)
# [] [1, 2]
# {} []
# TypeError: 'int' object is not iterable
# TypeError: list expected at most 1 argument, got 2
# TypeError: set() takes no keyword arguments
# TypeError: frozenset() takes no keyword arguments
# TypeError: dict.__new__(X): X is not a type object (int)
# TypeError: list.__new__(): not enough arguments
# TypeError: set.__new__(int): int is not a subtype of set
# TypeError: list.__new__(D): D is not a subtype of list
