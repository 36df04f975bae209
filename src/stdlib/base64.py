"""Base16, Base32, Base64 (RFC 4648), Ascii85 and Base85 data encodings
(sandpy's base64, written from the Python documentation over the native
binascii module).

It keeps no mutable module-level state: its tables are bytes and tuples.
"""

import binascii

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    'b85encode', 'b85decode', 'a85encode', 'a85decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
]

_bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, _bytes_types):
        return s
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII "
                        "string, not %r" % s.__class__.__name__) from None


def _input_bytes(s):
    """The bytes of a bytes-like argument of an encoder."""
    if isinstance(s, bytes):
        return s
    if isinstance(s, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return memoryview(s).tobytes()


# Base64 ---------------------------------------------------------------------

def b64encode(s, altchars=None):
    """Encode the bytes-like object s using Base64 and return a bytes object.

    altchars, if given, is a 2-byte bytes-like object whose characters
    replace '+' and '/' (for URL- or filesystem-safe alphabets).
    """
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b'+/', altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode the Base64 encoded bytes-like object or ASCII string s.

    altchars, if given, replaces '+' and '/'. With validate False,
    characters outside the alphabet are discarded before the padding
    check; with validate True they raise binascii.Error.
    """
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Encode bytes-like object s using the standard Base64 alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode bytes encoded with the standard Base64 alphabet."""
    return b64decode(s)


def urlsafe_b64encode(s):
    """Encode with the URL- and filesystem-safe alphabet ('-' and '_'
    instead of '+' and '/')."""
    return b64encode(s).translate(bytes.maketrans(b'+/', b'-_'))


def urlsafe_b64decode(s):
    """Decode with the URL- and filesystem-safe alphabet."""
    s = _bytes_from_decode_data(s)
    s = s.translate(bytes.maketrans(b'-_', b'+/'))
    return b64decode(s)


# Base32 ---------------------------------------------------------------------

_B32_STD = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32_HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'


def _b32encode(alphabet, s):
    s = _input_bytes(s)
    out = bytearray()
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        n = int.from_bytes(chunk.ljust(5, b'\0'), 'big')
        digits = bytes(alphabet[(n >> shift) & 31] for shift in range(35, -1, -5))
        used = (len(chunk) * 8 + 4) // 5
        out += digits[:used] + b'=' * (8 - used)
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b'=')
    padding = len(s) - len(stripped)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(stripped), 8):
        n = 0
        for c in stripped[i:i + 8].ljust(8, bytes((alphabet[0],))):
            v = values.get(c)
            if v is None:
                raise binascii.Error('Non-base32 digit found')
            n = n << 5 | v
        out += n.to_bytes(5, 'big')
    if padding and stripped:
        kept = {1: 4, 3: 3, 4: 2, 6: 1}.get(padding)
        if kept is None:
            raise binascii.Error('Incorrect padding')
        del out[len(out) - 5 + kept:]
    elif padding:
        raise binascii.Error('Incorrect padding')
    return bytes(out)


def b32encode(s):
    """Encode the bytes-like object s using Base32 and return a bytes object."""
    return _b32encode(_B32_STD, s)


def b32decode(s, casefold=False, map01=None):
    """Decode the Base32 encoded bytes-like object or ASCII string s.

    casefold accepts a lowercase alphabet; map01, if given, says which
    letter (I or L) the digit 1 stands for, and 0 is read as O.
    """
    return _b32decode(_B32_STD, s, casefold, map01)


def b32hexencode(s):
    """Encode s using the Extended Hex Base32 alphabet (RFC 4648)."""
    return _b32encode(_B32_HEX, s)


def b32hexdecode(s, casefold=False):
    """Decode s, encoded with the Extended Hex Base32 alphabet."""
    return _b32decode(_B32_HEX, s, casefold)


# Base16 ---------------------------------------------------------------------

def b16encode(s):
    """Encode the bytes-like object s using Base16 and return a bytes object."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode the Base16 encoded bytes-like object or ASCII string s.

    casefold accepts lowercase digits.
    """
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if s.strip(b'0123456789ABCDEF'):
        if len(s) % 2:
            raise binascii.Error('Odd-length string')
        for c in s:
            if c not in b'0123456789ABCDEF':
                raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# Ascii85 and Base85 ---------------------------------------------------------

_A85_START = b'<~'
_A85_END = b'~>'
_B85_ALPHABET = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                 b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")


