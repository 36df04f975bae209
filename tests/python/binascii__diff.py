# Differential walk of binascii: seeded random bytes through every encoder
# and random, often invalid, strings through every decoder. Each case's
# outcome (the result, or the exception's type and message) is a line;
# per function the test prints the case count, the error count and a
# SHA-256 of its lines, so any difference from CPython shows. Run
# tests/tools/base64_diff.py for other seeds, more cases and the lines.
import binascii
import hashlib
import random

SEED = 20261207
COUNT = 150
VERBOSE = False

random.seed(SEED)
rng = random


def rand_bytes(alphabet=None, maxlen=40):
    n = rng.randrange(maxlen)
    if alphabet is None:
        return bytes(rng.randrange(256) for _ in range(n))
    return bytes(rng.choice(alphabet) for _ in range(n))


def outcome(f, *args, **kw):
    try:
        return repr(f(*args, **kw))
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


results = {}


def case(name, f, *args, **kw):
    line = '%s%r%r -> %s' % (name, args, kw, outcome(f, *args, **kw))
    results.setdefault(name, []).append(line)
    if VERBOSE:
        print(line)


HEX = b'0123456789abcdefABCDEF'
B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
QP = b'abc =\t\r\n.09AF_'
UU = bytes(range(32, 97)) + b'`\n\r'

for _ in range(COUNT):
    data = rand_bytes(maxlen=rng.choice((4, 40, 200)))
    text = rand_bytes(b'ab .=\t\r\n\x7f\xffz', 120)
    case('hexlify', binascii.hexlify, data)
    sep = rng.choice((b':', ' ', '-', b'_'))
    case('hexlify_sep', binascii.hexlify, data, sep, rng.randrange(-5, 6))
    case('b2a_hex', binascii.b2a_hex, data, sep)
    case('b2a_base64', binascii.b2a_base64, data, newline=rng.random() < 0.5)
    case('crc32', binascii.crc32, data, rng.randrange(-2**33, 2**33))
    case('crc_hqx', binascii.crc_hqx, data, rng.randrange(0, 2**16))
    case('b2a_uu', binascii.b2a_uu, data[:rng.choice((45, 46))], backtick=rng.random() < 0.5)
    case('b2a_qp', binascii.b2a_qp, rng.choice((data, text)),
         rng.random() < 0.5, rng.random() < 0.7, rng.random() < 0.3)
    # Decoders: mostly well-formed, with damage.
    h = rand_bytes(HEX + b'g ', 30)
    case('unhexlify', binascii.unhexlify, h)
    case('a2b_hex', binascii.a2b_hex, h.decode())
    enc = binascii.b2a_base64(data, newline=False)
    damaged = bytearray(enc)
    for _ in range(rng.randrange(3)):
        if damaged:
            damaged[rng.randrange(len(damaged))] = rng.choice(b'=!\n A')
    for strict in (False, True):
        case('a2b_base64', binascii.a2b_base64, bytes(damaged), strict_mode=strict)
        case('a2b_base64_rand', binascii.a2b_base64, rand_bytes(B64 + b'== \n*', 14),
             strict_mode=strict)
    uu = binascii.b2a_uu(data[:45])
    case('a2b_uu', binascii.a2b_uu, uu)
    case('a2b_uu_rand', binascii.a2b_uu, rand_bytes(UU, 20))
    case('a2b_qp', binascii.a2b_qp, rand_bytes(QP, 40), rng.random() < 0.5)
    case('a2b_qp_round', binascii.a2b_qp, binascii.b2a_qp(data))

for name in sorted(results):
    lines = results[name]
    errors = sum(1 for l in lines if ' -> ' in l and 'Error: ' in l.split(' -> ', 1)[1])
    digest = hashlib.sha256('\n'.join(lines).encode()).hexdigest()[:16]
    print(name, len(lines), errors, digest)

# Output:
# a2b_base64 300 142 a8d2068b47dbbf62
# a2b_base64_rand 300 225 2e67af1c7be049b6
# a2b_hex 150 119 2afb8bbc205e3011
# a2b_qp 150 0 c1c6f58bdfbd37d1
# a2b_qp_round 150 0 e5587b7d45ff8dbd
# a2b_uu 150 0 0e5fdbbf4eb6eb5e
# a2b_uu_rand 150 18 8f5b62fc98491cad
# b2a_base64 150 0 d45c45422d122910
# b2a_hex 150 0 db880ed6eac15b49
# b2a_qp 150 0 25410cf4de4c9948
# b2a_uu 150 10 832941c33572fbb5
# crc32 150 0 4dd4863f1bd2ec22
# crc_hqx 150 0 89988ecc773bc5bd
# hexlify 150 0 9fc5f71cfdfc1e0a
# hexlify_sep 150 0 84de1c8985e542b8
# unhexlify 150 119 9730a4d8b6e813a9
