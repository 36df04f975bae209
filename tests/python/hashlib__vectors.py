# Every algorithm of hashlib on known inputs: empty, short, a block
# boundary, a million bytes, and the same data fed in pieces.
import hashlib

inputs = [b'', b'abc', b'a' * 55, b'a' * 56, b'a' * 64, b'a' * 127, b'a' * 128,
          b'a' * 129, bytes(range(256)) * 3,
          b'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq']
names = sorted(hashlib.algorithms_guaranteed) + ['sha512_224', 'sha512_256']
for name in names:
    for data in inputs:
        h = hashlib.new(name, data)
        if name.startswith('shake'):
            print(name, len(data), h.hexdigest(40))
        else:
            print(name, len(data), h.hexdigest())
    big = b'a' * 1000000
    h = hashlib.new(name)
    for i in range(0, len(big), 99991):
        h.update(big[i:i + 99991])
    whole = hashlib.new(name, big)
    if name.startswith('shake'):
        print(name, 'million', h.hexdigest(16), h.digest(16) == whole.digest(16))
    else:
        print(name, 'million', h.hexdigest(), h.digest() == whole.digest())
# Constructors by name, and the bytes-like types.
print(hashlib.md5(b'abc').hexdigest() == hashlib.new('md5', b'abc').hexdigest())
print(hashlib.sha256(bytearray(b'abc')).hexdigest())
print(hashlib.sha256(memoryview(b'xabc')[1:]).hexdigest())
print(hashlib.sha1(string=b'abc').hexdigest())
print(hashlib.sha3_256(b'abc', usedforsecurity=False).hexdigest())
