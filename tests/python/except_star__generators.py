# Generators that suspend inside an except* clause: closing one raises
# GeneratorExit in the clause, which joins the unhandled rest.
def gen():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        yield 1
        yield 2
    print("never")
g = gen()
print(next(g))
g.close()
print("closed")
def gen2():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        yield 1
g = gen2()
print(next(g))
try:
    g.close()
except BaseException as e:
    print(type(e).__name__, repr(e))

# Output:
# 1
# closed
# 1
# BaseExceptionGroup BaseExceptionGroup('', [GeneratorExit(), ExceptionGroup('g', [TypeError(2)])])
