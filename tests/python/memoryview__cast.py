# memoryview.cast: byte formats and native integer formats, shapes,
# and the errors CPython gives.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

raw = bytes(range(250, 256)) + bytes(range(0, 10))
m = memoryview(raw)
for fmt in ["B", "b", "c", "H", "h", "I", "i", "L", "l", "Q", "q", "@B", "@q"]:
    def f(fmt=fmt):
        v = m.cast(fmt)
        return (v.format, v.itemsize, v.nbytes, v.shape, v.strides, len(v), v.tolist(), v[0], v[-1])
    t(f)
t(lambda: m.cast("H").cast("B").tobytes() == raw)
t(lambda: m.cast("q").cast("c").tolist()[:3])
t(lambda: m.cast("B", [16]).shape)
t(lambda: m.cast("B", (2, 8)).shape)
t(lambda: m.cast("B", [2, 8]).tolist())
t(lambda: m.cast("H", [2, 2, 2]).tolist())
t(lambda: m.cast("B", [2, 8]).strides)
t(lambda: m.cast("I", [2, 2]).strides)
t(lambda: m.cast("B", [2, 8]).tobytes() == raw)
t(lambda: m.cast("B", [2, 8]).cast("B").shape)
t(lambda: m.cast("B", [2, 8]).cast("B", [16]).shape)
t(lambda: m.cast("B", [2, 8]).cast("B", [4, 4]))
t(lambda: m.cast("B", [2, 8])[0])
t(lambda: (m.cast("B", [2, 8]).ndim, len(m.cast("B", [2, 8])), m.cast("B", [2, 8]).nbytes))
t(lambda: m.cast("B", [2, 8]) == m.cast("B", [2, 8]))
t(lambda: m.cast("B", [2, 8]) == raw)
t(lambda: m.cast("x")); t(lambda: m.cast("BB")); t(lambda: m.cast("")); t(lambda: m.cast("<B")); t(lambda: m.cast(1))
t(lambda: m.cast()); t(lambda: m.cast("H").cast("I")); t(lambda: memoryview(b"abc").cast("H"))
t(lambda: m.cast("B", [3])); t(lambda: m.cast("B", 3)); t(lambda: m.cast("B", [0, 16])); t(lambda: m.cast("B", [-1]))
t(lambda: m.cast("B", ["a"])); t(lambda: m[::2].cast("B")); t(lambda: m[::-1].cast("B")); t(lambda: m[3:4][::-1].cast("c").tolist())
t(lambda: m.cast("B", [2, 8]).cast("H", [4, 2]))
t(lambda: m.cast(format="c", shape=[16]).shape)
t(lambda: m.cast("B", shape=[1] * 65))

# writes through casts
ba = bytearray(8)
w = memoryview(ba)
h = w.cast("H")
h[0] = 0x1234; h[3] = 65535
print(ba)
q = w.cast("q")
q[0] = -2
print(ba, q.tolist())
c = w.cast("c")
c[0] = b"A"
print(ba[:2])
def s(view, key, value):
    def f():
        view[key] = value
    t(f)
s(h, 0, 65536); s(h, 0, -1); s(w.cast("h"), 0, 32768); s(w.cast("b"), 0, -129); s(c, 0, b"AB"); s(c, 0, 65); s(h, 0, 1.0)
s(w.cast("Q"), 0, 2**64); s(w.cast("Q"), 0, 2**64 - 1); s(w.cast("q"), 0, -2**63)
print(ba)
s(h, slice(0, 2), memoryview(bytearray(4)).cast("H")); s(h, slice(0, 2), b"abcd"); s(w.cast("B", [2, 4]), 0, 1)
print(ba)

