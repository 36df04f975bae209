# Exceptions from descriptor methods propagate with their frames; an
# AttributeError from __get__ falls back to __getattr__.


class Lazy:
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        raise AttributeError("not computed yet")


class WithFallback:
    v = Lazy()

    def __getattr__(self, name):
        return "fallback " + name


print(WithFallback().v)


class Strict:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        return obj.__dict__[self.name]

    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name} must be an int")
        obj.__dict__[self.name] = value


class Rec:
    n = Strict()


r = Rec()
try:
    r.n = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    print(r.n)
except KeyError as e:
    print("KeyError:", e)
r.n = 4
print(r.n)


def read(obj):
    return obj.n + 1


del r.__dict__["n"]
read(r)

# Output:
# fallback v
# TypeError: n must be an int
# KeyError: 'n'
# 4
# Traceback:
# Traceback (most recent call last):
#   File "classes__descriptors_errors.py", line 57, in <module>
#     read(r)
#   File "classes__descriptors_errors.py", line 53, in read
#     return obj.n + 1
#   File "classes__descriptors_errors.py", line 27, in __get__
#     return obj.__dict__[self.name]
# KeyError: 'n'
