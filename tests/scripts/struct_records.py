# A binary record reader: a sensor file format (a header, then fixed-size
# little-endian records, then a trailer with a CRC) is written with struct
# into a BytesIO, read back with unpack_from and iter_unpack, checked, and
# summarised as text with textwrap and string formatting.
import binascii
import io
import struct
import textwrap
import zlib
from collections import namedtuple

HEADER = struct.Struct('<4sHHI')          # magic, version, record size, count
RECORD = struct.Struct('<IhHf?3x')         # timestamp, temperature*100, humidity, voltage, ok
TRAILER = struct.Struct('>I')              # CRC32 of the records, big-endian
Reading = namedtuple('Reading', 'ts temp humidity volts ok')

readings = []
for i in range(24):
    readings.append((1_700_000_000 + 3600 * i, (i * 173) % 4000 - 1000, (i * 41) % 1000,
                     3.3 - i * 0.0125, i % 7 != 3))

buf = io.BytesIO()
buf.write(HEADER.pack(b'SENS', 2, RECORD.size, len(readings)))
body = b''.join(RECORD.pack(*r) for r in readings)
buf.write(body)
buf.write(TRAILER.pack(zlib.crc32(body)))
data = buf.getvalue()
print(len(data), HEADER.size, RECORD.size, TRAILER.size, struct.calcsize('@IhHf?'))
print(binascii.hexlify(data[:HEADER.size + RECORD.size], ' ', 4))

magic, version, size, count = HEADER.unpack_from(data, 0)
print(magic, version, size, count)
start = HEADER.size
records = data[start:start + size * count]
(crc,) = TRAILER.unpack_from(data, start + size * count)
print('crc ok' if crc == zlib.crc32(records) else 'crc BAD')
rows = [Reading(*r) for r in RECORD.iter_unpack(records)]
print(rows[0])
print(rows[5]._replace(ok=None))
lines = []
for r in rows:
    lines.append('%d %+7.2fC %4.1f%% %.3fV%s' % (r.ts % 100000, r.temp / 100, r.humidity / 10,
                                                 r.volts, '' if r.ok else ' FAULT'))
print('\n'.join(lines[:6]))
faults = [str(i) for i, r in enumerate(rows) if not r.ok]
print(textwrap.fill('Faulty records: ' + ', '.join(faults) + '. ' +
                    'Every record with a fault flag needs a manual check of its sensor, '
                    'its cable and the voltage of its supply before the next run.',
                    width=48, initial_indent='* ', subsequent_indent='  '))
print(textwrap.shorten(' '.join(lines), 60, placeholder=' [...]'))
print(textwrap.indent(textwrap.dedent('''
    min %.2f
    max %.2f
''' % (min(r.temp for r in rows) / 100, max(r.temp for r in rows) / 100)), '> '))

# Byte orders, sizes and errors as the format says.
print(struct.pack('>hHiIqQ', -2, 2, -3, 3, -4, 4).hex())
print(struct.pack('!e', 1.5).hex(), struct.unpack('<d', struct.pack('<d', 0.1)))
print(struct.pack('5s3p', b'abcdefg', b'xyz'))
for fmt, args in [('h', (40000,)), ('B', (-1,)), ('I', ('x',)), ('q', ()), ('zz', (1,))]:
    try:
        struct.pack(fmt, *args)
    except struct.error as e:
        print(fmt, 'struct.error:', e)
try:
    RECORD.unpack(b'short')
except struct.error as e:
    print('struct.error:', e)

# Output:
# 400 12 16 4 13
# b'53454e53 02001000 18000000 00f15365 18fc0000 33335340 01000000'
# b'SENS' 2 16 24
# crc ok
# Reading(ts=1700000000, temp=-1000, humidity=0, volts=3.299999952316284, ok=True)
# Reading(ts=1700018000, temp=-135, humidity=205, volts=3.237499952316284, ok=None)
# 0  -10.00C  0.0% 3.300V
# 3600   -8.27C  4.1% 3.287V
# 7200   -6.54C  8.2% 3.275V
# 10800   -4.81C 12.3% 3.263V FAULT
# 14400   -3.08C 16.4% 3.250V
# 18000   -1.35C 20.5% 3.237V
# * Faulty records: 3, 10, 17. Every record with a
#   fault flag needs a manual check of its sensor,
#   its cable and the voltage of its supply before
#   the next run.
# 0 -10.00C 0.0% 3.300V 3600 -8.27C 4.1% 3.287V 7200 [...]
#
# > min -10.00
# > max 29.79
#
# fffe0002fffffffd00000003fffffffffffffffc0000000000000004
# 3e00 (0.1,)
# b'abcde\x02xy'
# h struct.error: short format requires -32768 <= number <= 32767
# B struct.error: ubyte format requires 0 <= number <= 255
# I struct.error: required argument is not an integer
# q struct.error: pack expected 1 items for packing (got 0)
# zz struct.error: bad char in struct format
# struct.error: unpack requires a buffer of 16 bytes
