"""Secure hashes and message digests (sandpy's hashlib).

The hash objects are native (the private module ``_hashlib``: md5, sha1,
the SHA-2 and SHA-3 families, SHAKE and BLAKE2, over the RustCrypto
crates); this module names them as CPython's hashlib does and adds
``new``, ``file_digest`` and the algorithm sets.

It keeps no mutable module-level state.
"""

import _hashlib

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
           'blake2b', 'blake2s', 'sha3_224', 'sha3_256', 'sha3_384',
           'sha3_512', 'shake_128', 'shake_256',
           'new', 'algorithms_guaranteed', 'algorithms_available',
           'pbkdf2_hmac', 'file_digest')


algorithms_guaranteed = frozenset((
    'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
    'blake2b', 'blake2s', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
    'shake_128', 'shake_256'))

algorithms_available = frozenset(_hashlib._algorithms)

md5 = _hashlib.openssl_md5
sha1 = _hashlib.openssl_sha1
sha224 = _hashlib.openssl_sha224
sha256 = _hashlib.openssl_sha256
sha384 = _hashlib.openssl_sha384
sha512 = _hashlib.openssl_sha512
sha3_224 = _hashlib.openssl_sha3_224
sha3_256 = _hashlib.openssl_sha3_256
sha3_384 = _hashlib.openssl_sha3_384
sha3_512 = _hashlib.openssl_sha3_512
shake_128 = _hashlib.openssl_shake_128
shake_256 = _hashlib.openssl_shake_256
blake2b = _hashlib.blake2b
blake2s = _hashlib.blake2s
pbkdf2_hmac = _hashlib.pbkdf2_hmac
scrypt = _hashlib.scrypt


def new(name, data=b'', **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named
    algorithm, optionally initialized with data (a bytes-like object)."""
    if name == 'blake2b':
        return blake2b(data, **kwargs)
    if name == 'blake2s':
        return blake2s(data, **kwargs)
    return _hashlib.new(name, data, **kwargs)


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object. Returns a digest object.

    *fileobj* must be a file-like object opened for reading in binary
    mode: an object with a ``getbuffer()`` method (io.BytesIO), or one
    with ``read()`` that is ``readable()``. *digest* is a hash name (as
    for new) or a callable that returns a hash object.
    """
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()

    if hasattr(fileobj, 'getbuffer'):
        digestobj.update(fileobj.getbuffer())
        return digestobj

    if not (hasattr(fileobj, 'read') and hasattr(fileobj, 'readable')
            and fileobj.readable()):
        raise ValueError(
            f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        if isinstance(chunk, str):
            raise ValueError(
                f"'{fileobj!r}' is not a file-like object in binary reading mode.")
        digestobj.update(chunk)
    return digestobj
