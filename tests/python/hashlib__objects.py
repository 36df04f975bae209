# Hash objects: update, digest, hexdigest, copy, the attributes, the
# types, and the errors of their methods and constructors.
import hashlib


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224',
             'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256',
             'blake2b', 'blake2s', 'sha512_224', 'sha512_256']:
    h = hashlib.new(name)
    print(name, h.name, h.digest_size, h.block_size, type(h).__name__,
          type(h).__module__)
    h.update(b'hello ')
    c = h.copy()
    c.update(b'world')
    h.update(b'there')
    if name.startswith('shake'):
        print(h.hexdigest(10), c.hexdigest(10), h.digest(0), len(c.digest(1000)))
    else:
        print(h.hexdigest(), c.hexdigest(), h.digest() == h.digest())
        print(h.hexdigest() == h.digest().hex())

h = hashlib.sha256()
print(h.hexdigest())
r = repr(h)
print(r.startswith('<sha256 _hashlib.HASH object @ 0x'), r.endswith('>'))
r = repr(hashlib.shake_128())
print(r.startswith('<shake_128 _hashlib.HASHXOF object @ 0x'))
r = repr(hashlib.blake2b())
print(r.startswith('<_blake2.blake2b object at 0x'))
print(type(hashlib.md5()) is type(hashlib.sha3_512()))
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)

attempt(lambda: hashlib.sha256('abc'))
attempt(lambda: hashlib.sha256(1))
attempt(lambda: hashlib.sha256().update('x'))
attempt(lambda: hashlib.sha256().update())
attempt(lambda: hashlib.sha256().update(b'a', b'b'))
attempt(lambda: hashlib.sha256().digest(1))
attempt(lambda: hashlib.sha256(data=b'a'))
attempt(lambda: hashlib.sha256(b'a', b'b'))
attempt(lambda: hashlib.new('foo'))
attempt(lambda: hashlib.new(1))
attempt(lambda: hashlib.new('sha256', b'a', string=b'b'))
attempt(lambda: hashlib.new('sha256', string=b'abc').hexdigest())
attempt(lambda: hashlib.new('SHA256', b'abc').name)
attempt(lambda: hashlib.new('sha-256', b'abc').name)
attempt(lambda: hashlib.new('MD5').name)
attempt(lambda: hashlib.new('sha512-224').name)
attempt(lambda: hashlib.new('Blake2b'))
attempt(lambda: hashlib.shake_128().digest())
attempt(lambda: hashlib.shake_128().digest('a'))
attempt(lambda: hashlib.shake_256(b'x').hexdigest(length=5))
attempt(lambda: type(hashlib.sha256())())
attempt(lambda: hashlib.sha256.__name__)
