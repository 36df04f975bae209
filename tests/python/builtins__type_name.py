for v in [1, 1.5, "s", b"b", None, True, [1], (1,), {1: 2}, {1}, frozenset(), range(1), len, print, ..., NotImplemented, slice(1), type]:
    print(type(v).__name__)

# Output:
# int
# float
# str
# bytes
# NoneType
# bool
# list
# tuple
# dict
# set
# frozenset
# range
# builtin_function_or_method
# builtin_function_or_method
# ellipsis
# NotImplementedType
# slice
# type
