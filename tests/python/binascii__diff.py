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
