# io.StringIO: initial_value and every newline mode, read, readline,
# readlines, write, writelines, seek, tell, truncate, getvalue, iteration,
# the context manager, close and closed, and the errors (closed file,
# seeks, sizes, types).
import io


def attempt(f):
    try:
        print(repr(f()))
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)


s = io.StringIO('hello\nworld\nlast')
print(s.tell(), repr(s.read(3)), s.tell(), repr(s.readline()), repr(s.readline(2)),
      repr(s.readline(-1)), repr(s.readline()), repr(s.read()), s.tell())
s.seek(0)
print(s.readlines(), s.seek(0), s.readlines(7), s.seek(0), s.readlines(0), s.seek(6))
print(list(s), repr(s.getvalue()))
s = io.StringIO()
print(s.write('abc'), s.write(''), s.writelines(['d', 'ef\n', 'g']), repr(s.getvalue()), s.tell())
print(s.seek(1), s.write('X'), repr(s.getvalue()), repr(s.read()), s.tell())
print(s.seek(10), s.write('!'), repr(s.getvalue()), s.tell())
print(s.truncate(4), repr(s.getvalue()), s.tell(), s.truncate(), repr(s.getvalue()))
print(s.seek(0, 2), s.seek(0, 1), s.seek(0), s.read(None), s.read(-5), repr(s.read()))
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.line_buffering, s.encoding,
      s.errors, s.newlines, s.flush())
s = io.StringIO(None)
print(repr(s.getvalue()), repr(io.StringIO('é€😀').read(2)))
s = io.StringIO('abc')
print(s.write('Z'), repr(s.getvalue()), repr(s.read()))
# newline modes: None translates on write and records what it saw; ''
# keeps everything and splits lines on any ending; '\r' and '\r\n'
# translate '\n' on write and split on themselves.
s = io.StringIO(newline=None)
s.write('a\r')
s.write('\nb\r\nc\rd\n')
print(repr(s.getvalue()), s.newlines)
for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO('a\r\nb\rc\nd', newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)
print(io.StringIO('x\ny', newline=None).newlines, io.StringIO('x\r', newline='').newlines)
s = io.StringIO('one\ntwo\n')
with s as f:
    print(f is s, [line for line in f])
print(s.closed)
for name in ['read', 'readline', 'readlines', 'getvalue', 'tell', 'readable', 'writable',
             'seekable', 'isatty', 'flush', 'truncate']:
    attempt(getattr(s, name))
attempt(lambda: s.write('x'))
attempt(lambda: s.seek(0))
attempt(lambda: next(s))
attempt(lambda: iter(s))
attempt(lambda: s.newlines)
print(s.close(), s.closed)
s = io.StringIO('abc')
attempt(lambda: s.seek(-1))
attempt(lambda: s.seek(1, 1))
attempt(lambda: s.seek(-1, 2))
attempt(lambda: s.seek(0, 3))
attempt(lambda: s.seek('a'))
attempt(lambda: s.seek(1.5))
attempt(lambda: s.truncate(-1))
attempt(lambda: s.truncate('1'))
attempt(lambda: s.write(1))
attempt(lambda: s.write(b'x'))
attempt(lambda: s.read('a'))
attempt(lambda: s.readline(1.0))
attempt(lambda: s.readlines('x'))
attempt(lambda: io.StringIO(1))
attempt(lambda: io.StringIO(b'x'))
attempt(lambda: io.StringIO('', 1))
attempt(lambda: io.StringIO('', 'x'))
attempt(lambda: io.StringIO('', '\n\n'))
attempt(lambda: s.detach())
attempt(lambda: s.fileno())
print(isinstance(s, io.TextIOBase), isinstance(s, io.IOBase), type(s).__name__)
# Many writes at the end, then one read.
out = io.StringIO()
for i in range(1000):
    out.write('%d,' % i)
text = out.getvalue()
print(len(text), text[:20], text[-12:])
print(out.seek(3), out.write('#'), out.getvalue()[:8], out.tell())

# Output:
# 0 'hel' 3 'lo\n' 'wo' 'rld\n' 'last' '' 16
# ['hello\n', 'world\n', 'last'] 0 ['hello\n', 'world\n'] 0 ['hello\n', 'world\n', 'last'] 6
# ['world\n', 'last'] 'hello\nworld\nlast'
# 3 0 None 'abcdef\ng' 8
# 1 1 'aXcdef\ng' 'cdef\ng' 8
# 10 1 'aXcdef\ng\x00\x00!' 11
# 4 'aXcd' 11 11 'aXcd'
# 4 4 0 aXcd  ''
# True True True False False None None None None
# '' 'é€'
# 1 'Zbc' 'bc'
# 'a\n\nb\nc\nd\n' ('\r', '\n', '\r\n')
# None 'a\nb\nc\nd' ['a\n', 'b\n', 'c\n', 'd'] ('\r', '\n', '\r\n')
# '' 'a\r\nb\rc\nd' ['a\r\n', 'b\r', 'c\n', 'd'] ('\r', '\n', '\r\n')
# '\n' 'a\r\nb\rc\nd' ['a\r\n', 'b\rc\n', 'd'] None
# '\r' 'a\r\rb\rc\rd' ['a\r', '\r', 'b\r', 'c\r', 'd'] None
# '\r\n' 'a\r\r\nb\rc\r\nd' ['a\r\r\n', 'b\rc\r\n', 'd'] None
#
#  
# True ['one\n', 'two\n']
# True
# ValueError I/O operation on closed file
# ValueError I/O operation on closed file
# ValueError I/O operation on closed file.
# ValueError I/O operation on closed file
# ValueError I/O operation on closed file
# ValueError I/O operation on closed file
# ValueError I/O operation on closed file
# ValueError I/O operation on closed file
# ValueError I/O operation on closed file.
# None
# ValueError I/O operation on closed file
# ValueError I/O operation on closed file
# ValueError I/O operation on closed file
# ValueError I/O operation on closed file
# ValueError I/O operation on closed file.
# ValueError I/O operation on closed file
# None True
# ValueError Negative seek position -1
# OSError Can't do nonzero cur-relative seeks
# OSError Can't do nonzero cur-relative seeks
# ValueError Invalid whence (3, should be 0, 1 or 2)
# TypeError 'str' object cannot be interpreted as an integer
# TypeError 'float' object cannot be interpreted as an integer
# ValueError Negative size value -1
# TypeError argument should be integer or None, not 'str'
# TypeError string argument expected, got 'int'
# TypeError string argument expected, got 'bytes'
# TypeError argument should be integer or None, not 'str'
# TypeError argument should be integer or None, not 'float'
# TypeError argument should be integer or None, not 'str'
# TypeError initial_value must be str or None, not int
# TypeError initial_value must be str or None, not bytes
# TypeError newline must be str or None, not int
# ValueError illegal newline value: 'x'
# ValueError illegal newline value: '\n\n'
# UnsupportedOperation detach
# UnsupportedOperation fileno
# True True StringIO
# 3890 0,1,2,3,4,5,6,7,8,9, 997,998,999,
# 3 1 0,1#2,3, 4
