def f():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")

try:
    f()
except KeyError as e:
    print("got", repr(e))
    print("context", repr(e.__context__))

def g():
    try:
        return 1
    finally:
        1 / 0

try:
    g()
except ZeroDivisionError as e:
    print("g:", e)
f()

# Output:
# got KeyError('from finally')
# context ValueError('original')
# g: division by zero
# Raise: KeyError: 'from finally'
