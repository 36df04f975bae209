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

# Output:
# md5 md5 16 64 HASH _hashlib
# 161bc25962da8fed6d2f59922fb642aa 5eb63bbbe01eeed093cb22bb8f5acdc3 True
# True
# sha1 sha1 20 64 HASH _hashlib
# 6e71b3cac15d32fe2d36c270887df9479c25c640 2aae6c35c94fcfb415dbe95f408b9ce91ee846ed True
# True
# sha224 sha224 28 64 HASH _hashlib
# 04b0807efc0a69357f0a0a742ef8653dda3b97b5b1bfd132bc8a40fa 2f05477fc24bb4faefd86517156dafdecec45b8ad3cf2522a563582b True
# True
# sha256 sha256 32 64 HASH _hashlib
# 12998c017066eb0d2a70b94e6ed3192985855ce390f321bbdb832022888bd251 b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9 True
# True
# sha384 sha384 48 128 HASH _hashlib
# 6e01268c27270f8f7f45f56de647621a77c57717894ad7a760af26da9ced3a70fee9d3905b0705af5942e270b59b7b9c fdbd8e75a67f29f701a4e040385e2e23986303ea10239211af907fcbb83578b3e417cb71ce646efd0819dd8c088de1bd True
# True
# sha512 sha512 64 128 HASH _hashlib
# b7e98c78c24fb4c2c7b175e90474b21eae0ccf1b5ea4708b4e0f2d2940004419edc7161c18a1e71b2565df099ba017bcaa67a248e2989b6268ce078b88f2e210 309ecc489c12d6eb4cc40f50c902f2b4d0ed77ee511a7c7a9bcd3ca86d4cd86f989dd35bc5ff499670da34255b45b0cfd830e81f605dcf7dc5542e93ae9cd76f True
# True
# sha3_224 sha3_224 28 144 HASH _hashlib
# f78681ec611ebaeea0689bff6c7812a83ff98a7faba986d9af76c999 dfb7f18c77e928bb56faeb2da27291bd790bc1045cde45f3210bb6c5 True
# True
# sha3_256 sha3_256 32 136 HASH _hashlib
# 97959f6a69be93bbfc5a20ad69ffb34ee3a336c940ba62fb42a45c8a1bb5a901 644bcc7e564373040999aac89e7622f3ca71fba1d972fd94a31c3bfbf24e3938 True
# True
# sha3_384 sha3_384 48 104 HASH _hashlib
# 394c553b7628274c7daf765046defc5a980e2e63993183295fb5e330b5963393e4d7942ffa45f333067a7d1dc3f00b6d 83bff28dde1b1bf5810071c6643c08e5b05bdb836effd70b403ea8ea0a634dc4997eb1053aa3593f590f9c63630dd90b True
# True
# sha3_512 sha3_512 64 72 HASH _hashlib
# 07e6e0b7e7d8c77097ba2464fbe9072b35e83827749b3e6cd8c02e7db86b38201c653a844f5e00ba7b0a501a9ed09e545a543d9be90afb0a1178d9b8e1061442 840006653e9ac9e95117a15c915caab81662918e925de9e004f774ff82d7079a40d4d27b1b372657c61d46d470304c88c788b3a4527ad074d1dccbee5dbaa99a True
# True
# shake_128 shake_128 0 168 HASHXOF _hashlib
# cb520e880c121b63a734 3a9159f071e4dd1c8c4f b'' 1000
# shake_256 shake_256 0 136 HASHXOF _hashlib
# a356bfcd7a316ad1d9f1 369771bb2cb9d2b04c1d b'' 1000
# blake2b blake2b 64 128 blake2b _blake2
# 433fd8f9ddcaeea452ea061163731ba5f681172e2526238ea5cb5877d1fc75764aaa665a37c28835ead9c6cbcf43d5cf68e29e5e626bb13815d8e821f88340bc 021ced8799296ceca557832ab941a50b4a11f83478cf141f51f933f653ab9fbcc05a037cddbed06e309bf334942c4e58cdf1a46e237911ccd7fcf9787cbc7fd0 True
# True
# blake2s blake2s 32 64 blake2s _blake2
# 4f7cba1ade44b33ac98d54a8f208308283df8696d2845df9183ec8ada78143f2 9aec6806794561107e594b1f6a8a6b0c92a0cba9acf5e5e93cca06f781813b0b True
# True
# sha512_224 sha512_224 28 128 HASH _hashlib
# 80a558de5bfa9d36293ff171515aca65245f0667a184483ec4a34d3c 22e0d52336f64a998085078b05a6e37b26f8120f43bf4db4c43a64ee True
# True
# sha512_256 sha512_256 32 128 HASH _hashlib
# cb6980c876a1ecf3234867ef058206842267f67685bf9a03693748e5b87f0d0a 0ac561fac838104e3f2e4ad107b4bee3e938bf15f2b15f009ccccd61a913f017 True
# True
# e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
# True True
# True
# True
# True
# ['blake2b', 'blake2s', 'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'sha512', 'shake_128', 'shake_256']
# True
# TypeError: Strings must be encoded before hashing
# TypeError: object supporting the buffer API required
# TypeError: Strings must be encoded before hashing
# TypeError: HASH.update() takes exactly one argument (0 given)
# TypeError: HASH.update() takes exactly one argument (2 given)
# TypeError: HASH.digest() takes no arguments (1 given)
# TypeError: 'data' is an invalid keyword argument for openssl_sha256()
# TypeError: openssl_sha256() takes at most 1 positional argument (2 given)
# ValueError: unsupported hash type foo
# TypeError: name must be a string
# TypeError: argument for new() given by name ('string') and position (2)
# TypeError: argument for new() given by name ('string') and position (2)
# 'sha256'
# 'sha256'
# 'md5'
# 'sha512_224'
# ValueError: unsupported hash type Blake2b
# TypeError: digest() missing required argument 'length' (pos 1)
# TypeError: 'str' object cannot be interpreted as an integer
# 'c851121abe'
# TypeError: cannot create '_hashlib.HASH' instances
# 'openssl_sha256'
