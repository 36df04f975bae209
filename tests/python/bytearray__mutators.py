# bytearray mutators: append, extend, insert, pop, remove, clear, copy,
# reverse, item and slice assignment (extended slices, size changes),
# deletion, += and *=, with their errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Idx:
    def __index__(self):
        return 1

b = bytearray(b"abc")
b.append(100); print(b)
b.append(Idx()); print(b)
t(lambda: b.append(256))
t(lambda: b.append(-1))
t(lambda: b.append("x"))
t(lambda: b.append(b"x"))
t(lambda: b.append())
t(lambda: b.append(1, 2))
b = bytearray(b"ab")
b.extend(b"cd"); b.extend(bytearray(b"e")); b.extend(memoryview(b"f")); b.extend([103, 104]); b.extend(range(105, 107)); b.extend(x for x in [107])
print(b)
b.extend(b); print(b)
t(lambda: b.extend(5))
t(lambda: b.extend(None))
t(lambda: b.extend("ab"))
t(lambda: b.extend([1, "a"]))
t(lambda: b.extend([300]))
t(lambda: b.extend())
b = bytearray(b"abc")
b.insert(0, 120); b.insert(-1, 121); b.insert(100, 122); b.insert(-100, 119); print(b)
t(lambda: b.insert(0, 256))
t(lambda: b.insert("a", 1))
t(lambda: b.insert(1))
t(lambda: b.insert(0, 1, 2))
t(lambda: b.pop()); t(lambda: b.pop(0)); t(lambda: b.pop(-2)); print(b)
t(lambda: b.pop(100))
t(lambda: b.pop(-100))
t(lambda: b.pop("x"))
t(lambda: b.pop(1, 2))
t(lambda: bytearray().pop())
b = bytearray(b"abcab")
b.remove(98); print(b)
t(lambda: b.remove(120))
t(lambda: b.remove(256))
t(lambda: b.remove("a"))
t(lambda: b.remove())
c = b.copy(); c.append(33); print(b, c, c is b)
t(lambda: b.copy(1))
b.reverse(); print(b)
t(lambda: b.reverse(1))
b.clear(); print(b, len(b))
t(lambda: b.clear(1))

b = bytearray(b"0123456789")
b[0] = 65; b[-1] = 66; print(b)
b[1:3] = b"xyzw"; print(b)
b[:2] = b""; print(b)
b[5:] = [1, 2]; print(b)
b[2:2] = bytearray(b"--"); print(b)
b[::2] = b"#" * len(b[::2]); print(b)
b[::-3] = b"QRS"; print(b)
b[7:2] = b"!"; print(b)
b[:] = b; print(b)
b[1:4] = memoryview(b"mv"); print(b)
b[0:1] = range(70, 73); print(b)
b[100:] = b"end"; print(b)

def s(key, value):
    def f():
        b[key] = value
    t(f)

s(0, 256); s(0, -1); s(0, "a"); s(0, b"a"); s(0, 1.0); s(100, 1); s(-100, 1); s("x", 1); s(2**70, 1)
s(slice(0, 1), 5); s(slice(0, 1), "x"); s(slice(0, 1), [1, "a"]); s(slice(0, 1), [300]); s(slice(0, 1), None)
s(slice(None, None, 2), b"x"); s(slice(None, None, -1), b"ab"); s(slice(0, 1, 0), b"")
print(b)

b = bytearray(b"0123456789")
del b[0]; print(b)
del b[-1]; print(b)
del b[1:3]; print(b)
del b[::2]; print(b)
del b[::-1]; print(b)
b = bytearray(b"0123456789")
del b[5:1]; print(b)
del b[100:]; print(b)

def d(key):
    def f():
        del b[key]
    t(f)

d(100); d(-100); d("x"); d(slice(0, 1, 0))

b = bytearray(b"ab")
c = b
b += b"cd"; b += bytearray(b"e"); b += memoryview(b"f")
print(b, c is b)
b *= 2
print(b, c is b)
b *= 0
print(b, c is b)
def iadd_bad():
    global b
    b += "x"
def imul_bad():
    global b
    b *= "x"
t(iadd_bad); t(imul_bad)
b = bytearray(b"x")
b *= -1; print(b)

# Mutating while iterating: the iterator sees the changes.
b = bytearray(b"abc")
out = []
for x in b:
    out.append(x)
    if x == 97:
        b.append(100)
