# The most derived metaclass is chosen from the explicit one and the
# bases' metaclasses; two unrelated metaclasses are a conflict.


class MA(type):
    pass


class MB(type):
    pass


class MC(MA):
    pass


class A(metaclass=MA):
    pass


class B(metaclass=MB):
    pass


class C(metaclass=MC):
    pass


# Inherited: the base's metaclass wins over `type`.
class D(A):
    pass


print(type(D).__name__)


# Explicit less derived than a base's: the base's (more derived) wins.
class E(C, metaclass=MA):
    pass


print(type(E).__name__)


# Explicit more derived than the base's.
class F(A, metaclass=MC):
    pass


print(type(F).__name__)


# Two bases, one metaclass derived from the other.
class G(A, C):
    pass


print(type(G).__name__)

for make in (
    lambda: type("X", (A, B), {}),
    lambda: MA("X", (B,), {}),
    lambda: type.__new__(MA, "X", (B,), {}),
):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)

try:
    class H(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class I(A, metaclass=MB):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class J(metaclass=MB):
        pass

    class K(J, C):
        pass
except TypeError as e:
    print("TypeError:", e)


# A metaclass that is not a class is called as it is, whatever the bases.
def plain(name, bases, ns):
    return (name, [b.__name__ for b in bases])


class L(A, B, metaclass=plain):
    pass


print(L)


# A metaclass deriving from both resolves the conflict.
class MAB(MA, MB):
    pass


class M(A, B, metaclass=MAB):
    pass


print(type(M).__name__, [k.__name__ for k in type(M).__mro__])


class N(A, B, metaclass=MAB):
    pass


print(type(N).__name__)

# The conflict is reported before the class body's namespace is used.
try:
    class O(A, B):
        print("body runs")
except TypeError as e:
    print("TypeError:", e)

# Output:
# MA
# MC
# MC
# MC
# TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
# TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
# TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
# TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
# TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
# TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
# ('L', ['A', 'B'])
# MAB ['MAB', 'MA', 'MB', 'type', 'object']
# MAB
# TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
