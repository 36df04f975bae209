# uuid: every constructor form and attribute, comparisons and hashing,
# uuid3/uuid5 (fixed results), uuid1/uuid4 (shape, version, variant,
# uniqueness), getnode, SafeUUID, the namespaces and the errors.
import uuid

u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(u, repr(u), u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le, u.fields)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant,
      u.clock_seq_low, u.node, u.time, u.clock_seq, u.variant, u.version)
same = [
    uuid.UUID("12345678123456781234567812345678"),
    uuid.UUID("urn:uuid:12345678-1234-5678-1234-567812345678"),
    uuid.UUID(bytes=u.bytes),
    uuid.UUID(bytes_le=u.bytes_le),
    uuid.UUID(fields=u.fields),
    uuid.UUID(int=u.int),
]
print(all(x == u for x in same), len({hash(x) for x in same}), hash(u) == hash(u.int))
print(int(u), str(uuid.UUID(int=0)), uuid.UUID(int=2**128 - 1))
v = uuid.UUID(int=u.int, version=4)
print(v, v.version, v.variant)
for ver in range(1, 6):
    w = uuid.UUID(int=0, version=ver)
    print(ver, w, w.version)
print(uuid.UUID(int=0).variant, uuid.UUID(int=0).version)
print(uuid.UUID(int=0xc000 << 48).variant, uuid.UUID(int=0xe000 << 48).variant)
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == 1, sorted([b, a]))
print(a.__getstate__(), uuid.UUID(int=3, is_safe=uuid.SafeUUID.safe).__getstate__())
c = uuid.UUID(int=9)
c.__setstate__({"int": 7, "is_safe": -1})
print(c, c.is_safe)

print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID,
      uuid.NAMESPACE_X500)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid3(uuid.NAMESPACE_URL, "héllo"), uuid.uuid5(uuid.NAMESPACE_X500, ""))

r = uuid.uuid4()
print(type(r).__name__, r.version, r.variant, len(str(r)), r != uuid.uuid4())
t1 = uuid.uuid1()
t2 = uuid.uuid1()
print(t1.version, t1.variant, t1 != t2, t1.node == t2.node == uuid.getnode(),
      t1.time < t2.time, 0 < uuid.getnode() < 2**48)
t3 = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(hex(t3.node), hex(t3.clock_seq), t3.version)

print(list(uuid.SafeUUID), repr(uuid.SafeUUID.unknown), uuid.SafeUUID(0),
      uuid.SafeUUID.unsafe.value, uuid.SafeUUID.safe.name, u.is_safe)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT,
      uuid.RESERVED_FUTURE, sep="|")


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: uuid.UUID())
t(lambda: uuid.UUID("x"))
t(lambda: uuid.UUID("g" * 32))
t(lambda: uuid.UUID(hex="0" * 32, int=1))
t(lambda: uuid.UUID(bytes=b"x"))
t(lambda: uuid.UUID(bytes_le=b"x"))
t(lambda: uuid.UUID(fields=(1, 2)))
for i in range(6):
    f = [0] * 6
    f[i] = -1
    t(lambda: uuid.UUID(fields=f))
t(lambda: uuid.UUID(int=-1))
t(lambda: uuid.UUID(int=2**128))
t(lambda: uuid.UUID(int=1, version=6))
t(lambda: uuid.UUID(int=1, version=0))
t(lambda: setattr(u, "int", 3))
t(lambda: setattr(u, "other", 3))
t(lambda: u < 3)
t(lambda: uuid.uuid3(uuid.NAMESPACE_DNS, b"x"))
t(lambda: uuid.uuid5("x", "y"))
t(lambda: uuid.SafeUUID(5))

# Output:
# 12345678-1234-5678-1234-567812345678 UUID('12345678-1234-5678-1234-567812345678') 12345678123456781234567812345678 24197857161011715162171839636988778104 urn:uuid:12345678-1234-5678-1234-567812345678
# b'\x124Vx\x124Vx\x124Vx\x124Vx' b'xV4\x124\x12xV\x124Vx\x124Vx' (305419896, 4660, 22136, 18, 52, 95073701484152)
# 305419896 4660 22136 18 52 95073701484152 466142576285865592 4660 reserved for NCS compatibility None
# True 1 True
# 24197857161011715162171839636988778104 00000000-0000-0000-0000-000000000000 ffffffff-ffff-ffff-ffff-ffffffffffff
# 12345678-1234-4678-9234-567812345678 4 specified in RFC 4122
# 1 00000000-0000-1000-8000-000000000000 1
# 2 00000000-0000-2000-8000-000000000000 2
# 3 00000000-0000-3000-8000-000000000000 3
# 4 00000000-0000-4000-8000-000000000000 4
# 5 00000000-0000-5000-8000-000000000000 5
# reserved for NCS compatibility None
# reserved for Microsoft compatibility reserved for future definition
# True True False False False True False [UUID('00000000-0000-0000-0000-000000000001'), UUID('00000000-0000-0000-0000-000000000002')]
# {'int': 1} {'int': 3, 'is_safe': 0}
# 00000000-0000-0000-0000-000000000007 SafeUUID.unsafe
# 6ba7b810-9dad-11d1-80b4-00c04fd430c8 6ba7b811-9dad-11d1-80b4-00c04fd430c8 6ba7b812-9dad-11d1-80b4-00c04fd430c8 6ba7b814-9dad-11d1-80b4-00c04fd430c8
# 6fa459ea-ee8a-3ca4-894e-db77e160355e
# 886313e1-3b8a-5372-9b90-0c9aee199e5d
# b620d177-d6bd-332b-947f-7d8c426bb304 b4bdf874-8c03-5bd8-8fd7-5e409dfd82c0
# UUID 4 specified in RFC 4122 36 True
# 1 specified in RFC 4122 True True True True
# 0x123456789abc 0x1234 1
# [<SafeUUID.safe: 0>, <SafeUUID.unsafe: -1>, <SafeUUID.unknown: None>] <SafeUUID.unknown: None> SafeUUID.safe -1 safe SafeUUID.unknown
# reserved for NCS compatibility|specified in RFC 4122|reserved for Microsoft compatibility|reserved for future definition
# TypeError one of the hex, bytes, bytes_le, fields, or int arguments must be given
# ValueError badly formed hexadecimal UUID string
# ValueError invalid literal for int() with base 16: 'gggggggggggggggggggggggggggggggg'
# TypeError one of the hex, bytes, bytes_le, fields, or int arguments must be given
# ValueError bytes is not a 16-char string
# ValueError bytes_le is not a 16-char string
# ValueError fields is not a 6-tuple
# ValueError field 1 out of range (need a 32-bit value)
# ValueError field 2 out of range (need a 16-bit value)
# ValueError field 3 out of range (need a 16-bit value)
# ValueError field 4 out of range (need an 8-bit value)
# ValueError field 5 out of range (need an 8-bit value)
# ValueError field 6 out of range (need a 48-bit value)
# ValueError int is out of range (need a 128-bit value)
# ValueError int is out of range (need a 128-bit value)
# ValueError illegal version number
# ValueError illegal version number
# TypeError UUID objects are immutable
# TypeError UUID objects are immutable
# TypeError '<' not supported between instances of 'UUID' and 'int'
# TypeError encoding without a string argument
# AttributeError 'str' object has no attribute 'bytes'
# ValueError 5 is not a valid SafeUUID
