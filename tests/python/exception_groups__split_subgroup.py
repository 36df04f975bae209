# split() and subgroup() with each kind of condition (a type, a tuple of
# types, a function), on nested groups; what the parts keep of the original
# (traceback, cause, context, a copy of the notes); the errors.


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as x:
        print(label, "->", type(x).__name__ + ":", x)


def make():
    try:
        raise ExceptionGroup(
            "top",
            [
                ValueError(1),
                TypeError(2),
                ExceptionGroup("mid", [ValueError(3), KeyError(4), ExceptionGroup("low", [TypeError(5)])]),
                OSError(6),
            ],
        )
    except ExceptionGroup as g:
        return g


eg = make()

# By type.
print(eg.split(ValueError))
print(eg.split(TypeError))
print(eg.split(LookupError))
print(eg.split(ZeroDivisionError))
print(eg.split(Exception)[0] is eg, eg.split(Exception)[1])
print(eg.subgroup(OSError))
print(eg.subgroup(ArithmeticError))
print(eg.subgroup(BaseException) is eg)

# A group class matches groups as a whole.
print(eg.split(ExceptionGroup)[0] is eg)
low_only = eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "low")
print(low_only)

# By a tuple of types.
print(eg.split((ValueError, KeyError)))
print(eg.subgroup((TypeError, OSError)))
print(eg.subgroup((ValueError, TypeError, KeyError, OSError)) is eg)

# By a function: called on the groups too, outermost first.
seen = []


def pred(e):
    seen.append(type(e).__name__ + ":" + (e.message if isinstance(e, ExceptionGroup) else str(e)))
    return isinstance(e, ValueError) or (isinstance(e, OSError) and e.args[0] == 6)


print(eg.split(pred))
print(seen)
print(eg.subgroup(lambda e: False), eg.split(lambda e: True)[0] is eg)
print(eg.subgroup(lambda e: 1 if isinstance(e, KeyError) else 0))

# The parts keep the original's traceback, cause and context and a copy
# of its notes, and have __suppress_context__ set.
eg.add_note("a note")
eg.__cause__ = RuntimeError("cause")
eg.__context__ = NameError("context")
eg.__suppress_context__ = False
match, rest = eg.split(ValueError)
for part in (match, rest):
    print(
        part.message,
        part.__notes__,
        part.__notes__ is eg.__notes__,
        repr(part.__cause__),
        repr(part.__context__),
        part.__suppress_context__,
        part.__traceback__.tb_lineno == eg.__traceback__.tb_lineno,
    )
inner = match.exceptions[1]
print(inner.message, inner.__traceback__, hasattr(inner, "__notes__"))
print(match.exceptions[0] is eg.exceptions[0])
match.add_note("only on the part")
print(eg.__notes__, match.__notes__)
eg.__notes__ = "xy"
print(eg.subgroup(OSError).__notes__)
eg.__notes__ = 42
print(hasattr(eg.subgroup(OSError), "__notes__"))

# Bad conditions.
attempt("int", lambda: eg.split(1))
attempt("instance", lambda: eg.split(ValueError()))
attempt("list", lambda: eg.split([ValueError]))
attempt("tuple with int", lambda: eg.split((ValueError, int)))
attempt("builtin", lambda: eg.split(print))
attempt("bound method", lambda: eg.split("x".startswith))
attempt("no arg", lambda: eg.split())
attempt("two args", lambda: eg.subgroup(ValueError, TypeError))
attempt("keyword", lambda: eg.split(cond=ValueError))
attempt("no arg subgroup", lambda: eg.subgroup())


def boom(e):
    raise ZeroDivisionError("from predicate")


attempt("predicate raises", lambda: eg.split(boom))

