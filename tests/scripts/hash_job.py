# A hashing and encoding job: content-address a batch of generated blobs
# (sha256, md5, sha1, blake2b, sha3), sign a manifest with HMAC, checksum
# with zlib, and encode for transport with base64 in its several alphabets.
import base64
import binascii
import hashlib
import hmac
import random
import zlib

rng = random.Random(7)
blobs = [bytes(rng.randrange(256) for _ in range(n)) for n in (0, 1, 55, 56, 64, 1000, 4096)]
blobs.append(b'The quick brown fox jumps over the lazy dog')
blobs.append(('r\u00e9sum\u00e9 \u2603 ' * 50).encode('utf-8'))

manifest = []
for i, b in enumerate(blobs):
    h = hashlib.sha256(b).hexdigest()
    manifest.append('%s %8d %s' % (h[:16], len(b), hashlib.md5(b).hexdigest()))
    print('%d sha1=%s b2=%s sha3=%s crc=%08x adler=%08x' % (
        i, hashlib.sha1(b).hexdigest()[:12], hashlib.blake2b(b, digest_size=16).hexdigest(),
        hashlib.sha3_256(b).hexdigest()[:12], zlib.crc32(b), zlib.adler32(b)))
print('\n'.join(manifest))

# Incremental hashing over chunks gives the digest of the whole.
big = b''.join(blobs) * 20
h = hashlib.sha512()
for i in range(0, len(big), 1000):
    h.update(big[i:i + 1000])
print(h.hexdigest() == hashlib.sha512(big).hexdigest(), h.name, h.digest_size, h.block_size)
c = h.copy()
c.update(b'x')
print(c.hexdigest() != h.hexdigest())
print(hashlib.new('sha224', b'abc').hexdigest())
print(hashlib.shake_128(b'abc').hexdigest(20))

key = b'secret-key'
sig = hmac.new(key, '\n'.join(manifest).encode(), 'sha256').hexdigest()
print('signature', sig)
print(hmac.compare_digest(sig, hmac.new(key, '\n'.join(manifest).encode(), hashlib.sha256).hexdigest()))
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000, dklen=24).hex())

for b in blobs[1:4] + blobs[-2:-1]:
    e = base64.b64encode(b)
    print(e[:40], base64.urlsafe_b64encode(b)[:20], base64.b32encode(b)[:16], base64.b16encode(b)[:16])
    assert base64.b64decode(e) == b
print(base64.b85encode(b'hello world'), base64.a85encode(b'hello world'))
print(binascii.hexlify(b'\x00\xffab', '-'), binascii.crc_hqx(b'abc', 0))
try:
    base64.b64decode(b'abc')
except binascii.Error as e:
    print('binascii.Error:', e)
packed = zlib.compress(big, 9)
print(len(big), zlib.decompress(packed) == big, zlib.crc32(zlib.decompress(packed)) == zlib.crc32(big))

# Output:
# 0 sha1=da39a3ee5e6b b2=cae66941d9efbd404e4d88758ea67670 sha3=a7ffc6f8bf1e crc=00000000 adler=00000001
# 1 sha1=4fb8cfeaaac8 b2=ce1d1af6581bc289fcbefc1cbc52d004 sha3=74de7857b593 crc=74beb8ea adler=00a600a6
# 2 sha1=749822a936c5 b2=8a5a16107b7bf3207a4312b3ab9df2a2 sha3=5e7e9da767a3 crc=9782bd8f adler=71351914
# 3 sha1=e330425283db b2=a25ec690aa3cde6942fc1f8c494b2cf6 sha3=e929f24988bd crc=d745279d adler=69ac1e5d
# 4 sha1=bcbd40e2f41b b2=d61a90edc67195ad7372eab632a5fff4 sha3=1921f29616d0 crc=0f9d3096 adler=fa391f2f
# 5 sha1=689685dcbf9e b2=dd3c4876cb0de880a56ae90564942595 sha3=56e31390cdcf crc=93481e8d adler=1275e82c
# 6 sha1=5651df570f0c b2=4353ca7eee28d31e46c0bc8bcf59cee1 sha3=b5d5514b3e3a crc=5d02a165 adler=41a2da00
# 7 sha1=2fd4e1c67a2d b2=249df9a49f517ddcd37f5c897620ec73 sha3=69070dda0197 crc=414fa339 adler=5bdc0fda
# 8 sha1=c93327e066b3 b2=efca2d44c11634b88b07526994f057cd sha3=07c7d7ff3dc1 crc=6510a177 adler=b0bc5708
# e3b0c44298fc1c14        0 d41d8cd98f00b204e9800998ecf8427e
# 6922e93e3827642c        1 ab3af8566ddd20d7efc9b314abe90755
# 1aeca8455c12d831       55 88d9c9baff541a85fb432d79df696a73
# e82c44dcffcd5ce4       56 565cb85f8d1fae18055e8fe414a11161
# 9140391241ea786a       64 ef1597f7f1e043898c347d939f3ef59e
# fe8d9ee95bccd532     1000 edd08e7ab6e9923a3e8be71551672b41
# 94a720be1ebdf71a     4096 91abcbd87803bbdfd069a1d9fa852f56
# d7a8fbb307d78094       43 9e107d9d372bb6826bd81d3542a419d6
# 1d648bcb9e2188f1      650 ffd0ff2ac4f9809c607e7fe67df97ee7
# True sha512 64 128
# True
# 23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7
# 5881092dd818bf5cf8a3ddb793fbcba74097d5c5
# signature efceadb3f42aed0e396da3fe305ee66fac605318b0796a884e9bb686f8d7c2eb
# True
# 632c2812e46d4604102ba7618e9d6d7d2f8128f6266b4a03
# b'pQ==' b'pQ==' b'UU======' b'A5'
# b'TcoYJTC7HW0TLN7WI3su2R4/ch/LGXEXRJTWSTyd' b'TcoYJTC7HW0TLN7WI3su' b'JXFBQJJQXMOW2EZM' b'4DCA182530BB1D6D'
# b'PNZUr0361xQnoK6z/ukjL4ryIR+e5JHFsQvstVY7' b'PNZUr0361xQnoK6z_ukj' b'HTLFJL2N7LLRIJ5A' b'3CD654AF4DFAD714'
# b'VGhlIHF1aWNrIGJyb3duIGZveCBqdW1wcyBvdmVy' b'VGhlIHF1aWNrIGJyb3du' b'KRUGKIDROVUWG2ZA' b'5468652071756963'
# b'Xk~0{Zy<MXa%^M' b'BOu!rD]j7BEbo7'
# b'00-ff-61-62' 40406
# binascii.Error: Incorrect padding
# 119300 True True
