# bytearray.__new__ makes an empty bytearray and __init__ fills it, so
# __init__ refills an existing one (refused while a view is out).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = bytearray(b"ab")
t(lambda: b.__init__(b"xyz") or b)
t(lambda: b.__init__() or b)
t(lambda: b.__init__(3) or b)
t(lambda: b.__init__("h\xe9", "latin-1") or b)
t(lambda: b.__init__(1.5))
t(lambda: bytearray.__new__(bytearray, b"ignored"))
t(lambda: bytearray.__new__(bytearray))
b = bytearray(b"ab")
m = memoryview(b)
t(lambda: b.__init__(b"cd") or b)
t(lambda: b.__init__(b"abc"))
m.release()
t(lambda: b.__init__(b"abc") or b)

# Output:
# bytearray(b'xyz')
# bytearray(b'')
# bytearray(b'\x00\x00\x00')
# bytearray(b'h\xe9')
# TypeError cannot convert 'float' object to bytearray
# bytearray(b'')
# bytearray(b'')
# BufferError Existing exports of data: object cannot be re-sized
# BufferError Existing exports of data: object cannot be re-sized
# bytearray(b'abc')
