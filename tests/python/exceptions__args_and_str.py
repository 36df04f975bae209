e = ValueError("bad value", 42)
print(e.args, str(e), repr(e))
print(str(KeyError("k")), repr(KeyError("k")))
print(str(KeyError("a", "b")))
print(str(IndexError()), repr(IndexError()))
try:
    raise TypeError
except TypeError as err:
    print(repr(err), err.args)
x = Exception("msg")
x.args = ("changed",)
print(x)
print(isinstance(x, BaseException))

# Output:
# ('bad value', 42) ('bad value', 42) ValueError('bad value', 42)
# 'k' KeyError('k')
# ('a', 'b')
#  IndexError()
# TypeError() ()
# changed
# True
