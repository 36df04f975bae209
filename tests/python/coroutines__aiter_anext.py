# The aiter() and anext() builtins: their errors, anext's default through
# anext_awaitable (send, throw, close pass to the awaited __anext__).
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
for f in (lambda: aiter(), lambda: aiter(1, 2), lambda: anext(), lambda: anext(1, 2, 3), lambda: aiter(1), lambda: anext(1), lambda: anext([1], 0)):
    try: f()
    except TypeError as e: print(e)
class BadAiter:
    def __aiter__(self): return 1
try: aiter(BadAiter())
except TypeError as e: print(e)
async def ag():
    yield 1
a = ag()
print(aiter(a) is a)
n = anext(a)
print(type(n).__name__)
print(run(n))
d = anext(a, "dflt")
print(type(d).__name__, repr(d)[:22])
print(run(d))
print(run(anext(a, "again")))
try: run(anext(a))
except StopAsyncIteration: print("SAI")
class Odd:
    def __anext__(self): return 5
try: run(anext(Odd(), 1))
except TypeError as e: print("TE", e)
class Pause:
    def __await__(self):
        v = yield "p"
        return v
class AI:
    def __aiter__(self): return self
    async def __anext__(self):
        x = await Pause()
        if x == "stop": raise StopAsyncIteration
        return x
w = anext(AI(), "D")
print(w.send(None))
try: w.send("val")
except StopIteration as e: print("val", e.value)
w = anext(AI(), "D")
print(w.send(None))
try: w.send("stop")
except StopIteration as e: print("stop", e.value)
w = anext(AI(), "D")
print(w.send(None))
try: w.throw(KeyError("k"))
except KeyError as e: print("KE", e)
w = anext(AI(), "D")
print(w.__await__() is w, iter(w) is w, next(w))
print(w.close())
w = anext(AI(), "D")
try: w.send(1)
except TypeError as e: print("TE", e)

# Output:
# aiter() takes exactly one argument (0 given)
# aiter() takes exactly one argument (2 given)
# anext expected at least 1 argument, got 0
# anext expected at most 2 arguments, got 3
# 'int' object is not an async iterable
# 'int' object is not an async iterator
# 'list' object is not an async iterator
# aiter() returned not an async iterator of type 'int'
# True
# async_generator_asend
# 1
# anext_awaitable <anext_awaitable objec
# dflt
# again
# SAI
# TE object int can't be used in 'await' expression
# p
# val val
# p
# stop D
# p
# KE 'k'
# True True p
# None
# TE can't send non-None value to a just-started coroutine
