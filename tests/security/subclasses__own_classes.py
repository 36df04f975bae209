# What closing the object.__subclasses__() walk keeps: a program still sees
# the subclasses of its own classes and of the builtin types, as in CPython.


class A:
    pass


class B(A):
    pass


class C(A):
    pass


class D(B, C):
    pass


class MyInt(int):
    pass


class MyError(ValueError):
    pass


print(A.__subclasses__())
print(B.__subclasses__(), C.__subclasses__(), D.__subclasses__())
print(type.__subclasses__(A) == A.__subclasses__())
print(MyInt in int.__subclasses__(), bool in int.__subclasses__())
print(MyError in ValueError.__subclasses__())
print(ZeroDivisionError in ArithmeticError.__subclasses__())
print(A in object.__subclasses__(), B in object.__subclasses__())
print([c.__name__ for c in A.__subclasses__()[0].__subclasses__()])

# Output:
# [<class '__main__.B'>, <class '__main__.C'>]
# [<class '__main__.D'>] [<class '__main__.D'>] []
# True
# True True
# True
# True
# True False
# ['D']
