# sandpy-only: the sandbox module
# A bytearray that crosses a sandbox boundary is frozen like a list: every
# mutator raises TypeError; reading works; thaw gives a mutable copy.
from sandbox import freeze, thaw, is_frozen

B = freeze(bytearray(b"hello"))
print(type(B) is bytearray, is_frozen(B), B, len(B), B[1], B[1:3], bytes(B))
print(B == b"hello", B.upper(), B.find(b"l"), b"ell" in B, list(B)[:2])
print(freeze(B) is B)

def attempt(label, f):
    try:
        f()
        print(label, "did not raise")
    except TypeError as e:
        print(label, e)

def setitem():
    B[0] = 65
def setslice():
    B[0:2] = b"xy"
def delitem():
    del B[0]
def iadd():
    global B
    B += b"!"
def imul():
    global B
    B *= 2

attempt("append", lambda: B.append(1))
attempt("extend", lambda: B.extend(b"ab"))
attempt("insert", lambda: B.insert(0, 1))
attempt("pop", lambda: B.pop())
attempt("remove", lambda: B.remove(104))
attempt("clear", lambda: B.clear())
attempt("reverse", lambda: B.reverse())
attempt("setitem", setitem)
attempt("setslice", setslice)
attempt("delitem", delitem)
attempt("iadd", iadd)
attempt("imul", imul)
attempt("bytearray.append", lambda: bytearray.append(B, 1))
print(B)

# Inside a frozen container too.
L = freeze([bytearray(b"ab"), (bytearray(b"cd"),)])
print(is_frozen(L[0]), is_frozen(L[1][0]))
attempt("nested append", lambda: L[0].append(1))

# thaw: a mutable copy.
t = thaw(B)
t.append(33)
print(is_frozen(t), t, B)
tl = thaw(L)
tl[0].extend(b"!")
tl[1][0][0] = 88
print(tl, L)

# A memoryview of a frozen bytearray is read-only.
m = memoryview(B)
print(m.readonly, m.tobytes())
try:
    m[0] = 1
except TypeError as e:
    print("view", e)

# A memoryview cannot be frozen.
try:
    freeze(memoryview(b"x"))
except TypeError as e:
    print(e)
# Output:
# True True bytearray(b'hello') 5 101 bytearray(b'el') b'hello'
# True bytearray(b'HELLO') 2 True [104, 101]
# True
# append cannot modify frozen bytearray
# extend cannot modify frozen bytearray
# insert cannot modify frozen bytearray
# pop cannot modify frozen bytearray
# remove cannot modify frozen bytearray
# clear cannot modify frozen bytearray
# reverse cannot modify frozen bytearray
# setitem cannot modify frozen bytearray
# setslice cannot modify frozen bytearray
# delitem cannot modify frozen bytearray
# iadd cannot modify frozen bytearray
# imul cannot modify frozen bytearray
# bytearray.append cannot modify frozen bytearray
# bytearray(b'hello')
# True True
# nested append cannot modify frozen bytearray
# False bytearray(b'hello!') bytearray(b'hello')
# [bytearray(b'ab!'), (bytearray(b'Xd'),)] [bytearray(b'ab'), (bytearray(b'cd'),)]
# True b'hello'
# view cannot modify read-only memory
# cannot freeze 'memoryview' object
