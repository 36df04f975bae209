# A worker's exception reaches the caller with its type and message, its
# cause a RemoteTraceback that holds the worker's traceback; other items'
# results are not mixed in, and the pool goes on working afterwards.
from multiprocessing import Pool
import multiprocessing.pool


class ParseError(Exception):
    pass


def parse(text):
    if not text.isdigit():
        raise ParseError("not a number: %r" % text)
    return int(text)


def divide(a, b):
    return a / b


def lookup(key):
    return {"a": 1}[key]


def unfreezable(x):
    return (i for i in range(x))


def remote_tail(e):
    cause = e.__cause__
    lines = str(cause).strip().splitlines()
    return (type(cause).__name__, lines[0] == '"""', lines[1],
            lines[-2], lines[-1])


if __name__ == "__main__":
    with Pool(2) as pool:
        try:
            pool.map(parse, ["1", "2", "x3", "4"])
        except ParseError as e:
            print("ParseError:", e)
            print(remote_tail(e))
            print(isinstance(e.__cause__, multiprocessing.pool.RemoteTraceback))
        try:
            pool.starmap(divide, [(1, 2), (3, 0)])
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e, e.args)
        try:
            pool.apply(lookup, ("b",))
        except KeyError as e:
            print("KeyError:", e, remote_tail(e)[3])
        r = pool.apply_async(divide, (1, 0))
        r.wait()
        print(r.successful())
        try:
            r.get()
        except ZeroDivisionError as e:
            print(type(e).__name__, e)
        print(pool.map(parse, ["10", "20"]))
        try:
            pool.apply(unfreezable, (3,))
        except Exception as e:
            print("unsendable result raised", isinstance(e, Exception))
        print(pool.apply(divide, (9, 3)))

# Output:
# ParseError: not a number: 'x3'
# ('RemoteTraceback', True, 'Traceback (most recent call last):', "ParseError: not a number: 'x3'", '"""')
# True
# ZeroDivisionError: division by zero ('division by zero',)
# KeyError: 'b' KeyError: 'b'
# False
# ZeroDivisionError division by zero
# [10, 20]
# unsendable result raised True
# 3.0
