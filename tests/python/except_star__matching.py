# except* matches the leaves of a group by type: each clause runs at most
# once, with the matching subgroup bound to its name and being the handled
# exception; what no clause matched is re-raised as a group; a naked
# exception is wrapped in ExceptionGroup('', (exc,)) for matching.
import sys


def run(label, f):
    try:
        f()
        print(label, "-> no exception")
    except BaseException as x:
        print(label, "->", type(x).__name__, repr(x))


def each_clause_once():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
    except* ValueError as e:
        print("V", repr(e), sys.exc_info()[1] is e)
    except* (TypeError, KeyError) as e:
        print("TK", repr(e))
    except* LookupError:
        print("never: KeyError was taken")


run("each clause once", each_clause_once)


def rest_reraised():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("n", [KeyError(3), ValueError(4)])])
    except* ValueError as e:
        print("V", repr(e))


run("rest re-raised", rest_reraised)


def nothing_matches():
    eg = ExceptionGroup("eg", [ValueError(1)])
    try:
        raise eg
    except* TypeError:
        print("never")
    print("never after")


try:
    nothing_matches()
except ExceptionGroup as g:
    print("unmatched", repr(g), g.__traceback__ is not None)


def naked_wrapped():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("wrapped", repr(e), type(e.exceptions[0]).__name__, e.__traceback__)


run("naked wrapped", naked_wrapped)


def naked_unmatched():
    try:
        raise ValueError("naked")
    except* TypeError:
        print("never")


run("naked unmatched", naked_unmatched)


def by_subclass():
    try:
        raise ExceptionGroup("eg", [FileNotFoundError(1), OSError(2), ZeroDivisionError(3)])
    except* FileNotFoundError as e:
        print("FNF", repr(e))
    except* OSError as e:
        print("OS", repr(e))
    except* ArithmeticError as e:
        print("Arith", repr(e))


run("by subclass", by_subclass)


def base_exceptions():
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1), SystemExit(2)])
    except* KeyboardInterrupt as e:
        print("KI", repr(e))
    except* Exception as e:
        print("Exc", repr(e))


run("base exceptions", base_exceptions)


def all_caught_by_one():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* Exception as e:
        print("all", repr(e))
    except* ValueError:
        print("never")


run("all caught by one", all_caught_by_one)


def unnamed():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print("unnamed", repr(sys.exc_info()[1]))


run("unnamed", unnamed)


def name_cleared():
    try:
        raise ValueError(1)
    except* ValueError as e:
        pass
    try:
        print(e)
    except NameError as n:
        print("cleared:", n)


run("name cleared", name_cleared)


def handled_restored():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* ValueError:
            print("inner", repr(sys.exc_info()[1]))
        print("restored", repr(sys.exc_info()[1]))
    print("after", sys.exc_info())


run("handled restored", handled_restored)


def loops_in_handler():
    for i in range(2):
        try:
            raise ExceptionGroup("eg", [ValueError(i), ValueError(i + 10)])
        except* ValueError as e:
            for x in e.exceptions:
                if x.args[0] >= 10:
                    continue
                print("leaf", repr(x))
                while True:
                    break


run("loops in handler", loops_in_handler)


def nested_try_star():
    try:
        raise ExceptionGroup("outer", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        try:
            raise ExceptionGroup("inner", [KeyError(3), OSError(4)])
        except* KeyError as k:
            print("inner caught", repr(k), repr(sys.exc_info()[1]))
        print("back", repr(sys.exc_info()[1]), repr(e))


run("nested try/except*", nested_try_star)


def gen():
    try:
        yield 1
        raise ExceptionGroup("g", [ValueError(9), TypeError(8)])
    except* ValueError as e:
        yield repr(e)
    except* TypeError as e:
        yield repr(e)


print(list(gen()))


def return_in_body():
    try:
        return "returned from the try body"
    except* ValueError:
        pass


print(return_in_body())

# Output:
# V ExceptionGroup('eg', [ValueError(1), ValueError(3)]) True
# TK ExceptionGroup('eg', [TypeError(2), KeyError(4)])
# each clause once -> no exception
# V ExceptionGroup('eg', [ValueError(1), ExceptionGroup('n', [ValueError(4)])])
# rest re-raised -> ExceptionGroup ExceptionGroup('eg', [TypeError(2), ExceptionGroup('n', [KeyError(3)])])
# unmatched ExceptionGroup('eg', [ValueError(1)]) True
# wrapped ExceptionGroup('', (ValueError('naked'),)) ValueError None
# naked wrapped -> no exception
# naked unmatched -> ValueError ValueError('naked')
# FNF ExceptionGroup('eg', [FileNotFoundError(1)])
# OS ExceptionGroup('eg', [OSError(2)])
# Arith ExceptionGroup('eg', [ZeroDivisionError(3)])
# by subclass -> no exception
# KI BaseExceptionGroup('b', [KeyboardInterrupt()])
# Exc ExceptionGroup('b', [ValueError(1)])
# base exceptions -> BaseExceptionGroup BaseExceptionGroup('b', [SystemExit(2)])
# all ExceptionGroup('eg', [ValueError(1), TypeError(2)])
# all caught by one -> no exception
# unnamed ExceptionGroup('eg', [ValueError(1)])
# unnamed -> no exception
# cleared: cannot access local variable 'e' where it is not associated with a value
# name cleared -> no exception
# inner ExceptionGroup('eg', [ValueError(1)])
# restored KeyError('outer')
# after (None, None, None)
# handled restored -> no exception
# leaf ValueError(0)
# leaf ValueError(1)
# loops in handler -> no exception
# inner caught ExceptionGroup('inner', [KeyError(3)]) ExceptionGroup('inner', [KeyError(3)])
# nested try/except* -> ExceptionGroup ExceptionGroup('', [ExceptionGroup('inner', [OSError(4)]), ExceptionGroup('outer', [TypeError(2)])])
# [1, "ExceptionGroup('g', [ValueError(9)])", "ExceptionGroup('g', [TypeError(8)])"]
# returned from the try body
