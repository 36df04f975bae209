# int.to_bytes / int.from_bytes (3.11 defaults: length 1, byteorder 'big'),
# int.bit_count, int.as_integer_ratio.
import random

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: (1).to_bytes()); t(lambda: (256).to_bytes()); t(lambda: (-1).to_bytes()); t(lambda: (-1).to_bytes(2, signed=True))
t(lambda: (1).to_bytes(-1)); t(lambda: (1).to_bytes(2, "middle")); t(lambda: (1).to_bytes(2, 5)); t(lambda: (1).to_bytes(1, "big", True))
t(lambda: (1).to_bytes(1, "big", x=1)); t(lambda: (1).to_bytes("a")); t(lambda: (128).to_bytes(1, signed=True)); t(lambda: (-129).to_bytes(1, signed=True))
t(lambda: (0).to_bytes(0)); t(lambda: (1).to_bytes(0)); t(lambda: (-128).to_bytes(1, signed=True)); t(lambda: (127).to_bytes(1, signed=True))
t(lambda: (1).to_bytes(1, byteorder="little", length=2)); t(lambda: (1).to_bytes(byteorder="little", length=2)); t(lambda: (2**64).to_bytes(9, "little"))
t(lambda: (1).to_bytes(2**70)); t(lambda: (1).to_bytes(-2**70)); t(lambda: True.to_bytes(2, "little")); t(lambda: (1).to_bytes(1.0))
t(lambda: (1).to_bytes(signed=1)); t(lambda: (-1).to_bytes(signed=[])); t(lambda: (-5).to_bytes(3, "little", signed=True))
t(lambda: int.to_bytes("x")); t(lambda: (10**30).to_bytes(13, "big"))
t(lambda: int.from_bytes(b"\x01\x00")); t(lambda: int.from_bytes(b"\xff", signed=True)); t(lambda: int.from_bytes([1, 2], "little"))
t(lambda: int.from_bytes("ab")); t(lambda: int.from_bytes()); t(lambda: int.from_bytes(b"", "x")); t(lambda: int.from_bytes(5)); t(lambda: bool.from_bytes(b"\x01"))
t(lambda: int.from_bytes(bytearray(b"\x01\x02"), byteorder="little")); t(lambda: int.from_bytes(memoryview(b"\x80"), "big", signed=True))
t(lambda: int.from_bytes(b"a", "big", 1)); t(lambda: int.from_bytes(b"")); t(lambda: int.from_bytes(b"", signed=True)); t(lambda: int.from_bytes([256]))
t(lambda: int.from_bytes(range(3))); t(lambda: int.from_bytes(None)); t(lambda: int.from_bytes(b"\x00" * 20 + b"\x01"))
t(lambda: int.from_bytes(b"\xff" * 20, "little", signed=True)); t(lambda: int.from_bytes(bytes=b"\x02", byteorder="big"))

class B:
    def __bytes__(self):
        return b"\x01\x01"
t(lambda: int.from_bytes(B()))
class MyInt(int):
    pass
t(lambda: (type(MyInt.from_bytes(b"\x05")).__name__, MyInt.from_bytes(b"\x05")))
t(lambda: MyInt(258).to_bytes(2, "little"))

random.seed(11)
for _ in range(200):
    n = random.randrange(-2**70, 2**70)
    length = random.randrange(0, 12)
    order = random.choice(["big", "little"])
    signed = random.random() < 0.5
    try:
        b = n.to_bytes(length, order, signed=signed)
        back = int.from_bytes(b, order, signed=signed)
        print(b.hex(), back == n)
    except OverflowError as e:
        print("OverflowError", e)

t(lambda: [(n, n.bit_count()) for n in [0, 1, -1, 255, -256, 2**100 - 1, -(2**65)]])
t(lambda: [n.as_integer_ratio() for n in [0, 7, -7, True, 2**80]])
t(lambda: (1).bit_count(1))

