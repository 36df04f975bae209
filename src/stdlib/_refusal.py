"""What the modules that cannot mean anything in a sandbox (subprocess,
socket, ctypes, signal, multiprocessing, mmap, select, fcntl, pty) hand
out in place of what they refuse: functions and classes that import and
can be named (in an `except`, an annotation, a default), and that raise
with a message saying why and what to use instead when used."""


def function(qualname, exc, why):
    """A function `qualname` that raises `exc` with `why`."""
    name = qualname.rsplit('.', 1)[-1]

    def refused(*args, **kwargs):
        raise exc(f"{qualname}(): {why}")
    refused.__name__ = name
    refused.__qualname__ = name
    return refused


def cls(qualname, exc, why, base=object):
    """A class `qualname` whose instances cannot be made."""
    name = qualname.rsplit('.', 1)[-1]

    def __new__(klass, *args, **kwargs):
        raise exc(f"{qualname}(): {why}")
    return type(name, (base,), {'__new__': __new__, '__qualname__': name,
                                '__doc__': f"Refused in a sandbox: {why}"})
