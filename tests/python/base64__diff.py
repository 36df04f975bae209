# Differential walk of base64: seeded random bytes through every encoder
# (with its options) and random, often invalid, strings through every
# decoder. Each case's outcome (the result, or the exception's type and
# message) is a line; per function the test prints the case count, the
# error count and a SHA-256 of its lines, so any difference from CPython
# shows. Run tests/tools/base64_diff.py for other seeds and the lines.
import base64
import hashlib
import random

SEED = 4648
COUNT = 120
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


def damage(b, chars):
    b = bytearray(b)
    for _ in range(rng.randrange(3)):
        if b:
            b[rng.randrange(len(b))] = rng.choice(chars)
    return bytes(b)


B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
A85 = bytes(range(33, 118)) + b'zy ~<>\n'
B85 = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
       b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")

for _ in range(COUNT):
    data = rand_bytes(maxlen=rng.choice((6, 30, 120)))
    if rng.random() < 0.2:
        data = b'\0' * rng.randrange(9) + data + b' ' * rng.randrange(9)
    case('b64encode', base64.b64encode, data, rng.choice((None, b'-_', b'*!')))
    case('urlsafe_b64encode', base64.urlsafe_b64encode, data)
    case('b32encode', base64.b32encode, data)
    case('b32hexencode', base64.b32hexencode, data)
    case('b16encode', base64.b16encode, data)
    case('a85encode', base64.a85encode, data, foldspaces=rng.random() < 0.5,
         wrapcol=rng.choice((0, 0, 1, 2, 5, 20)), pad=rng.random() < 0.3,
         adobe=rng.random() < 0.3)
    case('b85encode', base64.b85encode, data, pad=rng.random() < 0.3)
    case('encodebytes', base64.encodebytes, data * rng.randrange(1, 4))
    # Decoders, on damaged encodings and on noise.
    e64 = damage(base64.b64encode(data), b'=!\n A-_')
    case('b64decode', base64.b64decode, e64, validate=rng.random() < 0.5)
    case('b64decode_alt', base64.b64decode, damage(base64.b64encode(data, b'-_'), b'+/='),
         altchars=b'-_')
    case('urlsafe_b64decode', base64.urlsafe_b64decode, damage(base64.urlsafe_b64encode(data), b'+/='))
    case('decodebytes', base64.decodebytes, damage(base64.encodebytes(data), b'=\n!'))
    e32 = damage(base64.b32encode(data), b'=018a ')
    case('b32decode', base64.b32decode, e32, casefold=rng.random() < 0.5,
         map01=rng.choice((None, b'L', b'I')))
    case('b32decode_rand', base64.b32decode, rand_bytes(B32 + b'====', 17))
    case('b32hexdecode', base64.b32hexdecode, damage(base64.b32hexencode(data), b'=WVv'),
         casefold=rng.random() < 0.5)
    case('b16decode', base64.b16decode, damage(base64.b16encode(data), b'aG0 '),
         casefold=rng.random() < 0.5)
    ea85 = base64.a85encode(data, foldspaces=True, adobe=rng.random() < 0.5)
    case('a85decode', base64.a85decode, damage(ea85, b'zyu~v\n '), foldspaces=True,
         adobe=ea85.startswith(b'<~'))
    case('a85decode_rand', base64.a85decode, rand_bytes(A85, 14),
         foldspaces=rng.random() < 0.5, ignorechars=rng.choice((b' \n', b'')))
    case('b85decode', base64.b85decode, damage(base64.b85encode(data), b'"\\~ '))
    case('b85decode_rand', base64.b85decode, rand_bytes(B85, 12))
    case('b64decode_str', base64.b64decode, base64.b64encode(data).decode())

for name in sorted(results):
    lines = results[name]
    errors = sum(1 for l in lines if 'Error: ' in l.split(' -> ', 1)[1])
    digest = hashlib.sha256('\n'.join(lines).encode()).hexdigest()[:16]
    print(name, len(lines), errors, digest)

# Output:
# a85decode 120 49 bbd2d620472e5c4d
# a85decode_rand 120 31 55f16cafbf51057e
# a85encode 120 0 3ccc4130f091c131
# b16decode 120 66 0f8e441b98d7d99d
# b16encode 120 0 807305264de6a144
# b32decode 120 66 7344a1d6250df7cd
# b32decode_rand 120 107 8fc3993084bd86bc
# b32encode 120 0 6bd6a5f532a20e01
# b32hexdecode 120 49 4f4154e206156e5d
# b32hexencode 120 0 b53ae2cbfd616cbd
# b64decode 120 56 90692b388090acfc
# b64decode_alt 120 26 6ee8c8349956aa79
# b64decode_str 120 0 2505865e6b432db3
# b64encode 120 0 43681904014a1bf0
# b85decode 120 65 3f395d4acd04db26
# b85decode_rand 120 5 fd3c915f4a487dbc
# b85encode 120 0 00ea5c60c63d59d0
# decodebytes 120 53 c0f6c2581cdce999
# encodebytes 120 0 299aafa979bd02b3
# urlsafe_b64decode 120 19 fec8086a33df07ff
# urlsafe_b64encode 120 0 6e097e23a5b306e7
