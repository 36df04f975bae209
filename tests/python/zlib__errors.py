# zlib's errors, with CPython's messages: corrupt and truncated streams,
# bad parameters, finished streams, missing and wrong dictionaries.
import zlib


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


good = zlib.compress(b'some data to damage' * 10)
attempt(lambda: zlib.decompress(b'abc'))
attempt(lambda: zlib.decompress(b'x\x9c'))
attempt(lambda: zlib.decompress(good[:-1]))
attempt(lambda: zlib.decompress(good[:10]))
attempt(lambda: zlib.decompress(good + b'junk'))
attempt(lambda: zlib.decompress(good[:-4] + b'\x00\x00\x00\x00'))
attempt(lambda: zlib.decompress(b'x\x9cK\x04\x00', -15))
attempt(lambda: zlib.decompress(b''))
attempt(lambda: zlib.decompress(b'x\x9c\xff\xff\xff'))
attempt(lambda: zlib.decompress(zlib.compress(b'a', wbits=-15)))
attempt(lambda: zlib.decompress(zlib.compress(b'a', wbits=31)))
attempt(lambda: zlib.decompress(zlib.compress(b'a'), 31))
attempt(lambda: zlib.decompress(good, wbits=100))
attempt(lambda: zlib.decompress(good, bufsize=-1))
attempt(lambda: zlib.decompress('text'))
attempt(lambda: zlib.decompress(good, 15, 10, 1))
attempt(lambda: zlib.compress(b'abc', 10))
attempt(lambda: zlib.compress(b'abc', -2))
attempt(lambda: zlib.compress(b'abc', wbits=100))
attempt(lambda: zlib.compress(b'abc', wbits=-8))
attempt(lambda: zlib.compress('abc'))
attempt(lambda: zlib.compress())
attempt(lambda: zlib.compress(b'', foo=1))
attempt(lambda: zlib.compress(b'', 1, 2, 3))
attempt(lambda: zlib.compress(b'', 1.5))
attempt(lambda: zlib.compressobj(level=10))
attempt(lambda: zlib.compressobj(method=9))
attempt(lambda: zlib.compressobj(wbits=7))
attempt(lambda: zlib.compressobj(memLevel=10))
attempt(lambda: zlib.compressobj(memLevel=0))
attempt(lambda: zlib.compressobj(strategy=10))
attempt(lambda: zlib.compressobj(zdict='a'))
attempt(lambda: zlib.decompressobj(zdict='a'))
attempt(lambda: zlib.decompressobj(wbits=100))
# zlib's rule for wbits: below 48 the low four bits are the window (0 for
# the header's), the rest the container; negative: a raw stream.
for w in (0, 7, 8, 16, 23, 24, 32, 39, 40, 47, 48, -7, -8, -16):
    attempt(lambda: zlib.decompress(zlib.compress(b'wbits'), w))
    attempt(lambda: zlib.decompress(zlib.compress(b'gz', wbits=31), w))
    attempt(lambda: type(zlib.decompressobj(w)).__name__)
for w in (7, 8, -8, 16, 24, 32, -16):
    attempt(lambda: zlib.decompress(zlib.compress(b'c', 6, w), w if w != 8 else 15))
    attempt(lambda: type(zlib.compressobj(6, 8, w)).__name__)
attempt(lambda: zlib.decompressobj().decompress(b'x', -1))
attempt(lambda: zlib.decompressobj().flush(0))
attempt(lambda: zlib.decompressobj().flush(-1))
attempt(lambda: zlib.decompressobj().decompress('x'))
c = zlib.compressobj()
c.compress(b'a')
c.flush()
attempt(lambda: c.compress(b'a'))
attempt(lambda: c.flush())
attempt(lambda: c.flush(zlib.Z_NO_FLUSH))
d = zlib.decompressobj()
attempt(lambda: d.decompress(b'garbage'))
z = zlib.compressobj(zdict=b'hello')
s = z.compress(b'hello hello') + z.flush()
attempt(lambda: zlib.decompress(s))
attempt(lambda: zlib.decompressobj().decompress(s))
attempt(lambda: zlib.decompressobj(zdict=b'hellx').decompress(s))
attempt(lambda: zlib.decompressobj(zdict=b'hello').decompress(s))
attempt(lambda: zlib.decompressobj(zdict=b'abc').decompress(zlib.compress(b'a')))
attempt(lambda: zlib.crc32('abc'))
attempt(lambda: zlib.adler32(b'abc', 1.0))
attempt(lambda: zlib.crc32())
try:
    zlib.decompress(b'bad')
except zlib.error as e:
    print('caught', type(e).__name__, e.args)


