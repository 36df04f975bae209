# hashlib.scrypt (RFC 7914): its first test vector and others of each
# parameter, dklen and maxmem, and the errors (OpenSSL's limits, as
# CPython reports them).
import hashlib


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


print(hashlib.scrypt(b'', salt=b'', n=16, r=1, p=1, dklen=64).hex())
print(hashlib.scrypt(b'password', salt=b'NaCl', n=64, r=8, p=2, dklen=64).hex())
print(hashlib.scrypt(bytearray(b'pw'), salt=memoryview(b'salt'), n=2, r=1, p=1).hex())
print(hashlib.scrypt(b'p', salt=b's', n=256, r=2, p=3, dklen=10).hex())
print(hashlib.scrypt(b'p', salt=b's', n=16, r=1, p=1, dklen=100).hex())
print(hashlib.scrypt(b'p', salt=b's', n=16, r=1, p=1, maxmem=10000).hex())
attempt(lambda: hashlib.scrypt(b'p', salt=b's', n=15, r=1, p=1))
attempt(lambda: hashlib.scrypt(b'p', salt=b's', n=1, r=1, p=1))
attempt(lambda: hashlib.scrypt(b'p', salt=b's', n=0, r=1, p=1))
attempt(lambda: hashlib.scrypt(b'p', salt=b's', n=2**20, r=8, p=1))
attempt(lambda: hashlib.scrypt(b'p', salt=b's', n=2, r=2**20, p=1))
attempt(lambda: hashlib.scrypt(b'p', salt=b's', n=16, r=0, p=1))
attempt(lambda: hashlib.scrypt(b'p', salt=b's', n=16, r=1, p=0))
attempt(lambda: hashlib.scrypt(b'p', salt=b's', n=16, r=1, p=1, dklen=0))
attempt(lambda: hashlib.scrypt(b'p', salt=b's', n=16, r=1, p=1, dklen=2**31))
attempt(lambda: hashlib.scrypt(b'p', n=16, r=1, p=1))
attempt(lambda: hashlib.scrypt(b'p', salt=b's', r=1, p=1))
attempt(lambda: hashlib.scrypt(b'p', salt=b's', n=16, p=1))
attempt(lambda: hashlib.scrypt(b'p', salt=b's', n=16, r=1))
attempt(lambda: hashlib.scrypt('p', salt=b's', n=16, r=1, p=1))
attempt(lambda: hashlib.scrypt(b'p', b's', n=16, r=1, p=1))
attempt(lambda: hashlib.scrypt(b'p', salt=b's', n=16, r=1, p=1, maxmem=-1))
attempt(lambda: hashlib.scrypt(b'p', salt=b's', n=16, r=1, p=1, maxmem=100))
attempt(lambda: hashlib.scrypt(b'p', salt=b's', n=16, r=1, p=1, maxmem=2**40))

# Output:
# 77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906
# 3de56034cc30842967daf99f62c41fca51b3e1f27e88d904ac3a2e19423c64542d5ca1ad56a74b21a5a034859b9130e91f8334f47628be75fbb9421658846747
# a22ef056777184a8f40be275b0749299418e34463e09cfa1553dc200c17c06df5fbfbf2fb0e6bbf81c73282841772c1e6621eb21bd760c0fb3564731bd204c64
# 529977ad0ef8b12e84c6
# 13a6893eaa50d0932074637fa05e1613eb440ac1566d3b37b08cb3349dac7cedf1bde6d044c3ca83fb09adaa8154b8f48886c63bc299ebabe9638e643900a6575e56880541378d38f64e03337e7526a9e3a6726ed1049ab7d7e178c5427169b3fdbebf29
# 13a6893eaa50d0932074637fa05e1613eb440ac1566d3b37b08cb3349dac7cedf1bde6d044c3ca83fb09adaa8154b8f48886c63bc299ebabe9638e643900a657
# ValueError: n must be a power of 2.
# ValueError: n must be a power of 2.
# ValueError: n must be a power of 2.
# ValueError: [digital envelope routines] memory limit exceeded
# ValueError: [digital envelope routines] memory limit exceeded
# ValueError: Invalid parameter combination for n, r, p, maxmem.
# ValueError: Invalid parameter combination for n, r, p, maxmem.
# ValueError: dklen must be greater than 0 and smaller than 2147483647
# ValueError: dklen must be greater than 0 and smaller than 2147483647
# TypeError: salt is required
# TypeError: n is required and must be an unsigned int
# TypeError: r is required and must be an unsigned int
# TypeError: p is required and must be an unsigned int
# TypeError: a bytes-like object is required, not 'str'
# TypeError: scrypt() takes exactly 1 positional argument (2 given)
# ValueError: maxmem must be positive and smaller than 2147483647
# ValueError: [digital envelope routines] memory limit exceeded
# ValueError: maxmem must be positive and smaller than 2147483647
