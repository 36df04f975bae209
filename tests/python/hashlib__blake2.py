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

# Output:
# blake2b 16 16 64 64
# 1 1 6b
# 16 16 cf4ab791c62b8d2b2109c90275287816
# 32 32 bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319
# 64 64 ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923
# 0 7bd9044c67faf33ba5cd8ae162680cd9d7a8d3180b15b39952737b8572dfced52b559acd6aa7f8c833a1b3172bd2771683c793c772d4abe3dd9bd9f63c204701
# b83a5733ce63f2dd8266ea8ec93333d7935142cf
# 1 938b5102b791941fc62a06ace9e5f19390e31a2ab328e3e2e33aa6593d2761df3f631143b3f45b848f5a9be4c687c47c3c3039e4b24925c04fb1da32657247a5
# 8c564fee60f073e6779145fac7983d9e087e5d88
# 15 55a2c2653d58753ee7854f6b1760a43f0b26cd5357500213d922bef8edc4cd7d11f9b2cac304d5c7cb662daccc3ae8a4501b61493696f757ea08406fcb3d84da
# feb1d9d20cc46fe54c98c2a743b79196be26fe47
# 64 f7bc8e8d6847457e4e6648721ff363dd87ef98676eea2ee7e9da3d33e74f83bea69a13c97498e63d77660e728b29a3f220bd2121768c318328f9ea61fea66c88
# 3062d119dcb83127970108ee465de20670c8e8e9
# b8b71c22070e97edbeb5cb8554f5242a09b1c6bd731e2b796b30f4ad3d4dcf591d37538aad4ea60a72b6cc551ebaef7e5ae24d5f67dbf8e0096bcccbacd98ea6
# 818f5213db7a4da552f37c187b9027e5033a15da870fd40aea08c9ae64df94d9fbfebe945c5e20fe68337fc768e364bde627eb583adda81f838e4264ba3da46e
# fd31b82ebc4a9b0c4f62606263619c95dd9cb36d262d9a674ef7ee10743620cadb8232703be8d1261e9368d95b6731f8e7b9d752f473f5e1bf36d547e96d40cf
# 62a0ba0a22cf0f
# 786a02f742015903c6c6fd852552d272912f4740e15847618a86e217f71f5419d25e1031afee585313896444934eb04b903a685b1448b755d56f701afe9be2ce
# 39a64bf76a3306c1a7d054b88f3475989c5c562a9289b3282aa6a011033105a9fee93b62661618840fae50780ee948a8e649ebeb37d636b2068fe4cf2f2767dd 4fff57d3124f04867dafe397c2b1dc22413ef693aef2759a46b98ce41c5a9f67fe87215f5ffcbf2d1b4e1d8041cfa6e6468412e3266024f9df624d74977f7790 39a64bf76a3306c1a7d054b88f3475989c5c562a9289b3282aa6a011033105a9fee93b62661618840fae50780ee948a8e649ebeb37d636b2068fe4cf2f2767dd
# blake2b 128 _blake2
# ValueError: digest_size must be between 1 and 64 bytes
# ValueError: digest_size must be between 1 and 64 bytes
# ValueError: maximum key length is 64 bytes
# ValueError: maximum salt length is 16 bytes
# ValueError: maximum person length is 16 bytes
# TypeError: Strings must be encoded before hashing
# TypeError: blake2b() takes at most 1 positional argument (2 given)
# TypeError: 'data' is an invalid keyword argument for blake2b()
# TypeError: 'foo' is an invalid keyword argument for blake2b()
# TypeError: a bytes-like object is required, not 'str'
# 3619b2e9832d748d745e
# blake2s 8 8 32 32
# 1 1 0d
# 16 16 aa4938119b1dc7b87cbad0ffd200d0ae
# 16 16 aa4938119b1dc7b87cbad0ffd200d0ae
# 32 32 508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982
# 0 e6d7039c6d8c2ae1706e2cd3d2684e59d8b86ea9d21273a1e06263932ea367a4
# 35ef51251df08437c4d5c7ecd7662b56d0a3f07c
# 1 056729081683af84528fb7f0a0f9f83d66763ba8be7ff39c3dd5505e1b374026
# be7fa4e2da15594f3ed0a6d4ac6800d18f4e710e
# 15 22a467db753d8274ed3e63d5f18720ac1ee3d70e134bd23ccb0b5b95ebc00664
# fddaba57acf98fc1836d0e274511466fcb41c29e
# 32 fce1b30584dffd5fb5809dda7b1359f4bac57620ba220df3fdbd8d6411b66d1d
# 72c6146ea7aaf3af9d9cfa4250dd69857dc28a2f
# 7dfc9a28c1bab88b836bc413bd246a067406b54055de9ddeef1289af9a51b4c6
# 67d9e9613ab39e1db3d8d6ac8df5c827f4411e7db4b7641acc566ab10aadb9c3
# 5d11729aecb476db2c4bbfd8682078e3c6eb5020f2de26d0e243a4467960a1fc
# 64dca304d1a873
# 69217a3079908094e11121d042354a7c1f55b6482ca1a51e1b250dfd1ed0eef9
# 8cc2ed51e93d79fa80dbd409e1bc42bddec384bb463df0e29bb1bd623b42feff 979b86864f5719c583c6fad501b4a0faa6b73a37fd73984d90d3651a4334484c 8cc2ed51e93d79fa80dbd409e1bc42bddec384bb463df0e29bb1bd623b42feff
# blake2s 64 _blake2
# ValueError: digest_size must be between 1 and 32 bytes
# ValueError: digest_size must be between 1 and 32 bytes
# ValueError: maximum key length is 32 bytes
# ValueError: maximum salt length is 8 bytes
# ValueError: maximum person length is 8 bytes
# TypeError: Strings must be encoded before hashing
# TypeError: blake2s() takes at most 1 positional argument (2 given)
# TypeError: 'data' is an invalid keyword argument for blake2s()
# TypeError: 'foo' is an invalid keyword argument for blake2s()
# TypeError: a bytes-like object is required, not 'str'
# 4ab88bcf29cd458d4088
