# BaseExceptionGroup and ExceptionGroup construction: which class comes
# back, the checks on the message and the exceptions with CPython's
# messages, message/exceptions/args, str and repr.


def attempt(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__, repr(r))
    except Exception as x:
        print(label, "->", type(x).__name__ + ":", x)


print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))

# BaseExceptionGroup with only Exceptions is an ExceptionGroup.
attempt("base of exceptions", lambda: BaseExceptionGroup("m", [ValueError(1)]))
attempt("base of base", lambda: BaseExceptionGroup("m", [KeyboardInterrupt(), ValueError(1)]))
attempt("group of base", lambda: ExceptionGroup("m", [ValueError(1), SystemExit(2)]))
attempt("tuple", lambda: ExceptionGroup("m", (ValueError(1),)))
attempt("nested", lambda: ExceptionGroup("m", [ExceptionGroup("n", [TypeError()])]))
attempt("base nested", lambda: ExceptionGroup("m", [BaseExceptionGroup("n", [GeneratorExit()])]))

# Bad arguments.
attempt("no args", lambda: ExceptionGroup())
attempt("one arg", lambda: ExceptionGroup("m"))
attempt("three args", lambda: ExceptionGroup("m", [ValueError()], 3))
attempt("msg not str", lambda: ExceptionGroup(b"m", [ValueError()]))
attempt("msg None", lambda: BaseExceptionGroup(None, [ValueError()]))
attempt("not a sequence", lambda: ExceptionGroup("m", ValueError()))
attempt("a set", lambda: ExceptionGroup("m", {ValueError()}))
attempt("a dict", lambda: ExceptionGroup("m", {1: ValueError()}))
attempt("a generator", lambda: ExceptionGroup("m", (e for e in [ValueError()])))
attempt("empty", lambda: ExceptionGroup("m", []))
attempt("empty str", lambda: ExceptionGroup("m", ""))
attempt("str items", lambda: ExceptionGroup("m", "ab"))
attempt("class item", lambda: ExceptionGroup("m", [ValueError(1), TypeError]))
attempt("int item", lambda: ExceptionGroup("m", [ValueError(1), 2, 3]))
attempt("keyword", lambda: ExceptionGroup("m", [ValueError()], x=1))
attempt("new of int", lambda: BaseExceptionGroup.__new__(int, "m", [ValueError()]))
attempt("new of ValueError", lambda: BaseExceptionGroup.__new__(ValueError, "m", [ValueError()]))


class StrSub(str):
    pass


attempt("str subclass", lambda: ExceptionGroup(StrSub("sub"), [ValueError()]).message)


class Seq:
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i >= 2:
            raise IndexError(i)
        return KeyError(i)


attempt("sequence class", lambda: ExceptionGroup("m", Seq()).exceptions)

# Fields, str and repr.
excs = [ValueError(1), TypeError(2)]
eg = ExceptionGroup("msg", excs)
print(repr(eg))
print(str(eg))
print(eg.message, eg.exceptions, type(eg.exceptions).__name__)
print(eg.args, eg.args[1] is excs, eg.exceptions[0] is excs[0])
excs.append(KeyError(3))
print(len(eg.exceptions), repr(eg))
print(str(ExceptionGroup("one", [ValueError()])))
print(str(ExceptionGroup("", [ValueError()])), repr(ExceptionGroup("", (ValueError(),))))
print(eg.__dict__)
attempt("set message", lambda: setattr(eg, "message", "x"))
attempt("set exceptions", lambda: setattr(eg, "exceptions", ()))
e = ValueError()
e.message = "plain exceptions may have a message"
print(e.message)
eg.other = 5
print(eg.other, eg.__dict__)

# Catching a group with plain except.
try:
    raise ExceptionGroup("caught", [ValueError(1)])
except Exception as x:
    print("plain except", type(x).__name__, repr(x))
try:
    raise BaseExceptionGroup("caught", [KeyboardInterrupt()])
except Exception:
    print("wrong")
except BaseException as x:
    print("base except", type(x).__name__, repr(x))

# Output:
# (<class 'ExceptionGroup'>, <class 'BaseExceptionGroup'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)
# (<class 'BaseExceptionGroup'>, <class 'BaseException'>, <class 'object'>)
# True False
# base of exceptions -> ExceptionGroup ExceptionGroup('m', [ValueError(1)])
# base of base -> BaseExceptionGroup BaseExceptionGroup('m', [KeyboardInterrupt(), ValueError(1)])
# group of base -> TypeError: Cannot nest BaseExceptions in an ExceptionGroup
# tuple -> ExceptionGroup ExceptionGroup('m', (ValueError(1),))
# nested -> ExceptionGroup ExceptionGroup('m', [ExceptionGroup('n', [TypeError()])])
# base nested -> TypeError: Cannot nest BaseExceptions in an ExceptionGroup
# no args -> TypeError: BaseExceptionGroup.__new__() takes exactly 2 arguments (0 given)
# one arg -> TypeError: BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)
# three args -> TypeError: BaseExceptionGroup.__new__() takes exactly 2 arguments (3 given)
# msg not str -> TypeError: BaseExceptionGroup.__new__() argument 1 must be str, not bytes
# msg None -> TypeError: BaseExceptionGroup.__new__() argument 1 must be str, not None
# not a sequence -> TypeError: second argument (exceptions) must be a sequence
# a set -> TypeError: second argument (exceptions) must be a sequence
# a dict -> TypeError: second argument (exceptions) must be a sequence
# a generator -> TypeError: second argument (exceptions) must be a sequence
# empty -> ValueError: second argument (exceptions) must be a non-empty sequence
# empty str -> ValueError: second argument (exceptions) must be a non-empty sequence
# str items -> ValueError: Item 0 of second argument (exceptions) is not an exception
# class item -> ValueError: Item 1 of second argument (exceptions) is not an exception
# int item -> ValueError: Item 1 of second argument (exceptions) is not an exception
# keyword -> TypeError: ExceptionGroup() takes no keyword arguments
# new of int -> TypeError: BaseExceptionGroup.__new__(int): int is not a subtype of BaseExceptionGroup
# new of ValueError -> TypeError: BaseExceptionGroup.__new__(ValueError): ValueError is not a subtype of BaseExceptionGroup
# str subclass -> StrSub 'sub'
# sequence class -> tuple (KeyError(0), KeyError(1))
# ExceptionGroup('msg', [ValueError(1), TypeError(2)])
# msg (2 sub-exceptions)
# msg (ValueError(1), TypeError(2)) tuple
# ('msg', [ValueError(1), TypeError(2)]) True True
# 2 ExceptionGroup('msg', [ValueError(1), TypeError(2), KeyError(3)])
# one (1 sub-exception)
#  (1 sub-exception) ExceptionGroup('', (ValueError(),))
# {}
# set message -> AttributeError: readonly attribute
# set exceptions -> AttributeError: readonly attribute
# plain exceptions may have a message
# 5 {'other': 5}
# plain except ExceptionGroup ExceptionGroup('caught', [ValueError(1)])
# base except BaseExceptionGroup BaseExceptionGroup('caught', [KeyboardInterrupt()])