# The methods called on something that is not a group.
attempt("str of a plain exception", lambda: BaseExceptionGroup.__str__(ValueError()))
attempt("derive of a plain exception", lambda: BaseExceptionGroup.derive(ValueError(), []))
attempt("split of an int", lambda: BaseExceptionGroup.split(1, ValueError))
attempt("subgroup of a plain exception", lambda: BaseExceptionGroup.subgroup(KeyError(), KeyError))

# Output:
# (ExceptionGroup('top', [ValueError(1), ExceptionGroup('mid', [ValueError(3)])]), ExceptionGroup('top', [TypeError(2), ExceptionGroup('mid', [KeyError(4), ExceptionGroup('low', [TypeError(5)])]), OSError(6)]))
# (ExceptionGroup('top', [TypeError(2), ExceptionGroup('mid', [ExceptionGroup('low', [TypeError(5)])])]), ExceptionGroup('top', [ValueError(1), ExceptionGroup('mid', [ValueError(3), KeyError(4)]), OSError(6)]))
# (ExceptionGroup('top', [ExceptionGroup('mid', [KeyError(4)])]), ExceptionGroup('top', [ValueError(1), TypeError(2), ExceptionGroup('mid', [ValueError(3), ExceptionGroup('low', [TypeError(5)])]), OSError(6)]))
# (None, ExceptionGroup('top', [ValueError(1), TypeError(2), ExceptionGroup('mid', [ValueError(3), KeyError(4), ExceptionGroup('low', [TypeError(5)])]), OSError(6)]))
# True None
# top (1 sub-exception)
# None
# True
# True
# top (1 sub-exception)
# (ExceptionGroup('top', [ValueError(1), ExceptionGroup('mid', [ValueError(3), KeyError(4)])]), ExceptionGroup('top', [TypeError(2), ExceptionGroup('mid', [ExceptionGroup('low', [TypeError(5)])]), OSError(6)]))
# top (3 sub-exceptions)
# False
# (ExceptionGroup('top', [ValueError(1), ExceptionGroup('mid', [ValueError(3)]), OSError(6)]), ExceptionGroup('top', [TypeError(2), ExceptionGroup('mid', [KeyError(4), ExceptionGroup('low', [TypeError(5)])])]))
# ['ExceptionGroup:top', 'ValueError:1', 'TypeError:2', 'ExceptionGroup:mid', 'ValueError:3', 'KeyError:4', 'ExceptionGroup:low', 'TypeError:5', 'OSError:6']
# None True
# top (1 sub-exception)
# top ['a note'] False RuntimeError('cause') NameError('context') True True
# top ['a note'] False RuntimeError('cause') NameError('context') True True
# mid None False
# True
# ['a note'] ['a note', 'only on the part']
# ['x', 'y']
# False
# int -> TypeError: expected a function, exception type or tuple of exception types
# instance -> TypeError: expected a function, exception type or tuple of exception types
# list -> TypeError: expected a function, exception type or tuple of exception types
# tuple with int -> TypeError: expected a function, exception type or tuple of exception types
# builtin -> TypeError: expected a function, exception type or tuple of exception types
# bound method -> TypeError: expected a function, exception type or tuple of exception types
# no arg -> TypeError: split expected 1 argument, got 0
# two args -> TypeError: subgroup expected 1 argument, got 2
# keyword -> TypeError: BaseExceptionGroup.split() takes no keyword arguments
# no arg subgroup -> TypeError: subgroup expected 1 argument, got 0
# predicate raises -> ZeroDivisionError: from predicate
# str of a plain exception -> TypeError: descriptor '__str__' requires a 'BaseExceptionGroup' object but received a 'ValueError'
# derive of a plain exception -> TypeError: descriptor 'derive' for 'BaseExceptionGroup' objects doesn't apply to a 'ValueError' object
# split of an int -> TypeError: descriptor 'split' for 'BaseExceptionGroup' objects doesn't apply to a 'int' object
# subgroup of a plain exception -> TypeError: descriptor 'subgroup' for 'BaseExceptionGroup' objects doesn't apply to a 'KeyError' object
