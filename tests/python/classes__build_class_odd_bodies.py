# `__build_class__` called directly with bodies a class statement never
# makes: a generator function (calling it only makes a generator, so the
# class is built with an empty namespace), including from inside another
# generator and from a function that `map` calls; and a body that returns a
# closure cell that is already set (TypeError, the cell left alone).


def body():
    try:
        yield 1
    except RuntimeError:
        pass
    x = 1
    yield 2


def gen():
    X = __build_class__(body, "X")
    yield X.__name__
    yield sorted(k for k in vars(X) if not k.startswith("__"))


it = gen()
print(next(it))
print(next(it))
print(next(it, "exhausted"))


def g(x):
    __build_class__(body, "Y")
    return "g%d" % x


def h():
    a = 1
    r = list(map(g, [1, 2]))
    print("h got", r, a)
    return a


print("main", h())


def outer():
    v = 1

    def inner():
        return v

    return inner


f = outer()
c = f.__closure__[0]
try:
    Z = __build_class__(lambda: c, "Z")
    print(Z, c.cell_contents, f())
except TypeError as e:
    print("TypeError", e)
print("cell kept", c.cell_contents, f())
print("end")

# Output:
# X
# []
# exhausted
# h got ['g1', 'g2'] 1
# main 1
# TypeError __class__ set to 1 defining 'Z' as <class '__main__.Z'>
# cell kept 1 1
# end