def _85encode(b, chars, pad, foldnuls=False, foldspaces=False):
    b = _input_bytes(b)
    padding = (-len(b)) % 4
    if padding:
        b = b + b'\0' * padding
    out = []
    for i in range(0, len(b), 4):
        word = int.from_bytes(b[i:i + 4], 'big')
        if foldnuls and not word:
            out.append(b'z')
        elif foldspaces and word == 0x20202020:
            out.append(b'y')
        else:
            digits = bytearray(5)
            for k in range(4, -1, -1):
                word, r = divmod(word, 85)
                digits[k] = chars[r]
            out.append(bytes(digits))
    if padding and not pad:
        if out[-1] == b'z':
            out[-1] = bytes((chars[0],)) * 5
        out[-1] = out[-1][:-padding]
    return b''.join(out)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encode bytes-like object b using Ascii85 and return a bytes object.

    foldspaces writes 'y' for 4 spaces (btoa); wrapcol > 0 adds a newline
    every wrapcol characters; pad pads the input to a multiple of 4 bytes;
    adobe frames the result with <~ and ~>.
    """
    result = _85encode(b, bytes(range(33, 118)), pad, True, foldspaces)
    if adobe:
        result = _A85_START + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        chunks = [result[i: i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(chunks[-1]) + 2 > wrapcol:
            chunks.append(b'')
        result = b'\n'.join(chunks)
    if adobe:
        result += _A85_END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decode the Ascii85 encoded bytes-like object or ASCII string b.

    foldspaces reads 'y' as 4 spaces; adobe expects the <~ ~> framing;
    ignorechars are skipped.
    """
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85_END):
            raise ValueError(
                "Ascii85 encoded byte sequences must end with {!r}".format(_A85_END))
        if b.startswith(_A85_START):
            b = b[2:-2]
        else:
            b = b[:-2]
    out = bytearray()
    group = []
    for x in b + b'u' * 4:
        if 33 <= x <= 117:
            group.append(x)
            if len(group) == 5:
                acc = 0
                for c in group:
                    acc = 85 * acc + (c - 33)
                if acc > 0xffffffff:
                    raise ValueError('Ascii85 overflow')
                out += acc.to_bytes(4, 'big')
                group = []
        elif x == 122:  # z
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and x == 121:  # y
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif x in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % x)
    padding = 4 - len(group)
    if padding:
        del out[len(out) - padding:]
    return bytes(out)


def b85encode(b, pad=False):
    """Encode bytes-like object b in base85 format (as git uses) and return
    a bytes object; pad pads the input to a multiple of 4 bytes."""
    return _85encode(b, _B85_ALPHABET, pad)


def b85decode(b):
    """Decode the base85-encoded bytes-like object or ASCII string b."""
    b = _bytes_from_decode_data(b)
    values = {c: i for i, c in enumerate(_B85_ALPHABET)}
    padding = (-len(b)) % 5
    b = b + b'~' * padding
    out = bytearray()
    for i in range(0, len(b), 5):
        acc = 0
        for j, c in enumerate(b[i:i + 5]):
            v = values.get(c)
            if v is None:
                raise ValueError('bad base85 character at position %d' % (i + j))
            acc = acc * 85 + v
        if acc > 0xffffffff:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out += acc.to_bytes(4, 'big')
    if padding:
        del out[len(out) - padding:]
    return bytes(out)


# Legacy interface -----------------------------------------------------------

MAXLINESIZE = 76  # Excluding the CRLF
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _check_bytes_like(s):
    if isinstance(s, str) or not hasattr(s, '__len__') and not isinstance(s, memoryview):
        raise TypeError('expected bytes-like object, not %s' % s.__class__.__name__)
    try:
        memoryview(s)
    except TypeError:
        raise TypeError('expected bytes-like object, not %s'
                        % s.__class__.__name__) from None


def encodebytes(s):
    """Encode a bytestring into a bytes object containing multiple lines
    of base-64 data (76 characters each, each ending in a newline)."""
    _check_bytes_like(s)
    s = memoryview(s).tobytes()
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i: i + MAXBINSIZE]))
    return b''.join(pieces)


def decodebytes(s):
    """Decode a bytestring of base-64 data into a bytes object."""
    _check_bytes_like(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    """Encode a file; input and output are binary files."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            ns = input.read(MAXBINSIZE - len(s))
            if not ns:
                break
            s += ns
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Decode a file; input and output are binary files."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