# Output:
# error: Error -3 while decompressing data: incorrect header check
# error: Error -5 while decompressing data: incomplete or truncated stream
# error: Error -5 while decompressing data: incomplete or truncated stream
# error: Error -5 while decompressing data: incomplete or truncated stream
# b'some data to damagesome data to damagesome data to damagesome data to damagesome data to damagesome data to damagesome data to damagesome data to damagesome data to damagesome data to damage'
# error: Error -3 while decompressing data: incorrect data check
# error: Error -3 while decompressing data: invalid stored block lengths
# error: Error -5 while decompressing data: incomplete or truncated stream
# error: Error -3 while decompressing data: invalid block type
# error: Error -3 while decompressing data: incorrect header check
# error: Error -3 while decompressing data: incorrect header check
# error: Error -3 while decompressing data: incorrect header check
# error: Error -2 while preparing to decompress data: inconsistent stream state
# ValueError: bufsize must be non-negative
# TypeError: a bytes-like object is required, not 'str'
# TypeError: decompress() takes at most 3 arguments (4 given)
# error: Bad compression level
# error: Bad compression level
# error: Bad compression level
# error: Bad compression level
# TypeError: a bytes-like object is required, not 'str'
# TypeError: compress() takes at least 1 positional argument (0 given)
# TypeError: 'foo' is an invalid keyword argument for compress()
# TypeError: compress() takes at most 3 arguments (4 given)
# TypeError: 'float' object cannot be interpreted as an integer
# ValueError: Invalid initialization option
# ValueError: Invalid initialization option
# ValueError: Invalid initialization option
# ValueError: Invalid initialization option
# ValueError: Invalid initialization option
# ValueError: Invalid initialization option
# TypeError: a bytes-like object is required, not 'str'
# TypeError: zdict argument must support the buffer protocol
# ValueError: Invalid initialization option
# b'wbits'
# error: Error -3 while decompressing data: incorrect header check
# 'Decompress'
# error: Error -2 while preparing to decompress data: inconsistent stream state
# error: Error -2 while preparing to decompress data: inconsistent stream state
# ValueError: Invalid initialization option
# error: Error -3 while decompressing data: invalid window size
# error: Error -3 while decompressing data: incorrect header check
# 'Decompress'
# error: Error -3 while decompressing data: incorrect header check
# b'gz'
# 'Decompress'
# error: Error -2 while preparing to decompress data: inconsistent stream state
# error: Error -2 while preparing to decompress data: inconsistent stream state
# ValueError: Invalid initialization option
# error: Error -3 while decompressing data: incorrect header check
# b'gz'
# 'Decompress'
# b'wbits'
# b'gz'
# 'Decompress'
# error: Error -2 while preparing to decompress data: inconsistent stream state
# error: Error -2 while preparing to decompress data: inconsistent stream state
# ValueError: Invalid initialization option
# error: Error -3 while decompressing data: invalid window size
# b'gz'
# 'Decompress'
# b'wbits'
# b'gz'
# 'Decompress'
# error: Error -2 while preparing to decompress data: inconsistent stream state
# error: Error -2 while preparing to decompress data: inconsistent stream state
# ValueError: Invalid initialization option
# error: Error -2 while preparing to decompress data: inconsistent stream state
# error: Error -2 while preparing to decompress data: inconsistent stream state
# ValueError: Invalid initialization option
# error: Error -3 while decompressing data: invalid stored block lengths
# error: Error -3 while decompressing data: invalid block type
# 'Decompress'
# error: Error -2 while preparing to decompress data: inconsistent stream state
# error: Error -2 while preparing to decompress data: inconsistent stream state
# ValueError: Invalid initialization option
# error: Bad compression level
# ValueError: Invalid initialization option
# b'c'
# 'Compress'
# error: Bad compression level
# ValueError: Invalid initialization option
# error: Bad compression level
# ValueError: Invalid initialization option
# error: Bad compression level
# ValueError: Invalid initialization option
# error: Bad compression level
# ValueError: Invalid initialization option
# error: Bad compression level
# ValueError: Invalid initialization option
# ValueError: max_length must be non-negative
# ValueError: length must be greater than zero
# ValueError: length must be greater than zero
# TypeError: a bytes-like object is required, not 'str'
# error: Error -2 while compressing data: inconsistent stream state
# error: Error -2 while flushing: inconsistent stream state
# b''
# error: Error -3 while decompressing data: incorrect header check
# error: Error 2 while decompressing data
# error: Error 2 while decompressing data
# error: Error -3 while setting zdict: invalid input data
# b'hello hello'
# b'a'
# TypeError: a bytes-like object is required, not 'str'
# TypeError: 'float' object cannot be interpreted as an integer
# TypeError: crc32 expected at least 1 argument, got 0
# caught error ('Error -3 while decompressing data: incorrect header check',)
