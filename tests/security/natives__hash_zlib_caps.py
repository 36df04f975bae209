# sandpy-only: caps (sandbox.Config) exist only in sandpy
# The natives of hashlib, zlib and binascii under caps: a DEFLATE bomb
# (1.3 MB that inflates to 200 MB) stops at the memory cap, whole or
# through a stream object; a huge SHAKE digest or hex dump is refused
# before it is made; PBKDF2 with 10**8 iterations and hashing a large
# buffer stop at the time cap. max_length keeps a bomb harmless.
import sandbox
import time
import zlib


def bits_to_bytes(bits):
    out = bytearray((len(bits) + 7) // 8)
    for i, b in enumerate(bits):
        out[i // 8] |= b << (i % 8)
    return bytes(out)


def code(bits, c, n):
    # Huffman codes go most significant bit first.
    for i in range(n - 1, -1, -1):
        bits.append((c >> i) & 1)


def match(bits):
    code(bits, 0b11000101, 8)   # length 258 (symbol 285, fixed code)
    code(bits, 0, 5)            # distance 1 (code 0)


# A raw DEFLATE stream, one fixed-Huffman block: a zero byte, then runs
# of 258 copies of it; the prefix ends byte-aligned, and eight matches
# take 13 bytes, so the body is one unit repeated.
prefix = [1, 1, 0]              # BFINAL, BTYPE=01 (fixed)
code(prefix, 0b00110000, 8)     # literal 0
match(prefix)
unit = []
for _ in range(8):
    match(unit)
UNITS = 100000
BOMB = bits_to_bytes(prefix) + bits_to_bytes(unit) * UNITS + b'\x00'
print(len(prefix), len(unit), len(BOMB))
small = bits_to_bytes(prefix) + bits_to_bytes(unit) * 3 + b'\x00'
print(zlib.decompress(small, -15) == b'\x00' * (1 + 258 * 25))


def inflate_whole():
    return len(zlib.decompress(BOMB, -15))


def inflate_stream():
    return len(zlib.decompressobj(-15).decompress(BOMB))


def inflate_bounded():
    d = zlib.decompressobj(-15)
    return len(d.decompress(BOMB, 100000)), len(d.unconsumed_tail) > 0


def shake_huge():
    import hashlib
    return len(hashlib.shake_256(b'x').digest(10**9))


def hexlify_huge():
    import binascii
    return len(binascii.hexlify(b'\x00' * (30 * 10**6)))


def pbkdf2_forever():
    import hashlib
    return hashlib.pbkdf2_hmac('sha256', b'pw', b'salt', 10**8)


def hash_large():
    import hashlib
    data = b'\x01' * (100 * 10**6)
    h = hashlib.sha3_512()
    while True:
        h.update(data)


def run(f, **caps):
    t0 = time.time()
    try:
        r = sandbox.spawn(f, _config=sandbox.Config(**caps)).join()
        return "returned %r" % (r,)
    except sandbox.SandboxError as e:
        took = time.time() - t0
        return "%s %s fast=%s" % (e.kind, str(e).split(" exceeded")[0].split(": ")[-1],
                                  took < caps.get('time', 30) + 0.6)


for f in (inflate_whole, inflate_stream, shake_huge, hexlify_huge):
    print(f.__name__, run(f, memory="64M", time=30))
print('inflate_bounded', run(inflate_bounded, memory="64M", time=30))
for f in (pbkdf2_forever, hash_large):
    print(f.__name__, run(f, memory="256M", time=1))

# Output:
# 24 104 1300004
# True
# inflate_whole limit memory limit 64M fast=True
# inflate_stream limit memory limit 64M fast=True
# shake_huge limit memory limit 64M fast=True
# hexlify_huge limit memory limit 64M fast=True
# inflate_bounded returned (100000, True)
# pbkdf2_forever limit time limit 1s fast=True
# hash_large limit time limit 1s fast=True
