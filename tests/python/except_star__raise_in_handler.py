# Exceptions raised inside except* clauses: a bare `raise` re-raises the
# matched part, which goes back into the original's shape; anything else
# is raised anew and joins the unhandled rest in ExceptionGroup('', [...]);
# the chaining (__context__, __cause__) of each.


def run(label, f):
    try:
        f()
        print(label, "-> no exception")
        return None
    except BaseException as x:
        print(label, "->", type(x).__name__, repr(x))
        return x


def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("from V")
    except* TypeError as e:
        raise RuntimeError("from T") from e


g = run("raise new", raise_new)
for x in g.exceptions:
    print("  ", repr(x), repr(x.__context__), repr(x.__cause__), x.__suppress_context__)


def bare_reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("n", [ValueError(2), TypeError(3)]), KeyError(4)])
    except* ValueError:
        raise
    except* TypeError:
        pass


run("bare re-raise keeps the shape", bare_reraise)


def raise_bound_name():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e


run("raise e is a new raise", raise_bound_name)


def both_reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise
    except* TypeError:
        raise


run("both re-raise", both_reraise)


def raise_group():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise ExceptionGroup("new", [OSError(5)])


run("raise a group", raise_group)


def two_raise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise OSError("a")
    except* TypeError:
        raise OSError("b")


run("two clauses raise", two_raise)


def one_raise_all_handled():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise OSError("only")


x = run("one raise, nothing else", one_raise_all_handled)
print("  context:", repr(x.__context__))


def naked_raise():
    try:
        raise ValueError(1)
    except* ValueError:
        raise TypeError(2)


x = run("naked, raise", naked_raise)
print("  context:", repr(x.__context__), repr(x.__context__.exceptions[0]))


def naked_bare():
    try:
        raise ValueError(1)
    except* ValueError:
        raise


run("naked, bare raise", naked_bare)


def raise_from_none():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("k") from None


g = run("raise from None", raise_from_none)
print("  ", g.exceptions[0].__suppress_context__, repr(g.exceptions[0].__cause__))


def error_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        e.exceptions[5]


g = run("error in a handler", error_in_handler)
print("  ", repr(g.exceptions[0].__context__))


def retry():
    for attempt in range(3):
        try:
            raise ExceptionGroup("try %d" % attempt, [ValueError(attempt)])
        except* ValueError as e:
            if attempt < 2:
                print("retrying after", repr(e))
            else:
                raise


run("retry", retry)

# Output:
# raise new -> ExceptionGroup ExceptionGroup('', [KeyError('from V'), RuntimeError('from T'), ExceptionGroup('eg', [OSError(3)])])
#    KeyError('from V') ExceptionGroup('eg', [ValueError(1)]) None False
#    RuntimeError('from T') ExceptionGroup('eg', [TypeError(2)]) ExceptionGroup('eg', [TypeError(2)]) True
#    ExceptionGroup('eg', [OSError(3)]) None None True
# bare re-raise keeps the shape -> ExceptionGroup ExceptionGroup('eg', [ValueError(1), ExceptionGroup('n', [ValueError(2)]), KeyError(4)])
# raise e is a new raise -> ExceptionGroup ExceptionGroup('', [ExceptionGroup('eg', [ValueError(1)]), ExceptionGroup('eg', [TypeError(2)])])
# both re-raise -> ExceptionGroup ExceptionGroup('eg', [ValueError(1), TypeError(2), KeyError(3)])
# raise a group -> ExceptionGroup ExceptionGroup('', [ExceptionGroup('new', [OSError(5)]), ExceptionGroup('eg', [TypeError(2)])])
# two clauses raise -> ExceptionGroup ExceptionGroup('', [OSError('a'), OSError('b')])
# one raise, nothing else -> OSError OSError('only')
#   context: ExceptionGroup('eg', [ValueError(1)])
# naked, raise -> TypeError TypeError(2)
#   context: ExceptionGroup('', (ValueError(1),)) ValueError(1)
# naked, bare raise -> ExceptionGroup ExceptionGroup('', (ValueError(1),))
# raise from None -> ExceptionGroup ExceptionGroup('', [KeyError('k'), ExceptionGroup('eg', [TypeError(2)])])
#    True None
# error in a handler -> ExceptionGroup ExceptionGroup('', [IndexError('tuple index out of range'), ExceptionGroup('eg', [TypeError(2)])])
#    ExceptionGroup('eg', [ValueError(1)])
# retrying after ExceptionGroup('try 0', [ValueError(0)])
# retrying after ExceptionGroup('try 1', [ValueError(1)])
# retry -> ExceptionGroup ExceptionGroup('try 2', [ValueError(2)])
