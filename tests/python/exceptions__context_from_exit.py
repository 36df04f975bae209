# An exception raised inside __exit__ (or a property getter) run while
# another exception is handled gets its __context__ where it is raised,
# as CPython does: leaving __exit__ does not chain it again.
class ClearsContext:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        err = KeyError('from exit')
        try:
            raise err
        except BaseException:
            err.__context__ = None
            raise


try:
    raise LookupError('outer')
except LookupError:
    try:
        with ClearsContext():
            pass
    except KeyError as e:
        print('exit:', repr(e), repr(e.__context__))


class Plain:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        raise IndexError('plain')


try:
    raise LookupError('outer')
except LookupError:
    try:
        with Plain():
            pass
    except IndexError as e:
        print('plain:', repr(e), repr(e.__context__))


class Prop:
    @property
    def value(self):
        err = ValueError('getter')
        err.__suppress_context__ = False
        try:
            raise err
        except ValueError:
            err.__context__ = None
            raise


try:
    raise LookupError('outer')
except LookupError:
    try:
        Prop().value
    except ValueError as e:
        print('getter:', repr(e), repr(e.__context__))

try:
    raise LookupError('outer')
except LookupError:
    try:
        {}['missing']
    except KeyError as e:
        print('native:', repr(e), repr(e.__context__))


def gen():
    raise KeyError('gen')
    yield


try:
    raise LookupError('outer')
except LookupError:
    try:
        next(gen())
    except KeyError as e:
        print('generator:', repr(e), repr(e.__context__))


def gen2():
    yield 1
    raise KeyError('for')


try:
    raise LookupError('outer')
except LookupError:
    try:
        for x in gen2():
            pass
    except KeyError as e:
        print('for:', repr(e), repr(e.__context__))
try:
    raise LookupError('outer')
except LookupError:
    try:
        sorted([3, 1], key=lambda v: {}[v])
    except KeyError as e:
        print('key:', repr(e), repr(e.__context__))



# Output:
# exit: KeyError('from exit') None
# plain: IndexError('plain') LookupError('outer')
# getter: ValueError('getter') None
# native: KeyError('missing') LookupError('outer')
# generator: KeyError('gen') LookupError('outer')
# for: KeyError('for') LookupError('outer')
# key: KeyError(3) LookupError('outer')
