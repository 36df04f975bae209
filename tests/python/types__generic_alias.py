# Subscripted builtin generics (list[int], PEP 585) and X | Y unions
# (PEP 604): their reprs, attributes, equality and hashing, calls and
# subclassing through __mro_entries__, isinstance with unions, and the
# errors; annotations using them are evaluated when a function is defined.
print(repr(list[int, ...]), repr(dict[str, list[int]]), repr(tuple[()]), list[int].__parameters__, repr(type[int]))
print(repr(int | list[int] | None), (int|str) == (str|int), int | int, type(int|None).__module__, type(list[int]).__name__)
print(repr(list[[int, str]]), repr(list[1, 'a']))
try: list[int][str]
except TypeError as e: print(e)
try: isinstance([], list[int])
except TypeError as e: print(e)
print(isinstance(3, int | str), issubclass(bool, int | None), list[int](range(3)), isinstance(None, int | None))
try: int | 3
except TypeError as e: print(e)
print(list[int].__origin__, list[int].__args__, list[int] == list[int], list[int] != list[str], hash(list[int]) == hash(list[int]), (int|None).__args__)
class C(list[int]): pass
print(C.__bases__, C([1]))
print(None | int, list[int] | str, (int | str) | (bytes | int))
def g(a: 'x', b: int | None = None) -> list[str | None]: pass
print(g.__annotations__)
try:
    isinstance(1, int | list[int])
except TypeError as e: print(e)
print(list[int].append is list.append, len(frozenset[int].__args__))
print(type(list[int]) is type(dict[str, int]), type(int | None) is type(str | bytes))
print(sorted(x for x in dir(list[int]) if not x.startswith('_'))[:3])
for bad in [lambda: list[int]()[0], lambda: isinstance(1, 3), lambda: issubclass(int, 3)]:
    try:
        bad()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)

# Output:
# list[int, ...] dict[str, list[int]] tuple[()] () type[int]
# int | list[int] | None True <class 'int'> types GenericAlias
# list[[<class 'int'>, <class 'str'>]] list[1, 'a']
# list[int] is not a generic class
# isinstance() argument 2 cannot be a parameterized generic
# True True [0, 1, 2] True
# unsupported operand type(s) for |: 'type' and 'int'
# <class 'list'> (<class 'int'>,) True True True (<class 'int'>, <class 'NoneType'>)
# (<class 'list'>,) [1]
# None | int list[int] | str int | str | bytes
# {'a': 'x', 'b': int | None, 'return': list[str | None]}
# True 1
# True True
# ['append', 'clear', 'copy']
# IndexError list index out of range
# TypeError isinstance() arg 2 must be a type, a tuple of types, or a union
# TypeError issubclass() arg 2 must be a class, a tuple of classes, or a union
