# Exceptions cross awaits both ways: raised below and caught above, thrown
# in from the driver and seen at the innermost await.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Pause:
    def __await__(self):
        yield "paused"


async def leaf():
    try:
        await Pause()
    except KeyError as e:
        print("leaf caught", repr(e))
        raise ValueError("converted") from e
    return "leaf done"


async def middle():
    try:
        return await leaf()
    except ValueError as e:
        print("middle caught", repr(e), "cause", repr(e.__cause__))
        return "recovered"


m = middle()
print(m.send(None))
try:
    m.throw(KeyError("thrown"))
except StopIteration as e:
    print("result", e.value)


async def failing():
    await Pause()
    raise IndexError("deep")


async def chain(n):
    if n == 0:
        return await failing()
    return await chain(n - 1)


try:
    run(chain(3))
except IndexError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_lineno)
        tb = tb.tb_next
    print("IndexError", e, names)

# Output:
# paused
# leaf caught KeyError('thrown')
# middle caught ValueError('converted') cause KeyError('thrown')
# result recovered
# IndexError deep [54, 7, 50, 50, 50, 49, 44]
