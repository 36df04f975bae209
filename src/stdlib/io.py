"""io: the I/O class hierarchy, in-memory streams and `open`.

Written for sandpy from the Python 3.11 documentation.

- `io.open is open`; `TextIOWrapper`, `BufferedReader` and `BufferedWriter`
  are the classes of the file objects `open` returns (from the native
  `_io`). They are not subclasses of the classes here; `isinstance` and
  `issubclass` count them (and `sys.stdout`'s class) as virtual subclasses
  of `IOBase`, `TextIOBase` and `BufferedIOBase`, as CPython's ABC
  registration does.
- `StringIO` and `BytesIO` are written here in Python. StringIO keeps the
  text written at its end as a list of pieces joined on first read, so
  building output with many writes costs one join.

This module keeps no mutable module-level state.
"""

__all__ = ["BlockingIOError", "open", "IOBase", "RawIOBase",
           "StringIO", "BytesIO", "TextIOWrapper", "UnsupportedOperation",
           "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE",
           "text_encoding", "BufferedIOBase", "TextIOBase",
           "BufferedReader", "BufferedWriter"]

import _io
from _io import TextIOWrapper, BufferedReader, BufferedWriter

open = open
BlockingIOError = BlockingIOError

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


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

    _virtual = (TextIOWrapper, BufferedReader, BufferedWriter)
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

    _virtual = (TextIOWrapper,)
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


# -- StringIO ----------------------------------------------------------

# StringIO's own methods say this; the ones it has from IOBase (readlines,
# isatty, __iter__) say _CLOSED_BYTES, as CPython's do.
_CLOSED_TEXT = "I/O operation on closed file"
_CLOSED_BYTES = "I/O operation on closed file."

# Bits of the newline kinds seen, as CPython's decoder counts them.
_SEEN_CR = 1
_SEEN_LF = 2
_SEEN_CRLF = 4
_NEWLINES = (None, "\r", "\n", ("\r", "\n"), "\r\n", ("\r", "\r\n"),
             ("\n", "\r\n"), ("\r", "\n", "\r\n"))


def _seen_newlines(s):
    crlf = s.count("\r\n")
    seen = 0
    if crlf:
        seen |= _SEEN_CRLF
    if s.count("\r") > crlf:
        seen |= _SEEN_CR
    if s.count("\n") > crlf:
        seen |= _SEEN_LF
    return seen


