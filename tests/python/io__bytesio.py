# io.BytesIO: initial bytes from any bytes-like object, read, read1,
# readinto, readline(s), write, writelines, seek (all three whences, with
# clamping), tell, truncate, getvalue, getbuffer (and the resize lock while
# a view is alive), iteration, close and the errors.
import io


def attempt(f):
    try:
        print(repr(f()))
    except (ValueError, TypeError, OSError, BufferError) as e:
        print(type(e).__name__, e)


b = io.BytesIO(b'one\ntwo\nthree')
print(b.readline(), b.readline(2), b.readline(-1), b.readlines(), b.tell())
print(b.seek(0), b.read(2), b.read1(1), b.read1(), b.read(), b.read(), b.tell())
print(b.seek(0), b.readlines(5), b.seek(0), list(b))
buf = bytearray(5)
print(b.seek(4), b.readinto(buf), buf, b.readinto(buf), buf, b.readinto1(bytearray(2)))
print(b.seek(0), b.readinto(memoryview(buf)), buf)
print(b.seek(20), b.write(b'X'), b.getvalue(), b.tell())
print(b.seek(-3, 2), b.read(), b.seek(-100, 1), b.seek(2, 1), b.seek(100, 2), b.seek(-100, 2))
print(b.truncate(5), b.getvalue(), b.tell(), b.seek(2), b.truncate(), b.getvalue())
print(b.write(bytearray(b'ab')), b.write(memoryview(b'cd')), b.writelines([b'e', b'f']),
      b.getvalue())
print(io.BytesIO(bytearray(b'xy')).read(), io.BytesIO(memoryview(b'zw')).read(),
      io.BytesIO().getvalue(), io.BytesIO(None).read())
b = io.BytesIO(b'abc')
v = b.getbuffer()
print(len(v), bytes(v), v.readonly)
v[0] = 65
print(b.getvalue())
attempt(lambda: b.write(b'x'))
attempt(lambda: b.truncate(0))
attempt(lambda: b.close())
print(b.seek(0), b.read(), b.closed)
v.release()
print(b.write(b'!'), b.getvalue())
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush())
with io.BytesIO(b'ctx') as f:
    print(f.read())
print(f.closed)
for name in ['read', 'read1', 'readline', 'readlines', 'getvalue', 'getbuffer', 'tell',
             'readable', 'writable', 'seekable', 'isatty', 'flush', 'truncate']:
    attempt(getattr(f, name))
attempt(lambda: f.write(b'x'))
attempt(lambda: f.seek(0))
attempt(lambda: next(f))
attempt(lambda: f.readinto(bytearray(1)))
print(f.close())
b = io.BytesIO(b'abc')
attempt(lambda: b.seek(-1))
attempt(lambda: b.seek(0, 3))
attempt(lambda: b.seek('x'))
attempt(lambda: b.truncate(-1))
attempt(lambda: b.write('text'))
attempt(lambda: b.write(5))
attempt(lambda: io.BytesIO('text'))
attempt(lambda: io.BytesIO(5))
attempt(lambda: b.read('x'))
attempt(lambda: b.readinto(b'xx'))
attempt(lambda: b.fileno())
print(isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase),
      isinstance(b, io.TextIOBase), type(b).__name__)

# Output:
# b'one\n' b'tw' b'o\n' [b'three'] 13
# 0 b'on' b'e' b'\ntwo\nthree' b'' b'' 13
# 0 [b'one\n', b'two\n'] 0 [b'one\n', b'two\n', b'three']
# 4 5 bytearray(b'hreet') 4 bytearray(b'hreet') 0
# 0 5 bytearray(b'one\nt')
# 20 1 b'one\ntwo\nthree\x00\x00\x00\x00\x00\x00\x00X' 21
# 18 b'\x00\x00X' 0 2 121 0
# 5 b'one\nt' 0 2 2 b'on'
# 2 2 None b'onabcdef'
# b'xy' b'zw' b'' b''
# 3 b'abc' False
# b'Abc'
# BufferError Existing exports of data: object cannot be re-sized
# BufferError Existing exports of data: object cannot be re-sized
# BufferError Existing exports of data: object cannot be re-sized
# 0 b'Abc' False
# 1 b'Abc!'
# True True True False None
# b'ctx'
# True
# ValueError I/O operation on closed file.
# ValueError I/O operation on closed file.
# ValueError I/O operation on closed file.
# ValueError I/O operation on closed file.
# ValueError I/O operation on closed file.
# ValueError I/O operation on closed file.
# ValueError I/O operation on closed file.
# ValueError I/O operation on closed file.
# ValueError I/O operation on closed file.
# ValueError I/O operation on closed file.
# ValueError I/O operation on closed file.
# ValueError I/O operation on closed file.
# ValueError I/O operation on closed file.
# ValueError I/O operation on closed file.
# ValueError I/O operation on closed file.
# ValueError I/O operation on closed file.
# ValueError I/O operation on closed file.
# None
# ValueError negative seek value -1
# ValueError invalid whence (3, should be 0, 1 or 2)
# TypeError 'str' object cannot be interpreted as an integer
# ValueError negative size value -1
# TypeError a bytes-like object is required, not 'str'
# TypeError a bytes-like object is required, not 'int'
# TypeError a bytes-like object is required, not 'str'
# TypeError a bytes-like object is required, not 'int'
# TypeError argument should be integer or None, not 'str'
# TypeError readinto() argument must be read-write bytes-like object, not bytes
# UnsupportedOperation fileno
# True True False BytesIO
