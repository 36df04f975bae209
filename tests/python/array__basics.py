# array.array: construction from lists, iterables, bytes, str and other
# arrays; the methods (append, buffer_info, byteswap, count, extend,
# frombytes, fromfile, fromlist, fromunicode, index, insert, pop, remove,
# reverse, tobytes, tofile, tolist, tounicode), typecode and itemsize,
# indexing, slicing and slice assignment, + * += *=, comparisons, repr,
# iteration, bytes(), and the module's typecodes and ArrayType.
import array as array_module
from array import array

print(array_module.typecodes, array_module.ArrayType is array, array.__module__,
      array.__name__, type(array('b')).__name__)
print(array('i'), array('i', [1, 2, 3]), array('u', 'hé'), array('d', (x / 2 for x in range(3))))
print(array('f', [0.1, 1e300, float('nan'), -0.0]), array('b', b'\x01\xff'),
      array('d', array('i', [1, 2])), array('B', bytearray(b'ok')))
a = array('i', [5, 1, 4, 1])
print(a.typecode, a.itemsize, len(a), a[0], a[-1], a[1:3], a[::-1], a[::2], a[5:], list(a))
a.append(9)
a.extend([2, 6])
a.extend(array('i', [7]))
a.insert(0, -3)
a.insert(100, 8)
a.insert(-100, 0)
print(a, a.count(1), a.count(1.0), a.count('x'), a.index(1), a.index(1, 3), a.index(4, -8, -5))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
a.reverse()
print(a, 4 in a, 10 in a, 4.0 in a)
a[0] = 100
a[-1] = -100
a[1:3] = array('i', [11, 12, 13])
a[::3] = array('i', [0] * len(a[::3]))
print(a)
del a[0]
del a[::2]
del a[-1:]
print(a)
b = array('h', [1, 258, -2])
b.byteswap()
print(b, b.tobytes())
b.byteswap()
print(b.tolist(), bytes(b), bytearray(b), b.buffer_info()[1])
c = array('H')
c.frombytes(b'\x01\x00\x02\x00')
c.fromlist([3, 4])
print(c, c + array('H', [5]), c * 2, 2 * c, c * 0, c * -1)
c += array('H', [6])
c *= 2
print(c)
u = array('u', 'ab')
u.fromunicode('cdé')
u.append('f')
print(u, u.tounicode(), u[1], u.tolist(), u.itemsize)
print(array('i', [1, 2]) == array('i', [1, 2]), array('i', [1, 2]) == array('d', [1.0, 2.0]),
      array('i', [1, 2]) < array('i', [1, 3]), array('i', [1, 2]) < array('i', [1, 2, 0]),
      array('b', [3]) >= array('h', [2, 9]), array('i') == [], array('i') != (),
      array('f', [float('nan')]) == array('f', [float('nan')]), array('i', [1]) != array('i', [1, 2]))
print([x * 2 for x in array('b', [1, 2, 3])], list(reversed(array('b', [1, 2]))), sum(array('d', [0.5] * 4)))
it = iter(array('b', [1, 2]))
print(type(it).__name__, next(it), next(it), next(it, 'end'))
live = array('i', [1])
it = iter(live)
live.append(2)
print(list(it))
print(array('Q', [2**64 - 1]), array('q', [-2**63]), array('L', [2**63]))
print(array('b', [1]).__copy__(), array('b', [1]).__deepcopy__({}), array('b', [1]).__reduce_ex__(2))


class Sink:
    def __init__(self):
        self.data = b''

    def write(self, b):
        self.data += b
        return len(b)


class Source:
    def __init__(self, data):
        self.data = data

    def read(self, n):
        out, self.data = self.data[:n], self.data[n:]
        return out


s = Sink()
array('h', [1, 2, 3]).tofile(s)
print(s.data)
d = array('h')
d.fromfile(Source(s.data), 2)
print(d)
for data in [b'\x05\x00\x06', b'\x07\x00']:
    try:
        d.fromfile(Source(data), 2)
    except (EOFError, ValueError) as e:
        print(type(e).__name__, e, d)

# Output:
# bBuhHiIlLqQfd True array array array
# array('i') array('i', [1, 2, 3]) array('u', 'hé') array('d', [0.0, 0.5, 1.0])
# array('f', [0.10000000149011612, inf, nan, -0.0]) array('b', [1, -1]) array('d', [1.0, 2.0]) array('B', [111, 107])
# i 4 4 5 1 array('i', [1, 4]) array('i', [1, 4, 1, 5]) array('i', [5, 4]) array('i') [5, 1, 4, 1]
# array('i', [0, -3, 5, 1, 4, 1, 9, 2, 6, 7, 8]) 2 2 0 3 3 4
# 8 0 6 array('i', [-3, 5, 1, 4, 1, 9, 2, 7])
# array('i', [7, 2, 9, 1, 4, 5, -3]) True False True
# array('i', [0, 11, 12, 0, 1, 4, 0, -100])
# array('i', [12, 1])
# array('h', [256, 513, -257]) b'\x00\x01\x01\x02\xff\xfe'
# [1, 258, -2] b'\x01\x00\x02\x01\xfe\xff' bytearray(b'\x01\x00\x02\x01\xfe\xff') 3
# array('H', [1, 2, 3, 4]) array('H', [1, 2, 3, 4, 5]) array('H', [1, 2, 3, 4, 1, 2, 3, 4]) array('H', [1, 2, 3, 4, 1, 2, 3, 4]) array('H') array('H')
# array('H', [1, 2, 3, 4, 6, 1, 2, 3, 4, 6])
# array('u', 'abcdéf') abcdéf b ['a', 'b', 'c', 'd', 'é', 'f'] 4
# True True True True True False True False True
# [2, 4, 6] [2, 1] 2.0
# arrayiterator 1 2 end
# [1, 2]
# array('Q', [18446744073709551615]) array('q', [-9223372036854775808]) array('L', [9223372036854775808])
# array('b', [1]) array('b', [1]) (<class 'array.array'>, ('b', [1]), None)
# b'\x01\x00\x02\x00\x03\x00'
# array('h', [1, 2])
# ValueError bytes length not a multiple of item size array('h', [1, 2])
# EOFError read() didn't return enough bytes array('h', [1, 2, 7])