class StringIO(TextIOBase):
    """Text I/O implementation using an in-memory buffer.

    The initial_value argument sets the value of object.  The newline
    argument is like the one of TextIOWrapper's constructor.
    """

    __module__ = '_io'
    _virtual = ()
    _stdio = False

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._newline = newline
        # No newline translation or tracking: write's fast path.
        self._plain = newline == "\n"
        # Text written at the end since the last join.
        self._pieces = []
        self._text = ""
        self._len = 0
        self._pos = 0
        self._seen = 0
        self._closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _check(self):
        if self._closed:
            raise ValueError(_CLOSED_TEXT)

    def _value(self):
        if self._pieces:
            self._text = self._text + "".join(self._pieces)
            self._pieces = []
        return self._text

    def getvalue(self):
        """Retrieve the entire contents of the object."""
        self._check()
        return self._value()

    def write(self, s):
        """Write string to file.

        Returns the number of characters written, which is always equal to
        the length of the string.
        """
        # The common case first: text appended at the end, no newline
        # translation or tracking.
        if self._closed:
            raise ValueError(_CLOSED_TEXT)
        if self._plain and self._pos == self._len and isinstance(s, str):
            n = len(s)
            if n:
                self._pieces.append(s)
                self._pos = self._len = self._len + n
            return n
        return self._write(s)

    def _write(self, s):
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'"
                            % type(s).__name__)
        count = len(s)
        newline = self._newline
        if newline is None or newline == "":
            if "\r" in s or "\n" in s:
                self._seen |= _seen_newlines(s)
            if newline is None and "\r" in s:
                s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif newline != "\n" and "\n" in s:
            s = s.replace("\n", newline)
        n = len(s)
        if not n:
            return count
        pos = self._pos
        if pos == self._len:
            self._pieces.append(s)
        else:
            text = self._value()
            if pos > self._len:
                text = text + "\0" * (pos - self._len) + s
            else:
                text = text[:pos] + s + text[pos + n:]
            self._text = text
        self._pos = pos + n
        if self._pos > self._len:
            self._len = self._pos
        return count

    def read(self, size=-1):
        """Read at most size characters, returned as a string.

        If the argument is negative or omitted, read until EOF
        is reached. Return an empty string at EOF.
        """
        self._check()
        size = _size(size)
        text = self._value()
        pos = self._pos
        end = self._len if size < 0 else min(self._len, pos + size)
        if end <= pos:
            return ""
        self._pos = end
        return text[pos:end]

    def _line_end(self, text, pos, limit):
        newline = self._newline
        if newline == "":
            i = pos
            while i < limit:
                c = text[i]
                if c == "\n":
                    return i + 1
                if c == "\r":
                    if i + 1 < limit and text[i + 1] == "\n":
                        return i + 2
                    return i + 1
                i += 1
            return limit
        mark = "\n" if newline is None else newline
        found = text.find(mark, pos, limit)
        if found < 0:
            return limit
        return min(found + len(mark), limit)

    def readline(self, size=-1):
        """Read until newline or EOF.

        Returns an empty string if EOF is hit immediately.
        """
        self._check()
        size = _size(size)
        text = self._value()
        pos = self._pos
        if pos >= self._len:
            return ""
        limit = self._len if size < 0 else min(self._len, pos + size)
        end = self._line_end(text, pos, limit)
        self._pos = end
        return text[pos:end]

    def readlines(self, hint=-1):
        if self._closed:
            raise ValueError(_CLOSED_BYTES)
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

    def __iter__(self):
        if self._closed:
            raise ValueError(_CLOSED_BYTES)
        return self

    def seek(self, pos, whence=0):
        """Change stream position.

        Seek to character offset pos relative to position indicated by whence:
            0  Start of stream (the default).  pos should be >= 0;
            1  Current position - pos must be 0;
            2  End of stream - pos must be 0.
        Returns the new absolute position.
        """
        pos = _index(pos)
        whence = _index(whence)
        self._check()
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)"
                             % whence)
        if pos < 0 and whence == 0:
            raise ValueError("Negative seek position %d" % pos)
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 2:
            self._pos = self._len
        elif whence == 0:
            self._pos = pos
        return self._pos

    def tell(self):
        """Tell the current file position."""
        self._check()
        return self._pos

    def truncate(self, pos=None):
        """Truncate size to pos.

        The pos argument defaults to the current file position, as
        returned by tell().  The current file position is unchanged.
        Returns the new absolute position.
        """
        self._check()
        size = self._pos if pos is None else _size(pos)
        if size < 0:
            raise ValueError("Negative size value %d" % size)
        if size < self._len:
            self._text = self._value()[:size]
            self._len = size
        return size

    def close(self):
        """Close the IO object.

        Attempting any further operation after the object is closed
        will raise a ValueError.
        """
        self._closed = True
        self._pieces = []
        self._text = ""

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
        if self._closed:
            raise ValueError(_CLOSED_BYTES)
        return False

    def flush(self):
        pass

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def detach(self):
        raise UnsupportedOperation("detach")

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        if self._newline is None or self._newline == "":
            return _NEWLINES[self._seen]
        return None

    def __getstate__(self):
        self._check()
        return (self._value(), self._newline, self._pos, None)


# -- BytesIO -----------------------------------------------------------


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
        self._check()
        self._check_exports()
        data = _bytes_of(b)
        if isinstance(data, memoryview):
            data = data.tobytes()
        n = len(data)
        if not n:
            return 0
        pos = self._pos
        size = len(self._data)
        if pos > size:
            self._data += bytes(pos - size)
        self._data[pos:pos + n] = data
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