# Output:
# ('B', 1, 16, (16,), (1,), 16, [250, 251, 252, 253, 254, 255, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 250, 9)
# ('b', 1, 16, (16,), (1,), 16, [-6, -5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9], -6, 9)
# ('c', 1, 16, (16,), (1,), 16, [b'\xfa', b'\xfb', b'\xfc', b'\xfd', b'\xfe', b'\xff', b'\x00', b'\x01', b'\x02', b'\x03', b'\x04', b'\x05', b'\x06', b'\x07', b'\x08', b'\t'], b'\xfa', b'\t')
# ('H', 2, 16, (8,), (2,), 8, [64506, 65020, 65534, 256, 770, 1284, 1798, 2312], 64506, 2312)
# ('h', 2, 16, (8,), (2,), 8, [-1030, -516, -2, 256, 770, 1284, 1798, 2312], -1030, 2312)
# ('I', 4, 16, (4,), (4,), 4, [4261215226, 16842750, 84148994, 151521030], 4261215226, 151521030)
# ('i', 4, 16, (4,), (4,), 4, [-33752070, 16842750, 84148994, 151521030], -33752070, 151521030)
# ('L', 8, 16, (2,), (8,), 2, [72339064685919226, 650777868590383874], 72339064685919226, 650777868590383874)
# ('l', 8, 16, (2,), (8,), 2, [72339064685919226, 650777868590383874], 72339064685919226, 650777868590383874)
# ('Q', 8, 16, (2,), (8,), 2, [72339064685919226, 650777868590383874], 72339064685919226, 650777868590383874)
# ('q', 8, 16, (2,), (8,), 2, [72339064685919226, 650777868590383874], 72339064685919226, 650777868590383874)
# ('@B', 1, 16, (16,), (1,), 16, [250, 251, 252, 253, 254, 255, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 250, 9)
# ('@q', 8, 16, (2,), (8,), 2, [72339064685919226, 650777868590383874], 72339064685919226, 650777868590383874)
# True
# [b'\xfa', b'\xfb', b'\xfc']
# (16,)
# (2, 8)
# [[250, 251, 252, 253, 254, 255, 0, 1], [2, 3, 4, 5, 6, 7, 8, 9]]
# [[[64506, 65020], [65534, 256]], [[770, 1284], [1798, 2312]]]
# (8, 1)
# (8, 4)
# True
# (16,)
# (16,)
# TypeError memoryview: cast must be 1D -> ND or ND -> 1D
# NotImplementedError multi-dimensional sub-views are not implemented
# (2, 2, 16)
# True
# False
# ValueError memoryview: destination format must be a native single character format prefixed with an optional '@'
# ValueError memoryview: destination format must be a native single character format prefixed with an optional '@'
# ValueError memoryview: destination format must be a native single character format prefixed with an optional '@'
# ValueError memoryview: destination format must be a native single character format prefixed with an optional '@'
# TypeError cast() argument 'format' must be str, not int
# TypeError cast() missing required argument 'format' (pos 1)
# TypeError memoryview: cannot cast between two non-byte formats
# TypeError memoryview: length is not a multiple of itemsize
# TypeError memoryview: product(shape) * itemsize != buffer size
# TypeError shape must be a list or a tuple
# ValueError memoryview.cast(): elements of shape must be integers > 0
# ValueError memoryview.cast(): elements of shape must be integers > 0
# TypeError memoryview.cast(): elements of shape must be integers
# TypeError memoryview: casts are restricted to C-contiguous views
# TypeError memoryview: casts are restricted to C-contiguous views
# [b'\xfd']
# TypeError memoryview: cast must be 1D -> ND or ND -> 1D
# (16,)
# ValueError memoryview: number of dimensions must not exceed 64
# bytearray(b'4\x12\x00\x00\x00\x00\xff\xff')
# bytearray(b'\xfe\xff\xff\xff\xff\xff\xff\xff') [-2]
# bytearray(b'A\xff')
# ValueError memoryview: invalid value for format 'H'
# ValueError memoryview: invalid value for format 'H'
# ValueError memoryview: invalid value for format 'h'
# ValueError memoryview: invalid value for format 'b'
# ValueError memoryview: invalid value for format 'c'
# TypeError memoryview: invalid type for format 'c'
# TypeError memoryview: invalid type for format 'H'
# ValueError memoryview: invalid value for format 'Q'
# None
# None
# bytearray(b'\x00\x00\x00\x00\x00\x00\x00\x80')
# None
# ValueError memoryview assignment: lvalue and rvalue have different structures
# NotImplementedError sub-views are not implemented
# bytearray(b'\x00\x00\x00\x00\x00\x00\x00\x80')
