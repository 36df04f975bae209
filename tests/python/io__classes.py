# The io class hierarchy: IOBase, RawIOBase, BufferedIOBase, TextIOBase,
# the file classes of open() as virtual subclasses (and sys.stdout),
# UnsupportedOperation, the constants, text_encoding and io.open.
import io
import sys

print(io.open is open, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(io.text_encoding(None), io.text_encoding('utf-8'), io.text_encoding('latin-1', 3))
print([c.__name__ for c in io.UnsupportedOperation.__mro__])
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.TextIOWrapper.__name__, io.BufferedReader.__name__, io.BufferedWriter.__name__)
print(issubclass(io.TextIOWrapper, io.TextIOBase), issubclass(io.TextIOWrapper, io.IOBase),
      issubclass(io.TextIOWrapper, io.BufferedIOBase), issubclass(io.TextIOWrapper, io.RawIOBase))
print(issubclass(io.BufferedReader, io.BufferedIOBase), issubclass(io.BufferedWriter, io.IOBase),
      issubclass(io.BufferedWriter, io.TextIOBase))
print(issubclass(io.StringIO, io.TextIOBase), issubclass(io.BytesIO, io.BufferedIOBase),
      issubclass(io.StringIO, io.BufferedIOBase), issubclass(io.RawIOBase, io.IOBase))
print(isinstance(sys.stdout, io.TextIOBase), isinstance(sys.stderr, io.IOBase),
      isinstance(sys.stdout, io.RawIOBase), isinstance(5, io.IOBase), issubclass(int, io.IOBase))


class Mine(io.TextIOBase):
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


m = Mine()
print(isinstance(m, io.TextIOBase), isinstance(m, io.IOBase), isinstance(sys.stdout, Mine),
      issubclass(io.TextIOWrapper, Mine))
print(m.write('abc'), m.writelines(['d', 'e']), m.parts, m.readable(), m.writable(),
      m.seekable(), m.isatty(), m.encoding, m.newlines, m.errors, m.closed)
for name in ['read', 'readline', 'fileno', 'detach', 'truncate', 'tell']:
    try:
        getattr(m, name)()
    except io.UnsupportedOperation as e:
        print(name, type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
with m as f:
    print(f is m, m.closed)
print(m.closed)
try:
    m.flush()
except ValueError as e:
    print('ValueError', e)


class Source(io.RawIOBase):
    def __init__(self, data):
        self.data = data

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), len(self.data))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n


r = Source(b'line one\nline two\nrest')
print(r.read(4), r.readline(), r.readlines(), r.read(), r.readall())
print(Source(b'x' * 20000).readall()[-3:], isinstance(r, io.RawIOBase))


class Chunks(io.BufferedIOBase):
    def __init__(self):
        self.left = b'buffered bytes'

    def read(self, size=-1):
        out, self.left = self.left[:size], self.left[size:]
        return out


c = Chunks()
buf = bytearray(8)
print(c.readinto(buf), buf, c.readinto(buf), buf)
try:
    c.read1()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
try:
    c.readinto(b'readonly')
except TypeError as e:
    print('TypeError', e)

# Output:
# True 0 1 2 8192
# locale utf-8 latin-1
# ['UnsupportedOperation', 'OSError', 'ValueError', 'Exception', 'BaseException', 'object']
# True True
# TextIOWrapper BufferedReader BufferedWriter
# True True False False
# True True False
# True True False True
# True True False False False
# True True False False
# 3 None ['abc', 'd', 'e'] False False False False None None None False
# read UnsupportedOperation read True True
# readline UnsupportedOperation readline True True
# fileno UnsupportedOperation fileno True True
# detach UnsupportedOperation detach True True
# truncate UnsupportedOperation truncate True True
# tell UnsupportedOperation seek True True
# True False
# True
# ValueError I/O operation on closed file.
# b'line' b' one\n' [b'line two\n', b'rest'] b'' b''
# b'xxx' True
# 8 bytearray(b' bytesed') 6 bytearray(b' bytesed')
# UnsupportedOperation read1
# TypeError readinto() argument must be read-write bytes-like object, not bytes
