# pbkdf2_hmac with each hash and dklen (RFC 6070's SHA-1 vectors are
# among them), and its errors.
import hashlib


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 1, 20).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2, 20).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 4096, 20).hex())
print(hashlib.pbkdf2_hmac('sha1', b'passwordPASSWORDpassword',
                          b'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25).hex())
print(hashlib.pbkdf2_hmac('sha1', b'pass\0word', b'sa\0lt', 4096, 16).hex())
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224',
             'sha3_256', 'sha3_384', 'sha3_512', 'sha512_224', 'sha512_256', 'SHA256']:
    print(name, hashlib.pbkdf2_hmac(name, b'pw', b'NaCl', 50).hex())
    print(name, hashlib.pbkdf2_hmac(name, bytearray(b'pw' * 100), memoryview(b'salt'), 3, 100).hex())
print(hashlib.pbkdf2_hmac(hash_name='sha256', password=b'p', salt=b's',
                          iterations=1, dklen=3).hex())
print(hashlib.pbkdf2_hmac('sha256', b'p', b's', 1, None).hex())
attempt(lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 0))
attempt(lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', -1))
attempt(lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 1, 0))
attempt(lambda: hashlib.pbkdf2_hmac('sha256', 'p', b's', 1))
attempt(lambda: hashlib.pbkdf2_hmac('sha256', b'p', 's', 1))
attempt(lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 2**40))
attempt(lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 1, 2**40))
attempt(lambda: hashlib.pbkdf2_hmac('foo', b'p', b's', 1))
attempt(lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's'))
try:
    hashlib.pbkdf2_hmac('nope', b'p', b's', 1)
except ValueError as e:
    print(type(e).__name__, type(e).__module__, isinstance(e, ValueError))
