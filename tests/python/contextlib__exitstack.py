from contextlib import ExitStack, AsyncExitStack, contextmanager, asynccontextmanager, aclosing, suppress, nullcontext
import asyncio

@contextmanager
def res(name, log):
    log.append('open ' + name)
    try:
        yield name
    finally:
        log.append('close ' + name)

log = []
with ExitStack() as stack:
    names = [stack.enter_context(res(n, log)) for n in 'abc']
    stack.callback(log.append, 'callback')
    @stack.push
    def exit_cb(et, ev, tb):
        log.append('push %s' % (et,))
print(names, log)

log = []
with ExitStack() as stack:
    stack.enter_context(res('x', log))
    moved = stack.pop_all()
print(log)
moved.close()
print(log)

def raiser(exc):
    def cb(*a):
        raise exc
    return cb

try:
    with ExitStack() as stack:
        stack.callback(raiser(KeyError('first')))
        stack.callback(raiser(IndexError('second')))
        raise ValueError('body')
except Exception as e:
    chain = []
    while e is not None:
        chain.append(repr(e))
        e = e.__context__
    print(chain)

with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise ValueError('suppressed by push')
print('suppressed ok')

try:
    with ExitStack() as stack:
        stack.push(lambda *exc: True)
        stack.callback(raiser(KeyError('after')))
except KeyError as e:
    print('KeyError', e, e.__context__)

try:
    ExitStack().enter_context(object())
except TypeError as e:
    print('TypeError', e)

class Exits:
    def __exit__(self, *a):
        print('Exits.__exit__', a[0])
        return False
with ExitStack() as stack:
    stack.push(Exits())
print(ExitStack().callback(print) is print)

try:
    raise LookupError('outer')
except LookupError:
    try:
        with ExitStack() as stack:
            stack.callback(raiser(KeyError('in handler')))
    except KeyError as e:
        print('ctx', repr(e.__context__))

async def main():
    log = []
    @asynccontextmanager
    async def ares(name):
        log.append('aopen ' + name)
        try:
            yield name
        finally:
            log.append('aclose ' + name)
    async with ares('one') as n:
        log.append('body ' + n)
    async with AsyncExitStack() as stack:
        await stack.enter_async_context(ares('two'))
        stack.enter_context(res('sync', log))
        async def acb(x):
            log.append('acb ' + x)
        stack.push_async_callback(acb, 'arg')
        stack.callback(log.append, 'cb')
    print(log)
    @asynccontextmanager
    async def aswallow():
        try:
            yield
        except ValueError as e:
            log.append('aswallowed %s' % e)
    async with aswallow():
        raise ValueError('v')
    print(log[-1])
    @asynccontextmanager
    async def noyield():
        if False:
            yield
    try:
        async with noyield():
            pass
    except RuntimeError as e:
        print('RuntimeError', e)
    class AG:
        async def aclose(self):
            print('aclosed')
    async with aclosing(AG()) as g:
        print(type(g).__name__)
    async with nullcontext(3) as v:
        print('anull', v)
    try:
        await AsyncExitStack().enter_async_context(object())
    except TypeError as e:
        print('TypeError', e)
    s = AsyncExitStack()
    s.callback(print, 'closing via aclose')
    await s.aclose()
    @aswallow()
    async def decorated():
        raise ValueError('in decorated')
    await decorated()
    print(log[-1])

asyncio.run(main())

# Output:
# ['a', 'b', 'c'] ['open a', 'open b', 'open c', 'push None', 'callback', 'close c', 'close b', 'close a']
# ['open x']
# ['open x', 'close x']
# ["KeyError('first')", "IndexError('second')", "ValueError('body')"]
# suppressed ok
# TypeError 'builtins.object' object does not support the context manager protocol
# Exits.__exit__ None
# True
# ctx None
# ['aopen one', 'body one', 'aclose one', 'aopen two', 'open sync', 'cb', 'acb arg', 'close sync', 'aclose two']
# aswallowed v
# RuntimeError generator didn't yield
# AG
# aclosed
# anull 3
# TypeError 'builtins.object' object does not support the asynchronous context manager protocol
# closing via aclose
# aswallowed in decorated
