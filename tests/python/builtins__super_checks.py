# super(cls, obj) checks its arguments as CPython does: cls must be a type,
# obj an instance or a subclass of it; the zero-argument form and
# classmethods still work.
for args in [(int, "x"), (str, 5), (int, str), (object, 1), (1, 2), (object, int), (type, int), (int, True), (int, bool)]:
    try:
        s = super(*args)
        print("ok", type(s).__name__)
    except TypeError as e:
        print("TypeError:", e)
class A:
    def f(self):
        return "A.f"
    @classmethod
    def c(cls):
        return "A.c " + cls.__name__
class B(A):
    def f(self):
        return "B>" + super().f()
    @classmethod
    def c(cls):
        return "B>" + super().c()
print(B().f(), B.c(), super(B, B()).f(), super(B, B).c())
try:
    super(B, A()).f()
except TypeError as e:
    print("TypeError:", e)

# Output:
# TypeError: super(type, obj): obj must be an instance or subtype of type
# TypeError: super(type, obj): obj must be an instance or subtype of type
# TypeError: super(type, obj): obj must be an instance or subtype of type
# ok super
# TypeError: super() argument 1 must be a type, not int
# ok super
# ok super
# ok super
# ok super
# B>A.f B>A.c B A.f A.c B
# TypeError: super(type, obj): obj must be an instance or subtype of type
