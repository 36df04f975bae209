"""io: the I/O class hierarchy, in-memory streams and `open`.

Written for sandpy from the Python 3.11 documentation.

- `io.open is open`; `TextIOWrapper`, `BufferedReader` and `BufferedWriter`
  are the classes of the file objects `open` returns (from the native
  `_io`). They are not subclasses of the classes here; `isinstance` and
  `issubclass` count them (and `sys.stdout`'s class) as virtual subclasses
  of `IOBase`, `TextIOBase` and `BufferedIOBase`, as CPython's ABC
  registration does.
- `StringIO` is native (`_io.StringIO`, types/stringio.rs), counted as a
  `TextIOBase` the same way; `BytesIO` is written here in Python, over a
  bytearray. `UnsupportedOperation` comes from `_io` (StringIO's natives
  raise it).

This module keeps no mutable module-level state.
"""

__all__ = ["BlockingIOError", "open", "IOBase", "RawIOBase",
           "StringIO", "BytesIO", "TextIOWrapper", "UnsupportedOperation",
           "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE",
           "text_encoding", "BufferedIOBase", "TextIOBase",
           "BufferedReader", "BufferedWriter"]

import _io
from _io import (TextIOWrapper, BufferedReader, BufferedWriter, StringIO,
                 UnsupportedOperation)

open = open
BlockingIOError = BlockingIOError

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


def text_encoding(encoding, stacklevel=2):
    """Return `encoding`, or "locale" when it is None (the default
    encoding of text files, as CPython outside UTF-8 mode names it)."""
    if encoding is None:
        return "locale"
    return encoding


def _is_stdio(cls):
    return (getattr(cls, '__module__', None) == 'sys'
            and getattr(cls, '__name__', None) == 'TextIOWrapper')


class _IOMeta(type):
    """Counts the classes of the native file objects (`_virtual`, each
    class's own) as subclasses, as CPython's ABCMeta registration does."""

    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if cls in getattr(sub, '__mro__', ()):
            return True
        virtual = cls.__dict__.get('_virtual', ())
        for v in virtual:
            if v in getattr(sub, '__mro__', ()):
                return True
        if cls.__dict__.get('_stdio', False) and _is_stdio(sub):
            return True
        return False


def _index(value):
    if isinstance(value, int):
        return int(value)
    try:
        method = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None
    return method(value)


def _size(value):
    if value is None:
        return -1
    if isinstance(value, int):
        return int(value)
    try:
        method = type(value).__index__
    except AttributeError:
        raise TypeError("argument should be integer or None, not '%s'"
                        % type(value).__name__) from None
    return method(value)


