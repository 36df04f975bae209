# A traceback through awaits names every coroutine frame, innermost last.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Pause:
    def __await__(self):
        yield


async def leaf(x):
    await Pause()
    return 10 // x


async def middle(x):
    v = await leaf(x)
    return v + 1


async def agen():
    yield await middle(1)
    yield await middle(0)


async def top():
    return [v async for v in agen()]


print(run(middle(2)))
run(top())

# Output:
# 6
# Traceback:
# Traceback (most recent call last):
#   File "coroutines__traceback.py", line 36, in <module>
#     run(top())
#   File "coroutines__traceback.py", line 6, in run
#     coro.send(None)
#   File "coroutines__traceback.py", line 32, in top
#     return [v async for v in agen()]
#   File "coroutines__traceback.py", line 32, in <listcomp>
#     return [v async for v in agen()]
#   File "coroutines__traceback.py", line 28, in agen
#     yield await middle(0)
#   File "coroutines__traceback.py", line 22, in middle
#     v = await leaf(x)
#   File "coroutines__traceback.py", line 18, in leaf
#     return 10 // x
# ZeroDivisionError: integer division or modulo by zero
