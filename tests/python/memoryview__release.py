# memoryview.release, the context manager, use after release, and a
# bytearray's exports (it refuses to resize while views are out).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

x = memoryview(b"ab")
x.release()
for name, f in [
    ("getitem", lambda: x[0]), ("len", lambda: len(x)), ("tobytes", lambda: x.tobytes()),
    ("tolist", lambda: x.tolist()), ("hex", lambda: x.hex()), ("cast", lambda: x.cast("c")),
    ("obj", lambda: x.obj), ("format", lambda: x.format), ("itemsize", lambda: x.itemsize),
    ("nbytes", lambda: x.nbytes), ("ndim", lambda: x.ndim), ("shape", lambda: x.shape),
    ("strides", lambda: x.strides), ("readonly", lambda: x.readonly), ("hash", lambda: hash(x)),
    ("eq", lambda: x == b"ab"), ("eq self", lambda: x == x), ("release again", lambda: x.release()),
    ("enter", lambda: x.__enter__()), ("bytes", lambda: bytes(x)), ("memoryview", lambda: memoryview(x)),
    ("repr", lambda: repr(x).startswith("<released memory at 0x")), ("iter", lambda: list(x)),
    ("toreadonly", lambda: x.toreadonly()),
]:
    print(name, end=": ")
    t(f)

with memoryview(b"q") as y:
    print(y.tobytes(), repr(y).startswith("<memory at 0x"))
t(lambda: y.tobytes())
with memoryview(bytearray(b"zz")) as z:
    pass
t(lambda: z[0])

ba = bytearray(b"xyz")
mv = memoryview(ba)
t(lambda: ba.append(1)); t(lambda: ba.extend(b"a")); t(lambda: ba.pop()); t(lambda: ba.clear())
t(lambda: ba.insert(0, 1)); t(lambda: ba.remove(120))
def grow():
    global ba
    ba += b"!"
def shrink():
    del ba[0]
def resize_slice():
    ba[0:1] = b"ab"
def same_size():
    ba[0:1] = b"X"
    ba[1] = 89
    return ba
t(grow); t(shrink); t(resize_slice); t(same_size)
def imul():
    global ba
    ba *= 2
t(imul)
t(lambda: ba.reverse() or ba)
s = mv[1:]
mv.release()
t(lambda: ba.append(1))
t(lambda: s.tobytes())
s.release()
t(lambda: ba.append(33) or ba)
# a view dropped without release gives its export back too
v = memoryview(ba)
del v
t(lambda: ba.append(34) or ba)
def in_function():
    w = memoryview(ba)
    return w[0]
t(in_function)
t(lambda: ba.append(35) or ba)
# the parent may be released while a slice lives on
p = memoryview(bytearray(b"ab"))
c = p[0:1]
t(lambda: p.release())
t(lambda: p.tobytes())
t(lambda: c.tobytes())
t(lambda: memoryview.release(1))

# Output:
# getitem: ValueError operation forbidden on released memoryview object
# len: ValueError operation forbidden on released memoryview object
# tobytes: ValueError operation forbidden on released memoryview object
# tolist: ValueError operation forbidden on released memoryview object
# hex: ValueError operation forbidden on released memoryview object
# cast: ValueError operation forbidden on released memoryview object
# obj: ValueError operation forbidden on released memoryview object
# format: ValueError operation forbidden on released memoryview object
# itemsize: ValueError operation forbidden on released memoryview object
# nbytes: ValueError operation forbidden on released memoryview object
# ndim: ValueError operation forbidden on released memoryview object
# shape: ValueError operation forbidden on released memoryview object
# strides: ValueError operation forbidden on released memoryview object
# readonly: ValueError operation forbidden on released memoryview object
# hash: ValueError operation forbidden on released memoryview object
# eq: False
# eq self: True
# release again: None
# enter: ValueError operation forbidden on released memoryview object
# bytes: ValueError operation forbidden on released memoryview object
# memoryview: ValueError operation forbidden on released memoryview object
# repr: True
# iter: ValueError operation forbidden on released memoryview object
# toreadonly: ValueError operation forbidden on released memoryview object
# b'q' True
# ValueError operation forbidden on released memoryview object
# ValueError operation forbidden on released memoryview object
# BufferError Existing exports of data: object cannot be re-sized
# BufferError Existing exports of data: object cannot be re-sized
# BufferError Existing exports of data: object cannot be re-sized
# BufferError Existing exports of data: object cannot be re-sized
# BufferError Existing exports of data: object cannot be re-sized
# BufferError Existing exports of data: object cannot be re-sized
# BufferError Existing exports of data: object cannot be re-sized
# BufferError Existing exports of data: object cannot be re-sized
# BufferError Existing exports of data: object cannot be re-sized
# bytearray(b'XYz')
# BufferError Existing exports of data: object cannot be re-sized
# bytearray(b'zYX')
# BufferError Existing exports of data: object cannot be re-sized
# b'YX'
# bytearray(b'zYX!')
# bytearray(b'zYX!"')
# 122
# bytearray(b'zYX!"#')
# None
# ValueError operation forbidden on released memoryview object
# b'a'
# TypeError descriptor 'release' for 'memoryview' objects doesn't apply to a 'int' object
