# bytes, bytearray and memoryview as each other's arguments (the buffer
# protocol), and where CPython takes only str or bytes.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: bytes.fromhex('01\x0b02')); t(lambda: bytes.fromhex('01\x1c02')); t(lambda: b'a\x0bb'.split()); t(lambda: b'\x1ca\x1c'.strip())
t(lambda: bytearray(b'abc').hex(b':')); t(lambda: b'abc'.hex(bytearray(b':')))
t(lambda: bytearray.fromhex('ab').__class__); t(lambda: bytes.maketrans(bytearray(b'a'), memoryview(b'b'))[97])
t(lambda: b''.join([memoryview(b'a').cast('c')]))
t(lambda: memoryview(b'abcd').cast('H').hex()); t(lambda: bytes(memoryview(b'abcd').cast('H')))
t(lambda: b'abc' == memoryview(b'abc')); t(lambda: memoryview(b'abc') == b'abc')
t(lambda: b'x' * memoryview(b'a'))

# Output:
# b'\x01\x02'
# ValueError non-hexadecimal number found in fromhex() arg at position 2
# [b'a', b'b']
# b'\x1ca\x1c'
# '61:62:63'
# TypeError sep must be str or bytes.
# <class 'bytearray'>
# 98
# b'a'
# '61626364'
# b'abcd'
# True
# True
# TypeError can't multiply sequence by non-int of type 'memoryview'
