# BLAKE2b and BLAKE2s: digest_size, key, salt and person (the RFC 7693
# and BLAKE2 reference vectors are among CPython's answers), the class
# constants and the parameter errors.
import hashlib


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


for cls, maxd in ((hashlib.blake2b, 64), (hashlib.blake2s, 32)):
    print(cls.__name__, cls.SALT_SIZE, cls.PERSON_SIZE, cls.MAX_KEY_SIZE,
          cls.MAX_DIGEST_SIZE)
    for size in (1, 16, maxd // 2, maxd):
        h = cls(b'abc', digest_size=size)
        print(size, h.digest_size, h.hexdigest())
    for key in (b'', b'k', b'key' * 5, bytes(range(maxd))):
        print(len(key), cls(b'message', key=key).hexdigest())
        print(cls(bytes(range(200)), key=key, digest_size=20).hexdigest())
    salt = b'salty'
    print(cls(b'abc', salt=salt).hexdigest())
    print(cls(b'abc', salt=b's' * (maxd // 4)).hexdigest())
    print(cls(b'abc', person=b'me').hexdigest())
    print(cls(b'abc', person=b'p' * (maxd // 4), salt=b'x', key=b'k', digest_size=7).hexdigest())
    print(cls(fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0,
              inner_size=0, last_node=False, usedforsecurity=True).hexdigest())
    h = cls(key=b'secret')
    h.update(b'part one, ')
    c = h.copy()
    h.update(b'part two')
    print(h.hexdigest(), c.hexdigest(), cls(b'part one, part two', key=b'secret').hexdigest())
    print(h.name, h.block_size, type(h).__module__)
    attempt(lambda: cls(digest_size=0))
    attempt(lambda: cls(digest_size=maxd + 1))
    attempt(lambda: cls(key=b'k' * (maxd + 1)))
    attempt(lambda: cls(salt=b's' * (maxd // 4 + 1)))
    attempt(lambda: cls(person=b'p' * (maxd // 4 + 1)))
    attempt(lambda: cls('text'))
    attempt(lambda: cls(b'', b''))
    attempt(lambda: cls(data=b'a'))
    attempt(lambda: cls(foo=1))
    attempt(lambda: cls(key='k'))
    print(hashlib.new(cls.__name__, b'abc', digest_size=10).hexdigest())
