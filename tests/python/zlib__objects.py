# zlib's stream objects: compressobj with every parameter and flush mode,
# zdict, decompressobj with max_length, unconsumed_tail, unused_data, eof
# and flush(length).
import zlib

data = b''.join(b'line %d of a test text, repeated %s\n' % (i, b'x' * (i % 7)) for i in range(2000))
for level, method, wbits, mem, strategy in [(-1, 8, 15, 8, 0), (0, 8, 15, 8, 0), (1, 8, -9, 1, 1),
                                            (9, 8, 31, 9, 2), (5, 8, 12, 5, 3), (6, 8, -15, 8, 4)]:
    c = zlib.compressobj(level, method, wbits, mem, strategy)
    out = b''.join(c.compress(data[i:i + 5000]) for i in range(0, len(data), 5000))
    out += c.flush()
    print(level, wbits, zlib.decompress(out, wbits) == data)
    d = zlib.decompressobj(wbits)
    got = d.decompress(out)
    print(got == data, d.eof, d.unused_data, d.unconsumed_tail)

# Flush modes: each sync point makes what came before decodable.
c = zlib.compressobj()
d = zlib.decompressobj()
for mode in (zlib.Z_NO_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_BLOCK):
    part = c.compress(b'chunk for mode %d ' % mode * 10) + c.flush(mode)
    print(mode, mode == zlib.Z_NO_FLUSH or part.endswith(b'\x00\x00\xff\xff') or mode >= 1,
          d.decompress(part)[:25])
print(d.decompress(c.flush()), d.eof)

# Keywords.
c = zlib.compressobj(level=9, method=zlib.DEFLATED, wbits=-12, memLevel=9,
                     strategy=zlib.Z_DEFAULT_STRATEGY, zdict=b'common words')
raw = c.compress(b'common words are common') + c.flush(zlib.Z_FINISH)
d = zlib.decompressobj(wbits=-12, zdict=b'common words')
print(d.decompress(raw), d.eof)
c = zlib.compressobj(zdict=bytearray(b'hello'))
z = c.compress(b'hello hello hello') + c.flush()
d = zlib.decompressobj(zdict=memoryview(b'hello'))
print(d.decompress(z), d.eof)

# max_length and unconsumed_tail.
z = zlib.compress(data)
d = zlib.decompressobj()
out = d.decompress(z, 1000)
print(len(out), len(d.unconsumed_tail) > 0, d.eof)
while d.unconsumed_tail:
    out += d.decompress(d.unconsumed_tail, 30000)
print(out == data, d.eof, d.unconsumed_tail)
# unused_data after the end of the stream, fed at once and afterwards.
d = zlib.decompressobj()
print(d.decompress(zlib.compress(b'first') + b'trailing'), d.unused_data, d.eof)
print(d.decompress(b' more'), d.unused_data)
# Byte by byte.
d = zlib.decompressobj()
out = b''.join(d.decompress(z[i:i + 1]) for i in range(0, 3000))
out += d.decompress(z[3000:])
print(out == data, d.eof)
# flush returns what is left.
d = zlib.decompressobj()
first = d.decompress(z, 10)
rest = d.flush()
print(len(first), first + rest == data, d.eof, d.unconsumed_tail)
d = zlib.decompressobj()
print(d.decompress(z[:100])[:20], d.flush(5)[:5], d.eof)
c = zlib.compressobj()
print(c.flush(zlib.Z_NO_FLUSH), len(c.compress(b'')) == 0)
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)

# Output:
# -1 15 True
# True True b'' b''
# 0 15 True
# True True b'' b''
# 1 -9 True
# True True b'' b''
# 9 31 True
# True True b'' b''
# 5 12 True
# True True b'' b''
# 6 -15 True
# True True b'' b''
# 0 True b''
# 2 True b'chunk for mode 0 chunk fo'
# 3 True b'chunk for mode 3 chunk fo'
# 1 True b'chunk for mode 1 chunk fo'
# 5 True b'chunk for mode 5 chunk fo'
# b'' True
# b'common words are common' True
# b'hello hello hello' True
# 1000 True False
# True True b''
# b'first' b'trailing' True
# b'' b'trailing more'
# True True
# 10 True True b''
# b'line 0 of a test tex' b'' False
# b'' False
# Compress Decompress
