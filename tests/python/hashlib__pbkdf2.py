# pbkdf2_hmac with each hash and dklen (RFC 6070's SHA-1 vectors are
# among them), and its errors.
import hashlib


def attempt(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))


print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 1, 20).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2, 20).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 4096, 20).hex())
print(hashlib.pbkdf2_hmac('sha1', b'passwordPASSWORDpassword',
                          b'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25).hex())
print(hashlib.pbkdf2_hmac('sha1', b'pass\0word', b'sa\0lt', 4096, 16).hex())
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224',
             'sha3_256', 'sha3_384', 'sha3_512', 'sha512_224', 'sha512_256', 'SHA256']:
    print(name, hashlib.pbkdf2_hmac(name, b'pw', b'NaCl', 50).hex())
    print(name, hashlib.pbkdf2_hmac(name, bytearray(b'pw' * 100), memoryview(b'salt'), 3, 100).hex())
print(hashlib.pbkdf2_hmac(hash_name='sha256', password=b'p', salt=b's',
                          iterations=1, dklen=3).hex())
print(hashlib.pbkdf2_hmac('sha256', b'p', b's', 1, None).hex())
attempt(lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 0))
attempt(lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', -1))
attempt(lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 1, 0))
attempt(lambda: hashlib.pbkdf2_hmac('sha256', 'p', b's', 1))
attempt(lambda: hashlib.pbkdf2_hmac('sha256', b'p', 's', 1))
attempt(lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 2**40))
attempt(lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's', 1, 2**40))
attempt(lambda: hashlib.pbkdf2_hmac('foo', b'p', b's', 1))
attempt(lambda: hashlib.pbkdf2_hmac('sha256', b'p', b's'))
try:
    hashlib.pbkdf2_hmac('nope', b'p', b's', 1)
except ValueError as e:
    print(type(e).__name__, type(e).__module__, isinstance(e, ValueError))

