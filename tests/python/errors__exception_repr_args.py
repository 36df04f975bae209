e = ValueError("bad value", 42)
print(e.args, str(e), repr(e))
k = KeyError("key")
print(str(k), repr(k), k.args)
z = ZeroDivisionError()
print(repr(z), repr(str(z)), z.args)
t = TypeError("only one")
print(str(t), repr(t))
print(repr(IndexError(1)), str(IndexError(1)))
print(isinstance(KeyError(), LookupError), isinstance(ZeroDivisionError(), ArithmeticError))
print(issubclass(RecursionError, RuntimeError), issubclass(ModuleNotFoundError, ImportError))

# Output:
# ('bad value', 42) ('bad value', 42) ValueError('bad value', 42)
# 'key' KeyError('key') ('key',)
# ZeroDivisionError() '' ()
# only one TypeError('only one')
# IndexError(1) 1
# True True
# True True
