# zlib: compress/decompress round trips at every level and container
# (zlib, raw deflate, gzip, auto-detect), level 0 byte for byte, crc32
# and adler32 with start values, the constants.
import zlib

texts = [b'', b'a', b'hello world ' * 50, bytes(range(256)) * 40,
         b'\x00' * 100000, b'The quick brown fox jumps over the lazy dog.' * 3]
for data in texts:
    for level in range(-1, 10):
        c = zlib.compress(data, level)
        assert zlib.decompress(c) == data
    for wbits in (9, 12, 15, -9, -15, 25, 31):
        c = zlib.compress(data, 6, wbits)
        ok = zlib.decompress(c, wbits) == data
        auto = wbits > 0 and zlib.decompress(c, wbits + 32 if wbits < 16 else 47) == data
        print(len(data), wbits, ok, auto or wbits < 0, c[:2].hex() if wbits < 16 and wbits > 0 else '')
    # Level 0 stores: the same bytes as CPython's zlib.
    print(zlib.compress(data[:300], 0).hex())
    print(zlib.compress(data[:300], 0, -15).hex())
    print(zlib.crc32(data), zlib.adler32(data), zlib.crc32(data, 12345), zlib.adler32(data, 7))
print(zlib.decompress(zlib.compress(b'x' * 1000), bufsize=1) == b'x' * 1000)
print(zlib.decompress(zlib.compress(b'xyz'), zlib.MAX_WBITS, 0))
print(zlib.decompress(zlib.compress(b'kw'), wbits=15, bufsize=10))
print(zlib.compress(b'kw', level=9, wbits=-15) == zlib.compress(b'kw', 9, -15))
print(zlib.decompress(bytearray(zlib.compress(b'ba'))), zlib.decompress(memoryview(zlib.compress(b'mv'))))
print(zlib.crc32(b'abc', -1), zlib.crc32(b'abc', 2**40 + 5), zlib.adler32(b'', 0), zlib.adler32(b'abc', 2**32 + 1))
chunks = [b'part%d ' % i * 30 for i in range(20)]
crc = adler = None
for ch in chunks:
    crc = zlib.crc32(ch) if crc is None else zlib.crc32(ch, crc)
    adler = zlib.adler32(ch) if adler is None else zlib.adler32(ch, adler)
print(crc == zlib.crc32(b''.join(chunks)), adler == zlib.adler32(b''.join(chunks)))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE)
print(zlib.Z_NO_COMPRESSION, zlib.Z_BEST_SPEED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION)
print(zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED, zlib.Z_DEFAULT_STRATEGY)
print(zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_FINISH,
      zlib.Z_BLOCK, zlib.Z_TREES)
print(type(zlib.ZLIB_VERSION), type(zlib.ZLIB_RUNTIME_VERSION), zlib.ZLIB_VERSION[:2])
print(zlib.error.__name__, zlib.error.__module__, zlib.error.__mro__[1].__name__)