# Output:
# b'\x01'
# OverflowError int too big to convert
# OverflowError can't convert negative int to unsigned
# b'\xff\xff'
# ValueError length argument must be non-negative
# ValueError byteorder must be either 'little' or 'big'
# TypeError to_bytes() argument 'byteorder' must be str, not int
# TypeError to_bytes() takes at most 2 positional arguments (3 given)
# TypeError 'x' is an invalid keyword argument for to_bytes()
# TypeError 'str' object cannot be interpreted as an integer
# OverflowError int too big to convert
# OverflowError int too big to convert
# b''
# OverflowError int too big to convert
# b'\x80'
# b'\x7f'
# TypeError argument for to_bytes() given by name ('length') and position (1)
# b'\x01\x00'
# b'\x00\x00\x00\x00\x00\x00\x00\x00\x01'
# OverflowError Python int too large to convert to C ssize_t
# OverflowError Python int too large to convert to C ssize_t
# b'\x01\x00'
# TypeError 'float' object cannot be interpreted as an integer
# b'\x01'
# OverflowError can't convert negative int to unsigned
# b'\xfb\xff\xff'
# TypeError descriptor 'to_bytes' for 'int' objects doesn't apply to a 'str' object
# b'\x0c\x9f,\x9c\xd0Ft\xed\xea@\x00\x00\x00'
# 256
# -1
# 513
# TypeError cannot convert 'str' object to bytes
# TypeError from_bytes() missing required argument 'bytes' (pos 1)
# ValueError byteorder must be either 'little' or 'big'
# TypeError cannot convert 'int' object to bytes
# True
# 513
# -128
# TypeError from_bytes() takes at most 2 positional arguments (3 given)
# 0
# 0
# ValueError bytes must be in range(0, 256)
# 258
# TypeError cannot convert 'NoneType' object to bytes
# 1
# -1
# 2
# 257
# ('MyInt', 5)
# b'\x02\x01'
# OverflowError can't convert negative int to unsigned
# OverflowError int too big to convert
# OverflowError can't convert negative int to unsigned
# OverflowError can't convert negative int to unsigned
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# ffffff2274ea181e34b3f1 True
# OverflowError int too big to convert
# de64ffc40b0f87212b00 True
# OverflowError can't convert negative int to unsigned
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError can't convert negative int to unsigned
# 3be1d7300f6361b9f8 True
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError can't convert negative int to unsigned
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError can't convert negative int to unsigned
# OverflowError can't convert negative int to unsigned
# fe068c79faae03e91b0000 True
# 794c2813f8cc737bd1ffff True
# OverflowError can't convert negative int to unsigned
# OverflowError int too big to convert
# OverflowError can't convert negative int to unsigned
# 2161e09c2fa98a372e True
# OverflowError int too big to convert
# OverflowError int too big to convert
# 0f07a04e6483b852d7 True
# OverflowError int too big to convert
# ad27f7c0ed5edde71700 True
# 44e0d13dffb0b3532700 True
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# ffcccbfe2f8d24105a49 True
# OverflowError int too big to convert
# OverflowError can't convert negative int to unsigned
# OverflowError int too big to convert
# 680153394c5f5316290000 True
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError can't convert negative int to unsigned
# OverflowError can't convert negative int to unsigned
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# a4c0d027d0aa2d3ac3ff True
# 00003f1ad9c6d87fb2d83b True
# OverflowError can't convert negative int to unsigned
# OverflowError can't convert negative int to unsigned
# OverflowError can't convert negative int to unsigned
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError can't convert negative int to unsigned
# d8ac45a7a5ed48d09d True
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError can't convert negative int to unsigned
# OverflowError int too big to convert
# 789bb00c92606b3b0500 True
# OverflowError can't convert negative int to unsigned
# OverflowError int too big to convert
# c7beea0cbee6e4c2f2ff True
# OverflowError int too big to convert
# 0031a354cb3a1981fcb5 True
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError can't convert negative int to unsigned
# 9ccd0ba21b1d16282800 True
# OverflowError int too big to convert
# 792ed2e7bfba44392d0000 True
# OverflowError can't convert negative int to unsigned
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# 5f269f742f7ade990300 True
# OverflowError int too big to convert
# 0546565bb65bf379c4 True
# OverflowError can't convert negative int to unsigned
# OverflowError int too big to convert
# OverflowError can't convert negative int to unsigned
# OverflowError can't convert negative int to unsigned
# OverflowError int too big to convert
# 00003e57fcc1f15697e720 True
# OverflowError int too big to convert
# OverflowError int too big to convert
# 7330bbeb8cee112f2d00 True
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# 474896243a2d00381b00 True
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError can't convert negative int to unsigned
# OverflowError can't convert negative int to unsigned
# OverflowError int too big to convert
# fbbcbe4bfa0a67f7c5ff True
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# 0015f7e0a3c1cea99bc1 True
# 34ec3beaef6dd60b2900 True
# OverflowError int too big to convert
# OverflowError can't convert negative int to unsigned
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError can't convert negative int to unsigned
# OverflowError int too big to convert
# OverflowError int too big to convert
# 00c6ebc15b47f6ef0f00 True
# OverflowError int too big to convert
# OverflowError can't convert negative int to unsigned
# OverflowError int too big to convert
# 2bb69a02523f1e1c8d True
# OverflowError can't convert negative int to unsigned
# OverflowError int too big to convert
# OverflowError can't convert negative int to unsigned
# 055a0ad3aa1519e708 True
# 4dca95b18b58fa77d5ffff True
# OverflowError can't convert negative int to unsigned
# OverflowError can't convert negative int to unsigned
# OverflowError int too big to convert
# 0037ff4cf75b4e4271c5 True
# OverflowError can't convert negative int to unsigned
# 0b3ccb5ac279aa6564 True
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# 8aecf203caa118ba26 True
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError can't convert negative int to unsigned
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError can't convert negative int to unsigned
# OverflowError can't convert negative int to unsigned
# OverflowError int too big to convert
# OverflowError can't convert negative int to unsigned
# OverflowError int too big to convert
# fcc0218740a7e962de True
# OverflowError int too big to convert
# OverflowError can't convert negative int to unsigned
# 40024c78061a6f5829 True
# OverflowError int too big to convert
# 83e0bf9dd46d6fe62e0000 True
# 0eca211602c07b912a True
# OverflowError can't convert negative int to unsigned
# OverflowError can't convert negative int to unsigned
# OverflowError can't convert negative int to unsigned
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError can't convert negative int to unsigned
# OverflowError can't convert negative int to unsigned
# OverflowError int too big to convert
# ffccf9ece054e152c9b0 True
# OverflowError can't convert negative int to unsigned
# OverflowError can't convert negative int to unsigned
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError int too big to convert
# OverflowError can't convert negative int to unsigned
# OverflowError int too big to convert
# OverflowError can't convert negative int to unsigned
# 10c19a080eac359f36 True
# OverflowError can't convert negative int to unsigned
# [(0, 0), (1, 1), (-1, 1), (255, 8), (-256, 1), (1267650600228229401496703205375, 100), (-36893488147419103232, 1)]
# [(0, 1), (7, 1), (-7, 1), (1, 1), (1208925819614629174706176, 1)]
# TypeError int.bit_count() takes no arguments (1 given)
