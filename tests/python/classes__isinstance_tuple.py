class A: pass
class B(A): pass
class C: pass

objs = [A(), B(), C(), 1, "s", 2.5, True, None]
for o in objs:
    print(type(o).__name__, isinstance(o, (A, int)), isinstance(o, (str, float)))
print(isinstance(True, int), issubclass(bool, int), issubclass(B, (C, A)))
print(issubclass(int, object), isinstance(None, object))
try:
    isinstance(1, "int")
except TypeError as e:
    print(e)

# Output:
# A True False
# B True False
# C False False
# int True False
# str False True
# float False True
# bool True False
# NoneType False False
# True True True
# True True
# isinstance() arg 2 must be a type, a tuple of types, or a union
