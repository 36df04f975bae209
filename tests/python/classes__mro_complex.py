class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass

print([k.__name__ for k in A.__mro__])

class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass

try:
    class Bad(Z, W):
        pass
except TypeError as e:
    print(" ".join(str(e).split()))

# Output:
# ['A', 'B', 'C', 'D', 'E', 'F', 'O', 'object']
# Cannot create a consistent method resolution order (MRO) for bases X, Y
