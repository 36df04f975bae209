# sys.float_info, sys.int_info and sys.hash_info (struct sequences: tuples
# whose items are attributes too), and hash() of an object whose __hash__
# returns a big or negative int (kept as it is when it fits, -1 made -2).
import sys
print(sys.float_info)
print(sys.int_info)
print(sys.version_info[:2], sys.version_info >= (3, 8), sys.version_info.major)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, len(sys.float_info), sys.float_info[0], list(sys.int_info))
h = sys.hash_info
print(h.width, h.modulus, h.inf, h.nan, h.imag, len(h), h[:5])
print(hash(sys.float_info) == hash(tuple(sys.float_info)), sys.float_info == tuple(sys.float_info))
print(type(sys.float_info).__name__, type(sys.int_info).__name__)
class A:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
for h in [2**62, -1, -2, 2**61 - 1, 2**61, -2**63, 2**63, 2**64 + 5, -(2**70), True, 0]:
    print(h, hash(A(h)))

# Output:
# sys.float_info(max=1.7976931348623157e+308, max_exp=1024, max_10_exp=308, min=2.2250738585072014e-308, min_exp=-1021, min_10_exp=-307, dig=15, mant_dig=53, epsilon=2.220446049250313e-16, radix=2, rounds=1)
# sys.int_info(bits_per_digit=30, sizeof_digit=4, default_max_str_digits=4300, str_digits_check_threshold=640)
# (3, 11) True 3
# 1.7976931348623157e+308 2.220446049250313e-16 15 11 1.7976931348623157e+308 [30, 4, 4300, 640]
# 64 2305843009213693951 314159 0 1000003 9 (64, 2305843009213693951, 314159, 0, 1000003)
# True True
# float_info int_info
# 4611686018427387904 4611686018427387904
# -1 -2
# -2 -2
# 2305843009213693951 2305843009213693951
# 2305843009213693952 2305843009213693952
# -9223372036854775808 -9223372036854775808
# 9223372036854775808 4
# 18446744073709551621 13
# -1180591620717411303424 -512
# True 1
# 0 0
