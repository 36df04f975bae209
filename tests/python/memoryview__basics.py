# memoryview over bytes and bytearray: indexing, slicing (views, not
# copies), assignment, tobytes/tolist/hex, attributes, equality, hashing.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

m = memoryview(b"abcd")
w = memoryview(bytearray(b"abcd"))
t(lambda: (m.readonly, w.readonly, m.itemsize, m.nbytes, m.ndim, m.shape, m.strides))
t(lambda: (m.obj, m.format, m.c_contiguous, m.contiguous, m.f_contiguous, m.suboffsets))
t(lambda: (len(m), m[0], m[-1], m[1:3].tobytes(), m[::-1].tolist(), m[::2].tobytes()))
t(lambda: (m[::-1].strides, m[::2].shape, m[1:1].tobytes(), m[3:1].shape, m[::-1][1:3].tolist()))
t(lambda: m[1:3].obj is m.obj)
t(lambda: m["x"]); t(lambda: m[10]); t(lambda: m[-5]); t(lambda: m[1.5]); t(lambda: m[2**70])
t(lambda: m.tobytes()); t(lambda: m.tolist()); t(lambda: m.hex()); t(lambda: m.hex(":", 2)); t(lambda: m.hex("-", -3))
t(lambda: m.tobytes("F")); t(lambda: m.tobytes(None)); t(lambda: m.tobytes("X")); t(lambda: m.tobytes(1))
t(lambda: bytes(m[1:3])); t(lambda: bytearray(m[::2])); t(lambda: list(m)); t(lambda: 98 in m); t(lambda: b"b" in m)
t(lambda: b"x" + m); t(lambda: bytearray(b"x") + m[1:])
t(lambda: memoryview("abc")); t(lambda: memoryview(5)); t(lambda: memoryview()); t(lambda: memoryview(m).tobytes())
t(lambda: memoryview(object=b"kw").tobytes())

# equality
t(lambda: m == b"abcd"); t(lambda: m == bytearray(b"abcd")); t(lambda: m == m[::1]); t(lambda: m == w)
t(lambda: m[::-1] == b"dcba"); t(lambda: m == "abcd"); t(lambda: m == 1); t(lambda: m != b"abce")
t(lambda: m.cast("c") == b"abcd"); t(lambda: m.cast("H") == m.cast("H")); t(lambda: m < m)

# hashing: read-only views of byte formats only
t(lambda: hash(memoryview(b"ab")) == hash(b"ab"))
t(lambda: hash(m[::-1]) == hash(b"dcba"))
t(lambda: hash(w)); t(lambda: hash(m.cast("H"))); t(lambda: hash(w.toreadonly()) == hash(b"abcd"))
t(lambda: hash(m.cast("c")) == hash(b"abcd"))

# assignment into a writable view
ba = bytearray(b"hello")
v = memoryview(ba)
v[0] = 72; print(ba)
v[1:3] = b"EL"; print(ba)
v[::-1] = b"54321"; print(ba)
v[::2] = bytearray(b"abc"); print(ba)
v[-1] = 255; print(ba)
sub = v[1:4]
ba[2] = 0x5a
print(sub.tobytes(), sub[1])
sub[0] = 0x2a
print(ba)

def s(view, key, value):
    def f():
        view[key] = value
    t(f)

s(m, 0, 1); s(v, 0, 300); s(v, 0, -1); s(v, 0, "a"); s(v, 0, b"x"); s(v, 0, 1.0); s(v, 9, 1)
s(v, slice(0, 2), b"xyz"); s(v, slice(0, 2), [1, 2]); s(v, slice(0, 2), memoryview(b"ab").cast("c"))
s(v, "k", 1); s(v.toreadonly(), 0, 1)
def d():
    del v[0]
t(d)
t(lambda: v.toreadonly().readonly); t(lambda: v.readonly)

# Output:
# (True, False, 1, 4, 1, (4,), (1,))
# (b'abcd', 'B', True, True, True, ())
# (4, 97, 100, b'bc', [100, 99, 98, 97], b'ac')
# ((-1,), (2,), b'', (0,), [99, 98])
# True
# TypeError memoryview: invalid slice key
# IndexError index out of bounds on dimension 1
# IndexError index out of bounds on dimension 1
# TypeError memoryview: invalid slice key
# IndexError cannot fit 'int' into an index-sized integer
# b'abcd'
# [97, 98, 99, 100]
# '61626364'
# '6162:6364'
# '616263-64'
# b'abcd'
# b'abcd'
# ValueError order must be 'C', 'F' or 'A'
# TypeError tobytes() argument 'order' must be str or None, not int
# b'bc'
# bytearray(b'ac')
# [97, 98, 99, 100]
# True
# False
# b'xabcd'
# bytearray(b'xbcd')
# TypeError memoryview: a bytes-like object is required, not 'str'
# TypeError memoryview: a bytes-like object is required, not 'int'
# TypeError memoryview() missing required argument 'object' (pos 1)
# b'abcd'
# b'kw'
# True
# True
# True
# True
# True
# False
# False
# True
# False
# True
# TypeError '<' not supported between instances of 'memoryview' and 'memoryview'
# True
# True
# ValueError cannot hash writable memoryview object
# ValueError memoryview: hashing is restricted to formats 'B', 'b' or 'c'
# TypeError unhashable type: 'bytearray'
# True
# bytearray(b'Hello')
# bytearray(b'HELlo')
# bytearray(b'12345')
# bytearray(b'a2b4c')
# bytearray(b'a2b4\xff')
# b'2Z4' 90
# bytearray(b'a*Z4\xff')
# TypeError cannot modify read-only memory
# ValueError memoryview: invalid value for format 'B'
# ValueError memoryview: invalid value for format 'B'
# TypeError memoryview: invalid type for format 'B'
# TypeError memoryview: invalid type for format 'B'
# TypeError memoryview: invalid type for format 'B'
# IndexError index out of bounds on dimension 1
# ValueError memoryview assignment: lvalue and rvalue have different structures
# TypeError a bytes-like object is required, not 'list'
# ValueError memoryview assignment: lvalue and rvalue have different structures
# TypeError memoryview: invalid slice key
# TypeError cannot modify read-only memory
# TypeError cannot delete memory
# True
# False
