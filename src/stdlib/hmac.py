"""HMAC (keyed-hashing for message authentication), RFC 2104
(sandpy's hmac, written from the Python documentation).

The digest algorithm is named by ``digestmod``: a hashlib name, a hash
constructor (or any callable returning a hash object), or a module with
a ``new`` function. ``digest()`` computes an HMAC in one step (natively
for the hashlib names), and ``compare_digest`` is ``_hashlib``'s.

It keeps no mutable module-level state.
"""

import hashlib as _hashlib_module
import _hashlib
from _hashlib import compare_digest

__all__ = ('new', 'HMAC', 'digest', 'compare_digest')

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

# The size of the digests, for modules that emulate PEP 247.
digest_size = None


def _constructor(digestmod):
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b'': _hashlib_module.new(digestmod, d)
    return lambda d=b'': digestmod.new(d)


class HMAC:
    """RFC 2104 HMAC class. Also complies with RFC 4231.

    This supports the API for Cryptographic Hash Functions (PEP 247).
    """
    blocksize = 64

    __slots__ = ('_digest_cons', '_inner', '_outer', '_name',
                 'digest_size', 'block_size')

    def __init__(self, key, msg=None, digestmod=''):
        """Create a new HMAC object.

        key: bytes or bytearray key for the keyed hash object.
        msg: bytes or buffer, initial input for the hash, or None.
        digestmod: a hash name, a constructor or a module. Required.
        """
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError(
                "key: expected bytes or bytearray, but got %r"
                % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        self._digest_cons = _constructor(digestmod)
        self._outer = self._digest_cons()
        self._inner = self._digest_cons()
        self.digest_size = self._inner.digest_size
        blocksize = getattr(self._inner, 'block_size', None)
        if blocksize is None or blocksize < 16:
            blocksize = self.blocksize
        if len(key) > blocksize:
            key = self._digest_cons(key).digest()
        self.block_size = blocksize
        key = bytes(key).ljust(blocksize, b'\0')
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        self._name = 'hmac-' + self._inner.name
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return self._name

    def update(self, msg):
        """Feed data from msg into this hashing object."""
        self._inner.update(msg)

    def copy(self):
        """Return a separate copy of this hashing object."""
        other = self.__class__.__new__(self.__class__)
        other._digest_cons = self._digest_cons
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._name = self._name
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        """Return the hash value of this hashing object, as bytes; the
        object stays usable."""
        return self._current().digest()

    def hexdigest(self):
        """Like digest(), but as a string of hexadecimal digits."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """Create a new hashing object and return it (see HMAC)."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """Fast inline implementation of HMAC.

    key: bytes or buffer, the key for the keyed hash object.
    msg: bytes or buffer, input message.
    digest: a hash name, a constructor or a module.
    """
    if isinstance(digest, str):
        result = _hashlib.hmac_digest(key, msg, digest)
        if result is not None:
            return result
    h = HMAC(bytes(key), msg, digest)
    return h.digest()
