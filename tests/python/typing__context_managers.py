# typing.ContextManager and AsyncContextManager alias contextlib's ABCs.
import contextlib
import typing


class Plain:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class AsyncPlain:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False


class NoExit:
    def __enter__(self):
        return self
    __exit__ = None


print(typing.ContextManager, typing.AsyncContextManager)
print(typing.ContextManager.__origin__ is contextlib.AbstractContextManager)
print(typing.AsyncContextManager.__origin__ is contextlib.AbstractAsyncContextManager)
print(typing.ContextManager[int], typing.AsyncContextManager[bytes])
print(typing.get_origin(typing.ContextManager[str]), typing.get_args(typing.ContextManager[str]))
print(isinstance(Plain(), typing.ContextManager), isinstance(AsyncPlain(), typing.ContextManager))
print(isinstance(AsyncPlain(), typing.AsyncContextManager), issubclass(NoExit, typing.ContextManager))
print(issubclass(Plain, contextlib.AbstractContextManager),
      isinstance(contextlib.nullcontext(), typing.ContextManager),
      isinstance(contextlib.ExitStack(), typing.ContextManager),
      isinstance(contextlib.AsyncExitStack(), typing.AsyncContextManager))
print(isinstance(open, typing.ContextManager))


class Managed(typing.ContextManager[int]):
    def __exit__(self, *exc):
        print('exit', exc[0])


print(Managed.__mro__)
with Managed() as m:
    print(type(m).__name__)
try:
    typing.ContextManager[int]()
except TypeError as e:
    print('TypeError:', e)


def opener() -> typing.ContextManager[str]:
    return contextlib.nullcontext('x')


print(typing.get_type_hints(opener))
try:
    isinstance(Plain(), typing.ContextManager[int])
except TypeError as e:
    print('TypeError:', e)

# Output:
# typing.ContextManager typing.AsyncContextManager
# True
# True
# typing.ContextManager[int] typing.AsyncContextManager[bytes]
# <class 'contextlib.AbstractContextManager'> (<class 'str'>,)
# True False
# True False
# True True True True
# False
# (<class '__main__.Managed'>, <class 'contextlib.AbstractContextManager'>, <class 'abc.ABC'>, <class 'typing.Generic'>, <class 'object'>)
# Managed
# exit None
# TypeError: Can't instantiate abstract class AbstractContextManager with abstract method __exit__
# {'return': typing.ContextManager[str]}
# TypeError: Subscripted generics cannot be used with class and instance checks
