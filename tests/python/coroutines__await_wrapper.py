# __await__ returning another coroutine's __await__() (the Future pattern):
# send values, throw and close pass through the coroutine_wrapper.
class Pause:
    def __await__(self):
        v = yield "p"
        return v
async def inner():
    try:
        v = await Pause()
    except KeyError as e:
        return "inner caught %r" % e
    return "inner got %r" % (v,)
class Fut:
    def __await__(self):
        return inner().__await__()
async def outer():
    return await Fut()
o = outer()
print(o.send(None))
try:
    o.send(42)
except StopIteration as e:
    print(e.value)
o = outer()
print(o.send(None))
try:
    o.throw(KeyError("x"))
except StopIteration as e:
    print(e.value)
o = outer()
o.send(None)
print(o.close(), o.cr_running)
w = inner().__await__()
print(next(w))
try:
    w.send(5)
except StopIteration as e:
    print(e.value)
try:
    next(w)
except RuntimeError as e:
    print(e)


# Output:
# p
# inner got 42
# p
# inner caught KeyError('x')
# None False
# p
# inner got 5
# cannot reuse already awaited coroutine
