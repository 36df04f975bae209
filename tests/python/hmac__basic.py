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

# Output:
# sha224 896fb1128abbdf196832107cd49df33f47b4b1169912ba4f53684b22
# sha224 a30e01098bc6dbbf45690f3a7e9e6d0f8bbea2a39e6148008fd05e44
# sha224 95e9a0db962095adaebe9b2d6f0dbce2d499f112f2d2b7273fa6870e
# sha256 b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7
# sha256 5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843
# sha256 60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54
# sha384 afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59cfaea9ea9076ede7f4af152e8b2fa9cb6
# sha384 af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e8e2240ca5e69e2c78b3239ecfab21649
# sha384 4ece084485813e9088d2c63a041bc5b44f9ef1012a2b588f3cd11f05033ac4c60c2ef6ab4030fe8296248df163f44952
# sha512 87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cdedaa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854
# sha512 164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737
# sha512 80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f3526b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598
# 9294727a3638bb1c13f48ef8158bfc9d
# b617318655057264e28bc0b6fb378c8ef146be00
# e8e99d0f45237d786d6bbaa7965c7808bbff1a91
# hmac-sha256 32 64 7967d05ec3e756180c1f13c52f15153c59daa572c25809b9ce58e3e698311e0a a0b38be25829f2d3baa3a501d68ca644d82570c5a6d1b7153929fab663cd2e4b
# True
# True 5d5d139563c95b5967b9bd9a8c9b233a9dedb45072794cd232dc1b74832607d0
# hmac-sha256 32 64 7967d05ec3e756180c1f13c52f15153c59daa572c25809b9ce58e3e698311e0a a0b38be25829f2d3baa3a501d68ca644d82570c5a6d1b7153929fab663cd2e4b
# True
# True 5d5d139563c95b5967b9bd9a8c9b233a9dedb45072794cd232dc1b74832607d0
# hmac-sha3_256 32 136 9c1d885232d70d99aafa55fbf8b7d6de4f0a21b771bb3e81f5a1bf8776747926 a685c0a48108fabf91c515a4d52404a1e0d2aff476fd580929561d68694723bd
# True
# True 74f3c030ecc36a1835d04a333ebb7fce2688c0c78fb0bcf9592213331c884c75
# hmac-blake2s 32 64 d1fbdf0121651f48896f86247b7e3f25f7e086b4c1c96cecb2e890529380551f bfd861b4b281f20974a69e25122775c829801cd01dffcbb3bebe43f9310d6fb2
# True
# True 67148074efc0f6741b474ef81c4d98d266e880d372fe723d2569b1d414d234be
# hmac-md5 16 64 2cfb5b7e1afd1c4d3db0200e6c9a29fd 3c8eb712084d02a4c3c89087cc35d0b3
# True
# True 63530468a04e386459855da0063b6596
# hmac-sha512_256 32 128 8b0ff7d2bda277171c549ed04198547f00b5ae54ee87f2571882243c1d199d5e 54c3b919bba20aecd2d7c3f19e51c7f8787f6a28cda500aff216b87979c7c021
# True
# True f6a69e8f50b53a2ad52875eb41f8a4255e3f9aca453ff7d3357ae18e5464b108
# True
# a975bc4c534ee3bcf0df57fab63e1c97498c44748715927886238f71bd0513e84174b1f3f91358dcd57b1834b701c71c
# 1104b024fb2aa8a780f7acb04f3d7ed5
# fbdb1d1b18aa6c08324b7d64b71fb76370690e1d
# True False False True True True
# TypeError: a bytes-like object is required, not 'str'
# TypeError: comparing strings with non-ASCII characters is not supported
# TypeError: unsupported operand types(s) or combination of types: 'int' and 'int'
# TypeError: Missing required parameter 'digestmod'.
# TypeError: Missing required parameter 'digestmod'.
# TypeError: key: expected bytes or bytearray, but got 'str'
# TypeError: Strings must be encoded before hashing
# ValueError: unsupported hash type foo
# ValueError: unsupported hash type foo
# 256 b'6745' None