print(out, b)

# Output:
# bytearray(b'abcd')
# bytearray(b'abcd\x01')
# ValueError byte must be in range(0, 256)
# ValueError byte must be in range(0, 256)
# TypeError 'str' object cannot be interpreted as an integer
# TypeError 'bytes' object cannot be interpreted as an integer
# TypeError bytearray.append() takes exactly one argument (0 given)
# TypeError bytearray.append() takes exactly one argument (2 given)
# bytearray(b'abcdefghijk')
# bytearray(b'abcdefghijkabcdefghijk')
# TypeError can't extend bytearray with int
# TypeError can't extend bytearray with NoneType
# TypeError 'str' object cannot be interpreted as an integer
# TypeError 'str' object cannot be interpreted as an integer
# ValueError byte must be in range(0, 256)
# TypeError bytearray.extend() takes exactly one argument (0 given)
# bytearray(b'wxabycz')
# ValueError byte must be in range(0, 256)
# TypeError 'str' object cannot be interpreted as an integer
# TypeError insert expected 2 arguments, got 1
# TypeError insert expected 2 arguments, got 3
# 122
# 119
# 121
# bytearray(b'xabc')
# IndexError pop index out of range
# IndexError pop index out of range
# TypeError 'str' object cannot be interpreted as an integer
# TypeError pop expected at most 1 argument, got 2
# IndexError pop from empty bytearray
# bytearray(b'acab')
# ValueError value not found in bytearray
# ValueError byte must be in range(0, 256)
# TypeError 'str' object cannot be interpreted as an integer
# TypeError bytearray.remove() takes exactly one argument (0 given)
# bytearray(b'acab') bytearray(b'acab!') False
# TypeError bytearray.copy() takes no arguments (1 given)
# bytearray(b'baca')
# TypeError bytearray.reverse() takes no arguments (1 given)
# bytearray(b'') 0
# TypeError bytearray.clear() takes no arguments (1 given)
# bytearray(b'A12345678B')
# bytearray(b'Axyzw345678B')
# bytearray(b'yzw345678B')
# bytearray(b'yzw34\x01\x02')
# bytearray(b'yz--w34\x01\x02')
# bytearray(b'#z#-#3#\x01#')
# bytearray(b'#zS-#R#\x01Q')
# bytearray(b'#zS-#R#!\x01Q')
# bytearray(b'#zS-#R#!\x01Q')
# bytearray(b'#mv#R#!\x01Q')
# bytearray(b'FGHmv#R#!\x01Q')
# bytearray(b'FGHmv#R#!\x01Qend')
# ValueError byte must be in range(0, 256)
# ValueError byte must be in range(0, 256)
# TypeError 'str' object cannot be interpreted as an integer
# TypeError 'bytes' object cannot be interpreted as an integer
# TypeError 'float' object cannot be interpreted as an integer
# IndexError bytearray index out of range
# IndexError bytearray index out of range
# TypeError bytearray indices must be integers or slices, not str
# IndexError cannot fit 'int' into an index-sized integer
# TypeError can assign only bytes, buffers, or iterables of ints in range(0, 256)
# TypeError can assign only bytes, buffers, or iterables of ints in range(0, 256)
# TypeError 'str' object cannot be interpreted as an integer
# ValueError byte must be in range(0, 256)
# TypeError cannot convert 'NoneType' object to bytearray
# ValueError attempt to assign bytes of size 1 to extended slice of size 7
# ValueError attempt to assign bytes of size 2 to extended slice of size 14
# ValueError slice step cannot be zero
# bytearray(b'FGHmv#R#!\x01Qend')
# bytearray(b'123456789')
# bytearray(b'12345678')
# bytearray(b'145678')
# bytearray(b'468')
# bytearray(b'')
# bytearray(b'0123456789')
# bytearray(b'0123456789')
# IndexError bytearray index out of range
# IndexError bytearray index out of range
# TypeError bytearray indices must be integers or slices, not str
# ValueError slice step cannot be zero
# bytearray(b'abcdef') True
# bytearray(b'abcdefabcdef') True
# bytearray(b'') True
# TypeError can't concat str to bytearray
# TypeError can't multiply sequence by non-int of type 'str'
# bytearray(b'')
# [97, 98, 99, 100] bytearray(b'abcd')
