# A class with thousands of bases gets its C3 order quickly, and the
# order is CPython's.
bases = [type("B%d" % i, (), {}) for i in range(1000)]
C = type("C", tuple(bases), {})
print(len(C.__mro__), C.__mro__[1].__name__, C.__mro__[-2].__name__)


class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass


print([k.__name__ for k in Z.__mro__])
try:
    class X(O, A):
        pass
except TypeError as e:
    print("TypeError", " ".join(str(e).split()))

# Output:
# 1002 B0 B999
# ['Z', 'K1', 'K2', 'K3', 'D', 'A', 'B', 'C', 'E', 'O', 'object']
# TypeError Cannot create a consistent method resolution order (MRO) for bases O, A