class IOBase(metaclass=_IOMeta):
    """The abstract base class for all I/O classes."""

    _virtual = (TextIOWrapper, BufferedReader, BufferedWriter, StringIO)
    _stdio = True
    __closed = False

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    @property
    def closed(self):
        return self.__closed

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file."
                             if msg is None else msg)

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readline(self, size=-1):
        size = _size(size)
        out = []
        n = 0
        while size < 0 or n < size:
            b = self.read(1)
            if not b:
                break
            out.append(b)
            n += len(b)
            if b.endswith(b"\n" if isinstance(b, bytes) else "\n"):
                break
        return (b"" if not out or isinstance(out[0], bytes) else "").join(out)

    def readlines(self, hint=None):
        hint = _size(hint)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Base class for raw binary I/O."""

    _virtual = ()
    _stdio = False

    def read(self, size=-1):
        size = _size(size)
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        return bytes(b[:n])

    def readall(self):
        out = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            out += data
        return bytes(out)

    def readinto(self, b):
        self._unsupported("readinto")

    def write(self, b):
        self._unsupported("write")


class BufferedIOBase(IOBase):
    """Base class for buffered binary I/O."""

    _virtual = (BufferedReader, BufferedWriter)
    _stdio = False

    def read(self, size=-1):
        self._unsupported("read")

    def read1(self, size=-1):
        self._unsupported("read1")

    def readinto(self, b):
        return self._readinto(b, self.read)

    def readinto1(self, b):
        return self._readinto(b, self.read1)

    def _readinto(self, b, read):
        view = memoryview(b)
        if view.readonly:
            raise TypeError("readinto() argument must be read-write "
                            "bytes-like object, not %s" % type(b).__name__)
        view = view.cast('B')
        data = read(len(view))
        n = len(data)
        view[:n] = data
        return n

    def write(self, b):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")


class TextIOBase(IOBase):
    """Base class for text I/O."""

    _virtual = (TextIOWrapper, StringIO)
    _stdio = True

    def read(self, size=-1):
        self._unsupported("read")

    def write(self, s):
        self._unsupported("write")

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def readline(self):
        self._unsupported("readline")

    def detach(self):
        self._unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


# -- BytesIO -----------------------------------------------------------

_CLOSED_BYTES = "I/O operation on closed file."


def _bytes_of(b):
    if isinstance(b, (bytes, bytearray, memoryview)):
        return b
    if isinstance(b, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return memoryview(b)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(b).__name__) from None


class BytesIO(BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    __module__ = '_io'
    _virtual = ()
    _stdio = False

    def __init__(self, initial_bytes=None):
        self._data = bytearray()
        self._pos = 0
        self._closed = False
        self._shared = False
        if initial_bytes is not None:
            self._data += _bytes_of(initial_bytes)

    def _check(self):
        if self._closed:
            raise ValueError(_CLOSED_BYTES)

    def _check_exports(self):
        # A view from getbuffer() may still be alive: the bytearray
        # refuses to change its size while one is.
        if self._shared:
            try:
                self._data.append(0)
            except BufferError:
                raise BufferError("Existing exports of data: object cannot "
                                  "be re-sized") from None
            del self._data[-1]
            self._shared = False

    def getvalue(self):
        """Retrieve the entire contents of the BytesIO object."""
        self._check()
        return bytes(self._data)

    def getbuffer(self):
        """Get a read-write view over the contents of the BytesIO object."""
        self._check()
        self._shared = True
        return memoryview(self._data)

    def read(self, size=-1):
        """Read at most size bytes, returned as a bytes object.

        If the size argument is negative, read until EOF is reached.
        Return an empty bytes object at EOF.
        """
        self._check()
        size = _size(size)
        pos = self._pos
        n = len(self._data)
        end = n if size < 0 else min(n, pos + size)
        if end <= pos:
            return b""
        self._pos = end
        return bytes(self._data[pos:end])

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        """Next line from the file, as a bytes object."""
        self._check()
        size = _size(size)
        pos = self._pos
        n = len(self._data)
        if pos >= n:
            return b""
        limit = n if size < 0 else min(n, pos + size)
        found = self._data.find(b"\n", pos, limit)
        end = limit if found < 0 else found + 1
        self._pos = end
        return bytes(self._data[pos:end])

    def readlines(self, hint=None):
        self._check()
        hint = _size(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readinto(self, buffer):
        """Read bytes into buffer; returns the number of bytes read."""
        self._check()
        if isinstance(buffer, bytearray):
            n = min(len(buffer), max(0, len(self._data) - self._pos))
            buffer[:n] = self._data[self._pos:self._pos + n]
            self._pos += n
            return n
        try:
            view = memoryview(buffer)
        except TypeError:
            view = None
        if view is None or view.readonly:
            raise TypeError("readinto() argument must be read-write "
                            "bytes-like object, not %s"
                            % type(buffer).__name__)
        n = min(view.nbytes, max(0, len(self._data) - self._pos))
        view = view.cast('B')
        view[:n] = self._data[self._pos:self._pos + n]
        self._pos += n
        return n

    def readinto1(self, buffer):
        return self.readinto(buffer)

    def write(self, b):
        """Write bytes to file; returns the number of bytes written."""
        if self._closed:
            raise ValueError(_CLOSED_BYTES)
        if self._shared:
            self._check_exports()
        data = b if type(b) is bytes else _bytes_of(b)
        if type(data) is memoryview:
            data = data.tobytes()
        n = len(data)
        if not n:
            return 0
        pos = self._pos
        buf = self._data
        size = len(buf)
        if pos == size:
            buf += data
        else:
            if pos > size:
                buf += bytes(pos - size)
            buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def seek(self, pos, whence=0):
        """Change stream position."""
        self._check()
        pos = _index(pos)
        whence = _index(whence)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._data) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)"
                             % whence)
        self._pos = pos
        return pos

    def tell(self):
        """Current file position, an integer."""
        self._check()
        return self._pos

    def truncate(self, size=None):
        """Truncate the file to at most size bytes; the position is
        unchanged. Returns the new size."""
        self._check()
        self._check_exports()
        size = self._pos if size is None else _size(size)
        if size < 0:
            raise ValueError("negative size value %d" % size)
        if size < len(self._data):
            del self._data[size:]
        return size

    def close(self):
        """Disable all I/O operations."""
        self._check_exports()
        self._closed = True

    @property
    def closed(self):
        return self._closed

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check()
        return self

    def __getstate__(self):
        self._check()
        return (self.getvalue(), self._pos, None)