# Output:
# 0c60c80f961f0e71f3a9b524af6012062fe037a6
# ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957
# 4b007901b765489abead49d926f721d065a429c1
# 3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038
# 56fa6aa75548099dcc37d7f03425e0c3
# md5 a0fe047a453da00b92910313e91a960e
# md5 2127a5acf93ed7717b1cdfc3f01be1b068d2a63660c294f64b62c460612e3bd6520b5b3063da53edbd90de7c84dda0189775644c345460af1edff1cd7099a91a1292b48c409f595b266d61843973d137ddfa6c9da34c02486d453eaaaa9277e48db094f5
# sha1 7d2b1f6b31eaab9e531b401a6302ca75341def3c
# sha1 acccfc7c417460cc2419952b6e1dcafbe8834f02043095230fcb5489e2f3a92fa2827c20157409b4d6f23d4bcfe23faced954abba689901ba7eb87dc9fbe6f44dc9a749a8bbd0d9fd42b1034c0ae7a04d39a1aad5f629506a83db7745f4136a80c228ff8
# sha224 bdd7d006ff348fcc29229574249731d748bb99258219ef9e3c2fc9c5
# sha224 e2dd466d4ec713ec05cb43e9f4e9e2a54563edf9f52f82fa2bd38746b8d506831951230387ddfb44f69ce0bd3bfe2b069fffbe743ca2fde62b0f0b5cd68a8dbbe9bfb77d233671840f4965721a63f4793fa613ea9c1e757612e1c53f77a2ba299da875fa
# sha256 d535bc36e89e4bc3c0464a0183a8952e2af29f20ffaf86ff2eaaff9b60270336
# sha256 95db1827bba3384368f91831ddd618b932e4026b478db9cb1db94fe749a1cb80f6824844e824c34171f3a26dafc0635826f1d175c4894c61eb5ce90875a0467595fad6fb7b83d3e7adb59d98cfc90205565be5ad5163643724a06143cda036c515d05b9b
# sha384 baa0b08450b93e47963d465df136e90533c71bb9145461072a9017883879aba25c7a72451273cd42e1a38ff230f70327
# sha384 3ef46431f2c8da2859ddc327ea65d93558b86adcbf56b142c65e5b5268629baaccef1af18fdb7a3297b310ea67afcf51fcd62489e25a188b2c4169a25c2ea0f3618b5e34cb0d3a38dd9e65fda5f8e3b4d1090d23a30bee786a32f7eda65585ef47103fbc
# sha512 60f60c272207f0e836c00e90c4e60b2b860722bb33ffe6253705053217610cbcdc54bd6b485faf6355f06cae3c5d63350357b19cf5cde91f6fce1bfdbed0c294
# sha512 a079e5d89560f76f030ad7362265da74343cf70efed407534085b8dc409a0ff276ad6f572083dabacb59c246462c20643af553913f25780390388dea19ac2d2417113c46f4e4553628402f4ccfd1a33a1f9260c6da9c2dc972d730443ea5a591d8711b2f
# sha3_224 9c7da595c3f079005d028d8b24b85bc5752db9e90028f14c376ffcf5
# sha3_224 15245b5ac5b322c03d379c1b712be19cac439b0c1cf455611cdb30f77cb052a98b0040e4b707e179b8c608902dbf4d12b6dde2044cc10ffd4d49a3621d2aed32a3af9cc05c135d0ca9d5122339d05ea3fa062c44000405da19af4ced64ac83113fa1426a
# sha3_256 6d727d73bd721d1c1014b80141701fbf0527511402af6380b49c5e1424969682
# sha3_256 c6226c2f588a051a471e37398994b6189e041151ec8c91d8f4ed1d272ec902be393450c87be67b035531867ed9e7f2cbcdd4fda29370a7f040cd8cc8168da248a6239fb6d0d7bce89da34088fb2ae822ed8d50abcdd7024d09672e7bd67b10e8472671cc
# sha3_384 bef0ef8d4781af95c8e8b735fbae8f5d945aa9d57b757f9946bf291b888be36942ea59d55d96e91e868fa86319ea78a2
# sha3_384 c6af583067c27d1601a5debe4beaa15a1eaf85b36f113d579feddbd98932f407c4e0dee8bf02549a427646ee3bfe6a5db6e74fe8bbf55b0572343cde0ef20853718ebce399c9df987806f22127b538a443affb7719ac7bae7e5de43a3575e55cfb9f9068
# sha3_512 0199ed2e991dd06c76c18a5e25a491fee836d833bf559714c0394257b4d203f3e35199be88aed5ec2c2a5a91b6613fd730c66ed20a099022c97ace18446aa65c
# sha3_512 f0b6b44b3c8a05267307fe0f47d17680ea2c4d776caae33a79c8d1fa49c8864a16d118cf58fc912765730c4328f8aa9ec94dd10398c1c8c6b2a9b9890fb965a553709efa6578023f9f1bcc3fb03949241e4abeee85c7a112914d739c798c3f079fa73ae0
# sha512_224 6494a3ecf024ed0231abbb41abefba124894279261d1f9165c6e7bc1
# sha512_224 893347b61bce94278e2dba03215e3569405c26327bc3212f34b0bb436284d7de6fb9f54625a91c5e8ac7907a58babcfc9b3fe6d414858a3aaf6ca032d00553822ca00a46d8d9ad067260d30162010f7d218ab36b287fe906117a7d12735477c3c6047a7c
# sha512_256 94597c108996a913392071cfb93f81300a4ef35ac42d6a1ede647792b189b1aa
# sha512_256 4c1ab31aee31f1c978007bbe30b0e62b66535e91a8816e8fb2445d5c09ad53f4a2f35226a51f2345c494e9102920f50767415f2461c78da4080f70330f1d8c011a044558079a2158711962e0e4fe67cc66a867f75193ccf8f42e6fbcc0414af84a3bee1b
# SHA256 d535bc36e89e4bc3c0464a0183a8952e2af29f20ffaf86ff2eaaff9b60270336
# SHA256 95db1827bba3384368f91831ddd618b932e4026b478db9cb1db94fe749a1cb80f6824844e824c34171f3a26dafc0635826f1d175c4894c61eb5ce90875a0467595fad6fb7b83d3e7adb59d98cfc90205565be5ad5163643724a06143cda036c515d05b9b
# 372cc9
# 372cc9815244c4a2b75955b1358cde090d9c122d1a7de302a904e04d35ba6b06
# ValueError: iteration value must be greater than 0.
# ValueError: iteration value must be greater than 0.
# ValueError: key length must be greater than 0.
# TypeError: a bytes-like object is required, not 'str'
# TypeError: a bytes-like object is required, not 'str'
# OverflowError: iteration value is too great.
# OverflowError: key length is too great.
# UnsupportedDigestmodError: [digital envelope routines] unsupported
# TypeError: pbkdf2_hmac() missing required argument 'iterations' (pos 4)
# UnsupportedDigestmodError _hashlib True
