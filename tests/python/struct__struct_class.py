# The Struct class: format, size, its methods, buffers (bytes, bytearray,
# memoryview) and offsets; iter_unpack's iterator.
import struct

s = struct.Struct('<hi')
print(s.format, s.size, type(s).__name__, type(s).__module__)
data = s.pack(1, -2)
print(data, s.unpack(data), s.unpack(bytearray(data)), s.unpack(memoryview(data)))
print(s.unpack_from(b'xx' + data, 2), s.unpack_from(b'xx' + data, offset=2), s.unpack_from(buffer=data))
print(list(s.iter_unpack(data * 3)), list(struct.iter_unpack('<B', b'\x01\x02')))
it = s.iter_unpack(data * 2)
print(next(it), next(it), next(it, 'done'))
buf = bytearray(10)
s.pack_into(buf, 1, 7, 8)
print(buf)
struct.pack_into('>H', buf, -2, 0xABCD)
print(buf)
view = memoryview(buf)
struct.pack_into('<b', view, 0, -1)
s.pack_into(view, 3, 1, 1)
print(buf, struct.unpack_from('<b', view))
b = struct.Struct(b'>Q')
print(b.format, b.size, b.pack(2 ** 64 - 1))
e = struct.Struct('')
print(repr(e.format), e.size, e.pack(), e.unpack(b''))
w = struct.Struct('i')
w.__init__('<q')
print(w.format, w.size, w.pack(1))
try:
    s.pack(1)
except struct.error as err:
    print('error', err)
try:
    s.unpack(b'')
except struct.error as err:
    print('error', err)
print(struct.Struct('5s').unpack(b'abcde'), struct.Struct('2c').unpack(b'xy'))
print(struct.calcsize('@ci') == struct.Struct('ci').size, struct.Struct(format='<i').size)

# Output:
# <hi 6 Struct _struct
# b'\x01\x00\xfe\xff\xff\xff' (1, -2) (1, -2) (1, -2)
# (1, -2) (1, -2) (1, -2)
# [(1, -2), (1, -2), (1, -2)] [(1,), (2,)]
# (1, -2) (1, -2) done
# bytearray(b'\x00\x07\x00\x08\x00\x00\x00\x00\x00\x00')
# bytearray(b'\x00\x07\x00\x08\x00\x00\x00\x00\xab\xcd')
# bytearray(b'\xff\x07\x00\x01\x00\x01\x00\x00\x00\xcd') (-1,)
# >Q 8 b'\xff\xff\xff\xff\xff\xff\xff\xff'
# '' 0 b'' ()
# <q 8 b'\x01\x00\x00\x00\x00\x00\x00\x00'
# error pack expected 2 items for packing (got 1)
# error unpack requires a buffer of 6 bytes
# (b'abcde',) (b'x', b'y')
# True 4
