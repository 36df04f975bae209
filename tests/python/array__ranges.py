# array.array item conversion for every type code: values at and beyond
# each type's range, big ints, floats, str, None and bools, with
# CPython's errors (each type code goes through its own C conversion and
# its own wording).
from array import array

VALUES = [0, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32769, 65535, 65536,
          2**31 - 1, 2**31, -2**31 - 1, 2**32 - 1, 2**32, 2**40, 2**63 - 1, 2**63,
          -2**63 - 1, 2**64 - 1, 2**64, 2**70, -2**70, 1.5, 'a', 'ab', '', None, True]


class Index:
    def __index__(self):
        return 7


class Real:
    def __float__(self):
        return 2.5


for tc in 'bBuhHiIlLqQfd':
    out = []
    for v in VALUES + [Index(), Real()]:
        try:
            out.append(repr(array(tc, [v]).tolist()[0]))
        except (OverflowError, TypeError) as e:
            out.append('%s: %s' % (type(e).__name__, e))
    print(tc, array(tc).itemsize)
    for line in out:
        print('  ', line)

# Output:
# b 1
#    0
#    -1
#    127
#    OverflowError: signed char is greater than maximum
#    -128
#    OverflowError: signed char is less than minimum
#    OverflowError: signed char is greater than maximum
#    OverflowError: signed char is greater than maximum
#    OverflowError: signed char is greater than maximum
#    OverflowError: signed short integer is greater than maximum
#    OverflowError: signed short integer is less than minimum
#    OverflowError: signed short integer is greater than maximum
#    OverflowError: signed short integer is greater than maximum
#    OverflowError: signed short integer is greater than maximum
#    OverflowError: signed short integer is greater than maximum
#    OverflowError: signed short integer is less than minimum
#    OverflowError: signed short integer is greater than maximum
#    OverflowError: signed short integer is greater than maximum
#    OverflowError: signed short integer is greater than maximum
#    OverflowError: signed short integer is greater than maximum
#    OverflowError: Python int too large to convert to C long
#    OverflowError: Python int too large to convert to C long
#    OverflowError: Python int too large to convert to C long
#    OverflowError: Python int too large to convert to C long
#    OverflowError: Python int too large to convert to C long
#    OverflowError: Python int too large to convert to C long
#    TypeError: 'float' object cannot be interpreted as an integer
#    TypeError: 'str' object cannot be interpreted as an integer
#    TypeError: 'str' object cannot be interpreted as an integer
#    TypeError: 'str' object cannot be interpreted as an integer
#    TypeError: 'NoneType' object cannot be interpreted as an integer
#    1
#    7
#    TypeError: 'Real' object cannot be interpreted as an integer
# B 1
#    0
#    OverflowError: unsigned byte integer is less than minimum
#    127
#    128
#    OverflowError: unsigned byte integer is less than minimum
#    OverflowError: unsigned byte integer is less than minimum
#    255
#    OverflowError: unsigned byte integer is greater than maximum
#    OverflowError: unsigned byte integer is greater than maximum
#    OverflowError: unsigned byte integer is greater than maximum
#    OverflowError: unsigned byte integer is less than minimum
#    OverflowError: unsigned byte integer is greater than maximum
#    OverflowError: unsigned byte integer is greater than maximum
#    OverflowError: unsigned byte integer is greater than maximum
#    OverflowError: unsigned byte integer is greater than maximum
#    OverflowError: unsigned byte integer is less than minimum
#    OverflowError: unsigned byte integer is greater than maximum
#    OverflowError: unsigned byte integer is greater than maximum
#    OverflowError: unsigned byte integer is greater than maximum
#    OverflowError: unsigned byte integer is greater than maximum
#    OverflowError: Python int too large to convert to C long
#    OverflowError: Python int too large to convert to C long
#    OverflowError: Python int too large to convert to C long
#    OverflowError: Python int too large to convert to C long
#    OverflowError: Python int too large to convert to C long
#    OverflowError: Python int too large to convert to C long
#    TypeError: 'float' object cannot be interpreted as an integer
#    TypeError: 'str' object cannot be interpreted as an integer
#    TypeError: 'str' object cannot be interpreted as an integer
#    TypeError: 'str' object cannot be interpreted as an integer
#    TypeError: 'NoneType' object cannot be interpreted as an integer
#    1
#    7
#    TypeError: 'Real' object cannot be interpreted as an integer
# u 4
#    TypeError: array item must be unicode character
#    TypeError: array item must be unicode character
#    TypeError: array item must be unicode character
#    TypeError: array item must be unicode character
#    TypeError: array item must be unicode character
#    TypeError: array item must be unicode character
#    TypeError: array item must be unicode character
#    TypeError: array item must be unicode character
#    TypeError: array item must be unicode character
#    TypeError: array item must be unicode character
#    TypeError: array item must be unicode character
#    TypeError: array item must be unicode character
#    TypeError: array item must be unicode character
#    TypeError: array item must be unicode character
#    TypeError: array item must be unicode character
#    TypeError: array item must be unicode character
#    TypeError: array item must be unicode character
#    TypeError: array item must be unicode character
#    TypeError: array item must be unicode character
#    TypeError: array item must be unicode character
#    TypeError: array item must be unicode character
#    TypeError: array item must be unicode character
#    TypeError: array item must be unicode character
#    TypeError: array item must be unicode character
#    TypeError: array item must be unicode character
#    TypeError: array item must be unicode character
#    TypeError: array item must be unicode character
#    'a'
#    TypeError: array item must be unicode character
#    TypeError: array item must be unicode character
#    TypeError: array item must be unicode character
#    TypeError: array item must be unicode character
#    TypeError: array item must be unicode character
#    TypeError: array item must be unicode character
# h 2
#    0
#    -1
#    127
#    128
#    -128
#    -129
#    255
#    256
#    32767
#    OverflowError: signed short integer is greater than maximum
#    OverflowError: signed short integer is less than minimum
#    OverflowError: signed short integer is greater than maximum
#    OverflowError: signed short integer is greater than maximum
#    OverflowError: signed short integer is greater than maximum
#    OverflowError: signed short integer is greater than maximum
#    OverflowError: signed short integer is less than minimum
#    OverflowError: signed short integer is greater than maximum
#    OverflowError: signed short integer is greater than maximum
#    OverflowError: signed short integer is greater than maximum
#    OverflowError: signed short integer is greater than maximum
#    OverflowError: Python int too large to convert to C long
#    OverflowError: Python int too large to convert to C long
#    OverflowError: Python int too large to convert to C long
#    OverflowError: Python int too large to convert to C long
#    OverflowError: Python int too large to convert to C long
#    OverflowError: Python int too large to convert to C long
#    TypeError: 'float' object cannot be interpreted as an integer
#    TypeError: 'str' object cannot be interpreted as an integer
#    TypeError: 'str' object cannot be interpreted as an integer
#    TypeError: 'str' object cannot be interpreted as an integer
#    TypeError: 'NoneType' object cannot be interpreted as an integer
#    1
#    7
#    TypeError: 'Real' object cannot be interpreted as an integer
# H 2
#    0
#    OverflowError: unsigned short is less than minimum
#    127
#    128
#    OverflowError: unsigned short is less than minimum
#    OverflowError: unsigned short is less than minimum
#    255
#    256
#    32767
#    32768
#    OverflowError: unsigned short is less than minimum
#    65535
#    OverflowError: unsigned short is greater than maximum
#    OverflowError: unsigned short is greater than maximum
#    OverflowError: signed integer is greater than maximum
#    OverflowError: signed integer is less than minimum
#    OverflowError: signed integer is greater than maximum
#    OverflowError: signed integer is greater than maximum
#    OverflowError: signed integer is greater than maximum
#    OverflowError: signed integer is greater than maximum
#    OverflowError: Python int too large to convert to C long
#    OverflowError: Python int too large to convert to C long
#    OverflowError: Python int too large to convert to C long
#    OverflowError: Python int too large to convert to C long
#    OverflowError: Python int too large to convert to C long
#    OverflowError: Python int too large to convert to C long
#    TypeError: 'float' object cannot be interpreted as an integer
#    TypeError: 'str' object cannot be interpreted as an integer
#    TypeError: 'str' object cannot be interpreted as an integer
#    TypeError: 'str' object cannot be interpreted as an integer
#    TypeError: 'NoneType' object cannot be interpreted as an integer
#    1
#    7
#    TypeError: 'Real' object cannot be interpreted as an integer
# i 4
#    0
#    -1
#    127
#    128
#    -128
#    -129
#    255
#    256
#    32767
#    32768
#    -32769
#    65535
#    65536
#    2147483647
#    OverflowError: signed integer is greater than maximum
#    OverflowError: signed integer is less than minimum
#    OverflowError: signed integer is greater than maximum
#    OverflowError: signed integer is greater than maximum
#    OverflowError: signed integer is greater than maximum
#    OverflowError: signed integer is greater than maximum
#    OverflowError: Python int too large to convert to C long
#    OverflowError: Python int too large to convert to C long
#    OverflowError: Python int too large to convert to C long
#    OverflowError: Python int too large to convert to C long
#    OverflowError: Python int too large to convert to C long
#    OverflowError: Python int too large to convert to C long
#    TypeError: 'float' object cannot be interpreted as an integer
#    TypeError: 'str' object cannot be interpreted as an integer
#    TypeError: 'str' object cannot be interpreted as an integer
#    TypeError: 'str' object cannot be interpreted as an integer
#    TypeError: 'NoneType' object cannot be interpreted as an integer
#    1
#    7
#    TypeError: 'Real' object cannot be interpreted as an integer
# I 4
#    0
#    OverflowError: can't convert negative value to unsigned int
#    127
#    128
#    OverflowError: can't convert negative value to unsigned int
#    OverflowError: can't convert negative value to unsigned int
#    255
#    256
#    32767
#    32768
#    OverflowError: can't convert negative value to unsigned int
#    65535
#    65536
#    2147483647
#    2147483648
#    OverflowError: can't convert negative value to unsigned int
#    4294967295
#    OverflowError: unsigned int is greater than maximum
#    OverflowError: unsigned int is greater than maximum
#    OverflowError: unsigned int is greater than maximum
#    OverflowError: unsigned int is greater than maximum
#    OverflowError: can't convert negative value to unsigned int
#    OverflowError: unsigned int is greater than maximum
#    OverflowError: Python int too large to convert to C unsigned long
#    OverflowError: Python int too large to convert to C unsigned long
#    OverflowError: can't convert negative value to unsigned int
#    TypeError: 'float' object cannot be interpreted as an integer
#    TypeError: 'str' object cannot be interpreted as an integer
#    TypeError: 'str' object cannot be interpreted as an integer
#    TypeError: 'str' object cannot be interpreted as an integer
#    TypeError: 'NoneType' object cannot be interpreted as an integer
#    1
#    7
#    TypeError: 'Real' object cannot be interpreted as an integer
# l 8
#    0
#    -1
#    127
#    128
#    -128
#    -129
#    255
#    256
#    32767
#    32768
#    -32769
#    65535
#    65536
#    2147483647
#    2147483648
#    -2147483649
#    4294967295
#    4294967296
#    1099511627776
#    9223372036854775807
#    OverflowError: Python int too large to convert to C long
#    OverflowError: Python int too large to convert to C long
#    OverflowError: Python int too large to convert to C long
#    OverflowError: Python int too large to convert to C long
#    OverflowError: Python int too large to convert to C long
#    OverflowError: Python int too large to convert to C long
#    TypeError: 'float' object cannot be interpreted as an integer
#    TypeError: 'str' object cannot be interpreted as an integer
#    TypeError: 'str' object cannot be interpreted as an integer
#    TypeError: 'str' object cannot be interpreted as an integer
#    TypeError: 'NoneType' object cannot be interpreted as an integer
#    1
#    7
#    TypeError: 'Real' object cannot be interpreted as an integer
# L 8
#    0
#    OverflowError: can't convert negative value to unsigned int
#    127
#    128
#    OverflowError: can't convert negative value to unsigned int
#    OverflowError: can't convert negative value to unsigned int
#    255
#    256
#    32767
#    32768
#    OverflowError: can't convert negative value to unsigned int
#    65535
#    65536
#    2147483647
#    2147483648
#    OverflowError: can't convert negative value to unsigned int
#    4294967295
#    4294967296
#    1099511627776
#    9223372036854775807
#    9223372036854775808
#    OverflowError: can't convert negative value to unsigned int
#    18446744073709551615
#    OverflowError: Python int too large to convert to C unsigned long
#    OverflowError: Python int too large to convert to C unsigned long
#    OverflowError: can't convert negative value to unsigned int
#    TypeError: 'float' object cannot be interpreted as an integer
#    TypeError: 'str' object cannot be interpreted as an integer
#    TypeError: 'str' object cannot be interpreted as an integer
#    TypeError: 'str' object cannot be interpreted as an integer
#    TypeError: 'NoneType' object cannot be interpreted as an integer
#    1
#    7
#    TypeError: 'Real' object cannot be interpreted as an integer
# q 8
#    0
#    -1
#    127
#    128
#    -128
#    -129
#    255
#    256
#    32767
#    32768
#    -32769
#    65535
#    65536
#    2147483647
#    2147483648
#    -2147483649
#    4294967295
#    4294967296
#    1099511627776
#    9223372036854775807
#    OverflowError: int too big to convert
#    OverflowError: int too big to convert
#    OverflowError: int too big to convert
#    OverflowError: int too big to convert
#    OverflowError: int too big to convert
#    OverflowError: int too big to convert
#    TypeError: 'float' object cannot be interpreted as an integer
#    TypeError: 'str' object cannot be interpreted as an integer
#    TypeError: 'str' object cannot be interpreted as an integer
#    TypeError: 'str' object cannot be interpreted as an integer
#    TypeError: 'NoneType' object cannot be interpreted as an integer
#    1
#    7
#    TypeError: 'Real' object cannot be interpreted as an integer
# Q 8
#    0
#    OverflowError: can't convert negative int to unsigned
#    127
#    128
#    OverflowError: can't convert negative int to unsigned
#    OverflowError: can't convert negative int to unsigned
#    255
#    256
#    32767
#    32768
#    OverflowError: can't convert negative int to unsigned
#    65535
#    65536
#    2147483647
#    2147483648
#    OverflowError: can't convert negative int to unsigned
#    4294967295
#    4294967296
#    1099511627776
#    9223372036854775807
#    9223372036854775808
#    OverflowError: can't convert negative int to unsigned
#    18446744073709551615
#    OverflowError: int too big to convert
#    OverflowError: int too big to convert
#    OverflowError: can't convert negative int to unsigned
#    TypeError: 'float' object cannot be interpreted as an integer
#    TypeError: 'str' object cannot be interpreted as an integer
#    TypeError: 'str' object cannot be interpreted as an integer
#    TypeError: 'str' object cannot be interpreted as an integer
#    TypeError: 'NoneType' object cannot be interpreted as an integer
#    1
#    7
#    TypeError: 'Real' object cannot be interpreted as an integer
# f 4
#    0.0
#    -1.0
#    127.0
#    128.0
#    -128.0
#    -129.0
#    255.0
#    256.0
#    32767.0
#    32768.0
#    -32769.0
#    65535.0
#    65536.0
#    2147483648.0
#    2147483648.0
#    -2147483648.0
#    4294967296.0
#    4294967296.0
#    1099511627776.0
#    9.223372036854776e+18
#    9.223372036854776e+18
#    -9.223372036854776e+18
#    1.8446744073709552e+19
#    1.8446744073709552e+19
#    1.1805916207174113e+21
#    -1.1805916207174113e+21
#    1.5
#    TypeError: must be real number, not str
#    TypeError: must be real number, not str
#    TypeError: must be real number, not str
#    TypeError: must be real number, not NoneType
#    1.0
#    7.0
#    2.5
# d 8
#    0.0
#    -1.0
#    127.0
#    128.0
#    -128.0
#    -129.0
#    255.0
#    256.0
#    32767.0
#    32768.0
#    -32769.0
#    65535.0
#    65536.0
#    2147483647.0
#    2147483648.0
#    -2147483649.0
#    4294967295.0
#    4294967296.0
#    1099511627776.0
#    9.223372036854776e+18
#    9.223372036854776e+18
#    -9.223372036854776e+18
#    1.8446744073709552e+19
#    1.8446744073709552e+19
#    1.1805916207174113e+21
#    -1.1805916207174113e+21
#    1.5
#    TypeError: must be real number, not str
#    TypeError: must be real number, not str
#    TypeError: must be real number, not str
#    TypeError: must be real number, not NoneType
#    1.0
#    7.0
#    2.5
