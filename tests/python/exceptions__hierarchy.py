pairs = [
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (FileNotFoundError, OSError), (ModuleNotFoundError, ImportError),
    (UnboundLocalError, NameError), (NotImplementedError, RuntimeError),
    (RecursionError, RuntimeError), (StopIteration, Exception),
    (KeyboardInterrupt, Exception), (KeyboardInterrupt, BaseException),
    (SystemExit, BaseException), (GeneratorExit, Exception),
    (Exception, BaseException), (TypeError, ValueError), (bool, int),
    (UnicodeDecodeError, ValueError), (AssertionError, Exception),
]
for sub, sup in pairs:
    print(sub.__name__, "<", sup.__name__, issubclass(sub, sup))
try:
    {}["missing"]
except LookupError as e:
    print("caught via LookupError:", type(e).__name__, e)
try:
    [1][5]
except LookupError as e:
    print("caught via LookupError:", type(e).__name__, e)
print([c.__name__ for c in KeyError.__mro__])

# Output:
# KeyError < LookupError True
# IndexError < LookupError True
# LookupError < Exception True
# ZeroDivisionError < ArithmeticError True
# OverflowError < ArithmeticError True
# FileNotFoundError < OSError True
# ModuleNotFoundError < ImportError True
# UnboundLocalError < NameError True
# NotImplementedError < RuntimeError True
# RecursionError < RuntimeError True
# StopIteration < Exception True
# KeyboardInterrupt < Exception False
# KeyboardInterrupt < BaseException True
# SystemExit < BaseException True
# GeneratorExit < Exception False
# Exception < BaseException True
# TypeError < ValueError False
# bool < int True
# UnicodeDecodeError < ValueError True
# AssertionError < Exception True
# caught via LookupError: KeyError 'missing'
# caught via LookupError: IndexError list index out of range
# ['KeyError', 'LookupError', 'Exception', 'BaseException', 'object']
