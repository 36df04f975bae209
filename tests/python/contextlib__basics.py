import contextlib
from contextlib import (contextmanager, suppress, closing, ExitStack, nullcontext,
                        redirect_stdout, redirect_stderr, ContextDecorator,
                        AbstractContextManager, AbstractAsyncContextManager)
import io
import sys

@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)

with tag('a') as t:
    print('inside', t)

@contextmanager
def swallow():
    try:
        yield
    except ValueError as e:
        print('swallowed', e)

with swallow():
    raise ValueError('v')
print('after swallow')

try:
    with swallow():
        raise KeyError('k')
except KeyError as e:
    print('passed through', repr(e))

@tag('deco')
def decorated(x):
    print('body', x)
    return x * 2
print(decorated(3), decorated(4))
print(decorated.__name__, decorated.__wrapped__.__name__)

@contextmanager
def no_yield():
    if False:
        yield
@contextmanager
def two_yields():
    yield 1
    yield 2
@contextmanager
def reraise_other():
    try:
        yield
    except ValueError:
        raise TypeError('converted')
for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print('RuntimeError', e)
try:
    with reraise_other():
        raise ValueError('x')
except TypeError as e:
    print('TypeError', e, type(e.__context__).__name__)

@contextmanager
def ignore_after_throw():
    try:
        yield
    except ValueError:
        pass
    yield
try:
    with ignore_after_throw():
        raise ValueError
except RuntimeError as e:
    print('RuntimeError', e)

@contextmanager
def stop_iter_cm():
    yield
try:
    with stop_iter_cm():
        raise StopIteration('si')
except StopIteration as e:
    print('StopIteration passes', e)

with suppress(KeyError, IndexError):
    [][1]
print('suppressed')
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print('not suppressed', e)
with suppress():
    pass

class Thing:
    def close(self):
        print('closed')
with closing(Thing()) as th:
    print(type(th).__name__)

with nullcontext(5) as v:
    print('null', v)
with nullcontext() as v:
    print('null', v)

buf = io.StringIO()
with redirect_stdout(buf) as r:
    print('to buffer')
    print(r is buf)
print('captured', repr(buf.getvalue()))
ebuf = io.StringIO()
with redirect_stderr(ebuf):
    print('err', file=sys.stderr)
print('captured err', repr(ebuf.getvalue()))
rd = redirect_stdout(io.StringIO())
with rd:
    with rd:
        print('nested')
print('restored', sys.stdout is sys.__stdout__)

class CD(ContextDecorator):
    def __enter__(self):
        print('CD enter')
        return self
    def __exit__(self, *exc):
        print('CD exit', exc[0])
        return False
@CD()
def f():
    print('f body')
f()

print(issubclass(Thing, AbstractContextManager), issubclass(type(nullcontext()), AbstractContextManager))
class Manual:
    def __enter__(self): return self
    def __exit__(self, *a): pass
print(issubclass(Manual, AbstractContextManager), isinstance(Manual(), AbstractContextManager))
class NoExit:
    def __enter__(self): return self
    __exit__ = None
print(issubclass(NoExit, AbstractContextManager))
class Sub(AbstractContextManager):
    def __exit__(self, *a): return None
with Sub() as s:
    print(type(s).__name__)
try:
    class Bad(AbstractContextManager):
        pass
    Bad()
except TypeError as e:
    print('TypeError', e)
print(AbstractContextManager[int], AbstractAsyncContextManager[str])

# Output:
# <a>
# inside A
# </a>
# swallowed v
# after swallow
# passed through KeyError('k')
# <deco>
# body 3
# </deco>
# <deco>
# body 4
# </deco>
# 6 8
# decorated decorated
# RuntimeError generator didn't yield
# RuntimeError generator didn't stop
# TypeError converted ValueError
# RuntimeError generator didn't stop after throw()
# StopIteration passes si
# suppressed
# not suppressed division by zero
# Thing
# closed
# null 5
# null None
# captured 'to buffer\nTrue\n'
# captured err 'err\n'
# restored True
# CD enter
# f body
# CD exit None
# False True
# True True
# False
# Sub
# TypeError Can't instantiate abstract class Bad with abstract method __exit__
# contextlib.AbstractContextManager[int] contextlib.AbstractAsyncContextManager[str]
