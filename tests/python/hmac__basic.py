# hmac: new/HMAC with digestmod as a name, a constructor and a module-like
# object; update, digest, hexdigest, copy, the attributes; digest() in one
# step; compare_digest; the RFC 4231 and RFC 2202 vectors; the errors.
import hashlib
import hmac


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


# RFC 4231 test case 1 and 2 (HMAC-SHA-2).
for name in ('sha224', 'sha256', 'sha384', 'sha512'):
    print(name, hmac.new(b'\x0b' * 20, b'Hi There', name).hexdigest())
    print(name, hmac.new(b'Jefe', b'what do ya want for nothing?', name).hexdigest())
    # Test case 6: a key longer than the block.
    print(name, hmac.new(b'\xaa' * 131, b'Test Using Larger Than Block-Size Key - Hash Key First',
                         name).hexdigest())
# RFC 2202 (HMAC-MD5, HMAC-SHA-1).
print(hmac.new(b'\x0b' * 16, b'Hi There', 'md5').hexdigest())
print(hmac.new(b'\x0b' * 20, b'Hi There', hashlib.sha1).hexdigest())
print(hmac.new(b'\xaa' * 80, b'Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data',
               'sha1').hexdigest())

for digestmod in ('sha256', hashlib.sha256, 'sha3_256', hashlib.blake2s, 'md5', 'sha512_256'):
    h = hmac.new(b'key', b'first ', digestmod=digestmod)
    c = h.copy()
    h.update(b'second')
    c.update(bytearray(b'other'))
    print(h.name, h.digest_size, h.block_size, h.hexdigest(), c.hexdigest())
    print(h.digest() == hmac.digest(b'key', b'first second', digestmod))
    print(h.hexdigest() == h.digest().hex(), hmac.HMAC(b'key', None, digestmod).hexdigest())


class Module:
    """A module-like digestmod: an object with a new() function."""
    @staticmethod
    def new(data=b''):
        return hashlib.sha256(data)


print(hmac.new(b'k', b'm', Module()).hexdigest() == hmac.new(b'k', b'm', 'sha256').hexdigest())
print(hmac.digest(bytearray(b'k'), memoryview(b'msg'), 'sha384').hex())
print(hmac.digest(b'k', b'msg', hashlib.md5).hex())
print(hmac.new(b'', b'', 'sha1').hexdigest())

print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'),
      hmac.compare_digest(b'abc', b'ab'), hmac.compare_digest('xyz', 'xyz'),
      hmac.compare_digest(bytearray(b'a'), memoryview(b'a')), hmac.compare_digest('', ''))
attempt(lambda: hmac.compare_digest('a', b'a'))
attempt(lambda: hmac.compare_digest('\xe9', '\xe9'))
attempt(lambda: hmac.compare_digest(1, 2))
attempt(lambda: hmac.new(b'k'))
attempt(lambda: hmac.new(b'k', digestmod=None))
attempt(lambda: hmac.new('k', digestmod='sha256'))
attempt(lambda: hmac.new(b'k', 'msg', digestmod='sha256'))
attempt(lambda: hmac.new(b'k', digestmod='foo'))
attempt(lambda: hmac.digest(b'k', b'm', 'foo'))
print(len(hmac.trans_5C), hmac.trans_36[:4], hmac.digest_size)
