# bytes.__bytes__ and __getnewargs__.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
b = b"ab"
t(lambda: b.__bytes__() is b); t(lambda: b.__getnewargs__()); t(lambda: bytes.__bytes__(bytearray(b"x")))
class B(bytes): pass
t(lambda: type(B(b"q").__bytes__()).__name__); t(lambda: B(b"q").__getnewargs__()); t(lambda: b.__bytes__(1))

# Output:
# True
# (b'ab',)
# TypeError descriptor '__bytes__' for 'bytes' objects doesn't apply to a 'bytearray' object
# 'bytes'
# (b'q',)
# TypeError bytes.__bytes__() takes no arguments (1 given)
