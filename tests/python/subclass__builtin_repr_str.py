# str(), format() and print() of instances of builtin subclasses that
# override __repr__ and/or __str__ (object.__str__ is repr(self)).

class T(tuple):
    def __repr__(self):
        return "T" + tuple.__repr__(self)

class I(int):
    def __repr__(self):
        return "I<%d>" % self

class F(float):
    def __str__(self):
        return "F-str"

class S(str):
    def __repr__(self):
        return "S-repr"

class L(list):
    def __repr__(self):
        return "L" + list.__repr__(self)

class D(dict):
    def __str__(self):
        return "D-str"

class Plain(int):
    pass

for v in [T((1, 2)), I(3), F(1.5), S("x"), L([1]), D(a=1), Plain(4)]:
    print(type(v).__name__, repr(v), str(v), f"{v}", "{}".format(v), format(v, ""), [v])
print(f"{I(3):>5}|{F(1.5):.3f}|{S('x'):>3}|{Plain(4):03d}")
print("%s %r" % (I(3), I(3)), "%s" % (F(2.0),), "%d" % I(7))

class C(int):
    def __repr__(s): return f"C({super().__repr__()})"
print(repr(C(5)), int.__repr__(True), float.__repr__(2.0))
try: int.__repr__("x")
except TypeError as e: print(e)
try: int.__repr__()
except TypeError as e: print(e)
print(str.__str__("ab"), tuple.__repr__((1,)), type(None).__repr__(None))

# Output:
# T T(1, 2) T(1, 2) T(1, 2) T(1, 2) T(1, 2) [T(1, 2)]
# I I<3> I<3> I<3> I<3> I<3> [I<3>]
# F 1.5 F-str F-str F-str F-str [1.5]
# S S-repr x x x x [S-repr]
# L L[1] L[1] L[1] L[1] L[1] [L[1]]
# D {'a': 1} D-str D-str D-str D-str [{'a': 1}]
# Plain 4 4 4 4 4 [4]
#     3|1.500|  x|004
# I<3> I<3> F-str 7
# C(5) 1 2.0
# descriptor '__repr__' requires a 'int' object but received a 'str'
# descriptor '__repr__' of 'int' object needs an argument
# ab (1,) None
