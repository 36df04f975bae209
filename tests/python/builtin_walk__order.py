# <, <=, >, >= between every pair of the walk's values (_walk_values.py):
# one row per left operand, one character per right operand: the hex digit
# of the four results (bit 3 <, 2 <=, 1 >, 0 >=), 'E' when all four raise
# TypeError, '?' when some do. The TypeError message of '<' is printed once
# for each new message, in the order first met, and those of the other
# three operators once for the first pair of types that has them.
from _walk_values import VALUES, label

seen = set()
others_shown = [False]
ops = [lambda a, b: a < b, lambda a, b: a <= b, lambda a, b: a > b, lambda a, b: a >= b]
for a in VALUES:
    row = []
    for b in VALUES:
        bits = 0
        errors = []
        for i, op in enumerate(ops):
            try:
                if op(a, b):
                    bits |= 8 >> i
            except TypeError as ex:
                errors.append(str(ex))
        if not errors:
            row.append('%x' % bits)
        else:
            row.append('E' if len(errors) == 4 else '?')
            if errors[0] not in seen:
                seen.add(errors[0])
                print('  TypeError:', errors[0])
            if len(errors) == 4 and not others_shown[0]:
                others_shown[0] = True
                print('  TypeError:', ' | '.join(errors[1:]))
    print(''.join(row), label(a))

# Output:
#   TypeError: '<' not supported between instances of 'int' and 'complex'
#   TypeError: '<=' not supported between instances of 'int' and 'complex' | '>' not supported between instances of 'int' and 'complex' | '>=' not supported between instances of 'int' and 'complex'
#   TypeError: '<' not supported between instances of 'int' and 'str'
#   TypeError: '<' not supported between instances of 'int' and 'bytes'
#   TypeError: '<' not supported between instances of 'int' and 'bytearray'
#   TypeError: '<' not supported between instances of 'int' and 'tuple'
#   TypeError: '<' not supported between instances of 'int' and 'list'
#   TypeError: '<' not supported between instances of 'int' and 'dict'
#   TypeError: '<' not supported between instances of 'int' and 'set'
#   TypeError: '<' not supported between instances of 'int' and 'frozenset'
#   TypeError: '<' not supported between instances of 'int' and 'range'
#   TypeError: '<' not supported between instances of 'int' and 'slice'
#   TypeError: '<' not supported between instances of 'int' and 'NoneType'
#   TypeError: '<' not supported between instances of 'int' and 'ellipsis'
#   TypeError: '<' not supported between instances of 'int' and 'NotImplementedType'
#   TypeError: '<' not supported between instances of 'int' and 'type'
#   TypeError: '<' not supported between instances of 'int' and 'builtin_function_or_method'
#   TypeError: '<' not supported between instances of 'int' and 'function'
#   TypeError: '<' not supported between instances of 'int' and 'K'
#   TypeError: '<' not supported between instances of 'int' and 'memoryview'
# 5c3c3cccc3ccc3cc3cc555c3ccc3cccccccccc3cccEEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE 0
# 353c3cccc3ccc3cc3c5333c33353ccccccccc33333EEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE 1
# cc5c3cccc3ccc3cc3cccccc3ccc5ccccccccccccccEEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE -1
# 33353cccc3ccc3cc3c3333c3333335ccccccc33333EEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE 7
# cccc5cccc3ccc3cc3cccccc3ccccccccccccccccccEEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE -2
# 333335ccc3ccc3cc3c3333c3333333ccccccc33333EEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE 2147483648
# 3333335cc3ccc3cc3c3333c33333333cccc3c33333EEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE 2305843009213693950
# 33333335c3ccc3cc3c3333c33333333cccc3c33333EEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE 2305843009213693951
# 3333333353ccc3cc3c3333c33333333ccc53c33333EEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE 2305843009213693952
# ccccccccc5ccc3cc3cccccc3ccccccccccccccccccEEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE -2305843009213693951
# 33333333335cc3cc3c3333c33333333ccc33c33333EEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE 4611686018427387904
# 333333333335c3cc3c3333c33333333ccc33c33333EEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE 9223372036854775807
# 33333333333353cc3c3333c33333333c5c33c33333EEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE 9223372036854775808
# ccccccccccccc5cc3cccccc3ccccccccccccccccccEEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE -9223372036854775808
# 333333333333335c3c3333c33333333c3533c33333EEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE 18446744073709551616
# 33333333333333353c3333c3333333333333c33333EEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE 1000000000000000000000000000000
# cccccccccccccccc5cccccc3ccccccccccccccccccEEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE -1000000000000000000000000000000
# 3333333333333333353333c3333333333333c33333EEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE 1606938044258990275541962092341162602522202993782792835301377
#   TypeError: '<' not supported between instances of 'bool' and 'complex'
#   TypeError: '<' not supported between instances of 'bool' and 'str'
#   TypeError: '<' not supported between instances of 'bool' and 'bytes'
#   TypeError: '<' not supported between instances of 'bool' and 'bytearray'
#   TypeError: '<' not supported between instances of 'bool' and 'tuple'
#   TypeError: '<' not supported between instances of 'bool' and 'list'
#   TypeError: '<' not supported between instances of 'bool' and 'dict'
#   TypeError: '<' not supported between instances of 'bool' and 'set'
#   TypeError: '<' not supported between instances of 'bool' and 'frozenset'
#   TypeError: '<' not supported between instances of 'bool' and 'range'
#   TypeError: '<' not supported between instances of 'bool' and 'slice'
#   TypeError: '<' not supported between instances of 'bool' and 'NoneType'
#   TypeError: '<' not supported between instances of 'bool' and 'ellipsis'
#   TypeError: '<' not supported between instances of 'bool' and 'NotImplementedType'
#   TypeError: '<' not supported between instances of 'bool' and 'type'
#   TypeError: '<' not supported between instances of 'bool' and 'builtin_function_or_method'
#   TypeError: '<' not supported between instances of 'bool' and 'function'
#   TypeError: '<' not supported between instances of 'bool' and 'K'
#   TypeError: '<' not supported between instances of 'bool' and 'memoryview'
# 353c3cccc3ccc3cc3c5333c33353ccccccccc33333EEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE True
# 5c3c3cccc3ccc3cc3cc555c3ccc3cccccccccc3cccEEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE False
#   TypeError: '<' not supported between instances of 'float' and 'complex'
#   TypeError: '<' not supported between instances of 'float' and 'str'
#   TypeError: '<' not supported between instances of 'float' and 'bytes'
#   TypeError: '<' not supported between instances of 'float' and 'bytearray'
#   TypeError: '<' not supported between instances of 'float' and 'tuple'
#   TypeError: '<' not supported between instances of 'float' and 'list'
#   TypeError: '<' not supported between instances of 'float' and 'dict'
#   TypeError: '<' not supported between instances of 'float' and 'set'
#   TypeError: '<' not supported between instances of 'float' and 'frozenset'
#   TypeError: '<' not supported between instances of 'float' and 'range'
#   TypeError: '<' not supported between instances of 'float' and 'slice'
#   TypeError: '<' not supported between instances of 'float' and 'NoneType'
#   TypeError: '<' not supported between instances of 'float' and 'ellipsis'
#   TypeError: '<' not supported between instances of 'float' and 'NotImplementedType'
#   TypeError: '<' not supported between instances of 'float' and 'type'
#   TypeError: '<' not supported between instances of 'float' and 'builtin_function_or_method'
#   TypeError: '<' not supported between instances of 'float' and 'function'
#   TypeError: '<' not supported between instances of 'float' and 'K'
#   TypeError: '<' not supported between instances of 'float' and 'memoryview'
# 5c3c3cccc3ccc3cc3cc555c3ccc3cccccccccc3cccEEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE 0.0
# 5c3c3cccc3ccc3cc3cc555c3ccc3cccccccccc3cccEEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE -0.0
# 333333333333333333333353333333333333333333EEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE inf
# ccccccccccccccccccccccc5ccccccccccccccccccEEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE -inf
# 3c3c3cccc3ccc3cc3cc333c353c3ccccccccc33333EEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE 0.5
# 3c3c3cccc3ccc3cc3cc333c3c5c3ccccccccc33333EEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE 0.1
# 353c3cccc3ccc3cc3c5333c33353ccccccccc33333EEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE 1.0
# cc5c3cccc3ccc3cc3cccccc3ccc5ccccccccccccccEEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE -1.0
# 333c3cccc3ccc3cc3c3333c333335cccccccc33333EEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE 1.5
# 33353cccc3ccc3cc3c3333c3333335ccccccc33333EEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE 7.0
# 333333ccc3ccc3cc3c3333c33333335cccc3c33333EEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE 1e+16
# 333333333333333c3c3333c3333333353333c33333EEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE 1e+22
# 33333333333353cc3c3333c33333333c5c33c33333EEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE 9.223372036854776e+18
# 333333333333335c3c3333c33333333c3533c33333EEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE 1.8446744073709552e+19
# 3333333353ccc3cc3c3333c33333333ccc53c33333EEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE 2.305843009213694e+18
# 333333ccc3ccc3cc3c3333c3333333ccccc5c33333EEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE 9007199254740992.0
# 3333333333333333333333c3333333333333533333EEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE 1e+308
# 3c3c3cccc3ccc3cc3cc333c3ccc3ccccccccc53cccEEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE 5e-324
# cc3c3cccc3ccc3cc3cccccc3ccc3cccccccccc5cccEEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE -5e-324
# 3c3c3cccc3ccc3cc3cc333c3ccc3ccccccccc33533EEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE 2.2250738585072014e-308
# 3c3c3cccc3ccc3cc3cc333c3ccc3ccccccccc33c53EEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE 2.225073858507201e-308
# 3c3c3cccc3ccc3cc3cc333c3ccc3ccccccccc33cc5EEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE 1e-320
#   TypeError: '<' not supported between instances of 'complex' and 'int'
#   TypeError: '<' not supported between instances of 'complex' and 'bool'
#   TypeError: '<' not supported between instances of 'complex' and 'float'
#   TypeError: '<' not supported between instances of 'complex' and 'complex'
#   TypeError: '<' not supported between instances of 'complex' and 'str'
#   TypeError: '<' not supported between instances of 'complex' and 'bytes'
#   TypeError: '<' not supported between instances of 'complex' and 'bytearray'
#   TypeError: '<' not supported between instances of 'complex' and 'tuple'
#   TypeError: '<' not supported between instances of 'complex' and 'list'
#   TypeError: '<' not supported between instances of 'complex' and 'dict'
#   TypeError: '<' not supported between instances of 'complex' and 'set'
#   TypeError: '<' not supported between instances of 'complex' and 'frozenset'
#   TypeError: '<' not supported between instances of 'complex' and 'range'
#   TypeError: '<' not supported between instances of 'complex' and 'slice'
#   TypeError: '<' not supported between instances of 'complex' and 'NoneType'
#   TypeError: '<' not supported between instances of 'complex' and 'ellipsis'
#   TypeError: '<' not supported between instances of 'complex' and 'NotImplementedType'
#   TypeError: '<' not supported between instances of 'complex' and 'type'
#   TypeError: '<' not supported between instances of 'complex' and 'builtin_function_or_method'
#   TypeError: '<' not supported between instances of 'complex' and 'function'
#   TypeError: '<' not supported between instances of 'complex' and 'K'
#   TypeError: '<' not supported between instances of 'complex' and 'memoryview'
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE 0j
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE (-0+0j)
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE -0j
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE (-0-0j)
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE (1+0j)
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE 1j
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE (-0-1j)
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE (1.5+2.5j)
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE (inf+0j)
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE infj
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE (-inf-infj)
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE (inf+1j)
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE (7+0j)
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE (2.305843009213694e+18+1j)
# 000000000000000000000000000000000000000000EEEEEEEEEEEEEE0EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE nan
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE (nan+0j)
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE nanj
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE (inf+nanj)
#   TypeError: '<' not supported between instances of 'str' and 'int'
#   TypeError: '<' not supported between instances of 'str' and 'bool'
#   TypeError: '<' not supported between instances of 'str' and 'float'
#   TypeError: '<' not supported between instances of 'str' and 'complex'
#   TypeError: '<' not supported between instances of 'str' and 'bytes'
#   TypeError: '<' not supported between instances of 'str' and 'bytearray'
#   TypeError: '<' not supported between instances of 'str' and 'tuple'
#   TypeError: '<' not supported between instances of 'str' and 'list'
#   TypeError: '<' not supported between instances of 'str' and 'dict'
#   TypeError: '<' not supported between instances of 'str' and 'set'
#   TypeError: '<' not supported between instances of 'str' and 'frozenset'
#   TypeError: '<' not supported between instances of 'str' and 'range'
#   TypeError: '<' not supported between instances of 'str' and 'slice'
#   TypeError: '<' not supported between instances of 'str' and 'NoneType'
#   TypeError: '<' not supported between instances of 'str' and 'ellipsis'
#   TypeError: '<' not supported between instances of 'str' and 'NotImplementedType'
#   TypeError: '<' not supported between instances of 'str' and 'type'
#   TypeError: '<' not supported between instances of 'str' and 'builtin_function_or_method'
#   TypeError: '<' not supported between instances of 'str' and 'function'
#   TypeError: '<' not supported between instances of 'str' and 'K'
#   TypeError: '<' not supported between instances of 'str' and 'memoryview'
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE5ccccccccEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE ''
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE35c3cccc3EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE 'a'
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE3353cccc3EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE 'abc'
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE3cc5cccccEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE '1'
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE33335ccc3EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE "it's"
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE333335cc3EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE 'say "hi"'
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE3333335c3EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE 'é\n\x00\t'
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE333333353EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE '€😀'
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE3cc3cccc5EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE '\\'
#   TypeError: '<' not supported between instances of 'bytes' and 'int'
#   TypeError: '<' not supported between instances of 'bytes' and 'bool'
#   TypeError: '<' not supported between instances of 'bytes' and 'float'
#   TypeError: '<' not supported between instances of 'bytes' and 'complex'
#   TypeError: '<' not supported between instances of 'bytes' and 'str'
#   TypeError: '<' not supported between instances of 'bytes' and 'tuple'
#   TypeError: '<' not supported between instances of 'bytes' and 'list'
#   TypeError: '<' not supported between instances of 'bytes' and 'dict'
#   TypeError: '<' not supported between instances of 'bytes' and 'set'
#   TypeError: '<' not supported between instances of 'bytes' and 'frozenset'
#   TypeError: '<' not supported between instances of 'bytes' and 'range'
#   TypeError: '<' not supported between instances of 'bytes' and 'slice'
#   TypeError: '<' not supported between instances of 'bytes' and 'NoneType'
#   TypeError: '<' not supported between instances of 'bytes' and 'ellipsis'
#   TypeError: '<' not supported between instances of 'bytes' and 'NotImplementedType'
#   TypeError: '<' not supported between instances of 'bytes' and 'type'
#   TypeError: '<' not supported between instances of 'bytes' and 'builtin_function_or_method'
#   TypeError: '<' not supported between instances of 'bytes' and 'function'
#   TypeError: '<' not supported between instances of 'bytes' and 'K'
#   TypeError: '<' not supported between instances of 'bytes' and 'memoryview'
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE5cccc5ccEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE b''
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE353c335cEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE b'a'
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE3c5cc3ccEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE b'\x00\xff'
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE3335333cEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE b"it's"
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE3c3c53ccEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE b'\\"'
#   TypeError: '<' not supported between instances of 'bytearray' and 'int'
#   TypeError: '<' not supported between instances of 'bytearray' and 'bool'
#   TypeError: '<' not supported between instances of 'bytearray' and 'float'
#   TypeError: '<' not supported between instances of 'bytearray' and 'complex'
#   TypeError: '<' not supported between instances of 'bytearray' and 'str'
#   TypeError: '<' not supported between instances of 'bytearray' and 'tuple'
#   TypeError: '<' not supported between instances of 'bytearray' and 'list'
#   TypeError: '<' not supported between instances of 'bytearray' and 'dict'
#   TypeError: '<' not supported between instances of 'bytearray' and 'set'
#   TypeError: '<' not supported between instances of 'bytearray' and 'frozenset'
#   TypeError: '<' not supported between instances of 'bytearray' and 'range'
#   TypeError: '<' not supported between instances of 'bytearray' and 'slice'
#   TypeError: '<' not supported between instances of 'bytearray' and 'NoneType'
#   TypeError: '<' not supported between instances of 'bytearray' and 'ellipsis'
#   TypeError: '<' not supported between instances of 'bytearray' and 'NotImplementedType'
#   TypeError: '<' not supported between instances of 'bytearray' and 'type'
#   TypeError: '<' not supported between instances of 'bytearray' and 'builtin_function_or_method'
#   TypeError: '<' not supported between instances of 'bytearray' and 'function'
#   TypeError: '<' not supported between instances of 'bytearray' and 'K'
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE5cccc5ccEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEc5 bytearray(b'')
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE353c335cEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEc3 bytearray(b'a')
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE33333335EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE33 bytearray(b'q\'"')
#   TypeError: '<' not supported between instances of 'tuple' and 'int'
#   TypeError: '<' not supported between instances of 'tuple' and 'bool'
#   TypeError: '<' not supported between instances of 'tuple' and 'float'
#   TypeError: '<' not supported between instances of 'tuple' and 'complex'
#   TypeError: '<' not supported between instances of 'tuple' and 'str'
#   TypeError: '<' not supported between instances of 'tuple' and 'bytes'
#   TypeError: '<' not supported between instances of 'tuple' and 'bytearray'
#   TypeError: '<' not supported between instances of 'tuple' and 'list'
#   TypeError: '<' not supported between instances of 'tuple' and 'dict'
#   TypeError: '<' not supported between instances of 'tuple' and 'set'
#   TypeError: '<' not supported between instances of 'tuple' and 'frozenset'
#   TypeError: '<' not supported between instances of 'tuple' and 'range'
#   TypeError: '<' not supported between instances of 'tuple' and 'slice'
#   TypeError: '<' not supported between instances of 'tuple' and 'NoneType'
#   TypeError: '<' not supported between instances of 'tuple' and 'ellipsis'
#   TypeError: '<' not supported between instances of 'tuple' and 'NotImplementedType'
#   TypeError: '<' not supported between instances of 'tuple' and 'type'
#   TypeError: '<' not supported between instances of 'tuple' and 'builtin_function_or_method'
#   TypeError: '<' not supported between instances of 'tuple' and 'function'
#   TypeError: '<' not supported between instances of 'tuple' and 'K'
#   TypeError: '<' not supported between instances of 'tuple' and 'memoryview'
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE5ccccccEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE ()
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE35ccE3cEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE (1,)
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE335EE3EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE (1, 2.0)
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE33E5E3EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE (1, 'a')
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE3EEE5EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE ((),)
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE3cccE5cEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE (0.0, -0.0)
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE33EEE35EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE (1, (2, 3))
#   TypeError: '<' not supported between instances of 'list' and 'int'
#   TypeError: '<' not supported between instances of 'list' and 'bool'
#   TypeError: '<' not supported between instances of 'list' and 'float'
#   TypeError: '<' not supported between instances of 'list' and 'complex'
#   TypeError: '<' not supported between instances of 'list' and 'str'
#   TypeError: '<' not supported between instances of 'list' and 'bytes'
#   TypeError: '<' not supported between instances of 'list' and 'bytearray'
#   TypeError: '<' not supported between instances of 'list' and 'tuple'
#   TypeError: '<' not supported between instances of 'list' and 'dict'
#   TypeError: '<' not supported between instances of 'list' and 'set'
#   TypeError: '<' not supported between instances of 'list' and 'frozenset'
#   TypeError: '<' not supported between instances of 'list' and 'range'
#   TypeError: '<' not supported between instances of 'list' and 'slice'
#   TypeError: '<' not supported between instances of 'list' and 'NoneType'
#   TypeError: '<' not supported between instances of 'list' and 'ellipsis'
#   TypeError: '<' not supported between instances of 'list' and 'NotImplementedType'
#   TypeError: '<' not supported between instances of 'list' and 'type'
#   TypeError: '<' not supported between instances of 'list' and 'builtin_function_or_method'
#   TypeError: '<' not supported between instances of 'list' and 'function'
#   TypeError: '<' not supported between instances of 'list' and 'K'
#   TypeError: '<' not supported between instances of 'list' and 'memoryview'
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE5ccccEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE []
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE35cEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE [1]
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE335EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE [1, 2.0]
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE3EE5EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE [[1]]
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE3EEE5EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE ['a', None]
#   TypeError: '<' not supported between instances of 'dict' and 'int'
#   TypeError: '<' not supported between instances of 'dict' and 'bool'
#   TypeError: '<' not supported between instances of 'dict' and 'float'
#   TypeError: '<' not supported between instances of 'dict' and 'complex'
#   TypeError: '<' not supported between instances of 'dict' and 'str'
#   TypeError: '<' not supported between instances of 'dict' and 'bytes'
#   TypeError: '<' not supported between instances of 'dict' and 'bytearray'
#   TypeError: '<' not supported between instances of 'dict' and 'tuple'
#   TypeError: '<' not supported between instances of 'dict' and 'list'
#   TypeError: '<' not supported between instances of 'dict' and 'dict'
#   TypeError: '<' not supported between instances of 'dict' and 'set'
#   TypeError: '<' not supported between instances of 'dict' and 'frozenset'
#   TypeError: '<' not supported between instances of 'dict' and 'range'
#   TypeError: '<' not supported between instances of 'dict' and 'slice'
#   TypeError: '<' not supported between instances of 'dict' and 'NoneType'
#   TypeError: '<' not supported between instances of 'dict' and 'ellipsis'
#   TypeError: '<' not supported between instances of 'dict' and 'NotImplementedType'
#   TypeError: '<' not supported between instances of 'dict' and 'type'
#   TypeError: '<' not supported between instances of 'dict' and 'builtin_function_or_method'
#   TypeError: '<' not supported between instances of 'dict' and 'function'
#   TypeError: '<' not supported between instances of 'dict' and 'K'
#   TypeError: '<' not supported between instances of 'dict' and 'memoryview'
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE {}
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE {1: 2}
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE {'a': [1]}
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE {1.0: 'x'}
#   TypeError: '<' not supported between instances of 'set' and 'int'
#   TypeError: '<' not supported between instances of 'set' and 'bool'
#   TypeError: '<' not supported between instances of 'set' and 'float'
#   TypeError: '<' not supported between instances of 'set' and 'complex'
#   TypeError: '<' not supported between instances of 'set' and 'str'
#   TypeError: '<' not supported between instances of 'set' and 'bytes'
#   TypeError: '<' not supported between instances of 'set' and 'bytearray'
#   TypeError: '<' not supported between instances of 'set' and 'tuple'
#   TypeError: '<' not supported between instances of 'set' and 'list'
#   TypeError: '<' not supported between instances of 'set' and 'dict'
#   TypeError: '<' not supported between instances of 'set' and 'range'
#   TypeError: '<' not supported between instances of 'set' and 'slice'
#   TypeError: '<' not supported between instances of 'set' and 'NoneType'
#   TypeError: '<' not supported between instances of 'set' and 'ellipsis'
#   TypeError: '<' not supported between instances of 'set' and 'NotImplementedType'
#   TypeError: '<' not supported between instances of 'set' and 'type'
#   TypeError: '<' not supported between instances of 'set' and 'builtin_function_or_method'
#   TypeError: '<' not supported between instances of 'set' and 'function'
#   TypeError: '<' not supported between instances of 'set' and 'K'
#   TypeError: '<' not supported between instances of 'set' and 'memoryview'
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE5c5ccEEEEEEEEEEEEEEEEEEEEEEE set()
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE35355EEEEEEEEEEEEEEEEEEEEEEE {1}
#   TypeError: '<' not supported between instances of 'frozenset' and 'int'
#   TypeError: '<' not supported between instances of 'frozenset' and 'bool'
#   TypeError: '<' not supported between instances of 'frozenset' and 'float'
#   TypeError: '<' not supported between instances of 'frozenset' and 'complex'
#   TypeError: '<' not supported between instances of 'frozenset' and 'str'
#   TypeError: '<' not supported between instances of 'frozenset' and 'bytes'
#   TypeError: '<' not supported between instances of 'frozenset' and 'bytearray'
#   TypeError: '<' not supported between instances of 'frozenset' and 'tuple'
#   TypeError: '<' not supported between instances of 'frozenset' and 'list'
#   TypeError: '<' not supported between instances of 'frozenset' and 'dict'
#   TypeError: '<' not supported between instances of 'frozenset' and 'range'
#   TypeError: '<' not supported between instances of 'frozenset' and 'slice'
#   TypeError: '<' not supported between instances of 'frozenset' and 'NoneType'
#   TypeError: '<' not supported between instances of 'frozenset' and 'ellipsis'
#   TypeError: '<' not supported between instances of 'frozenset' and 'NotImplementedType'
#   TypeError: '<' not supported between instances of 'frozenset' and 'type'
#   TypeError: '<' not supported between instances of 'frozenset' and 'builtin_function_or_method'
#   TypeError: '<' not supported between instances of 'frozenset' and 'function'
#   TypeError: '<' not supported between instances of 'frozenset' and 'K'
#   TypeError: '<' not supported between instances of 'frozenset' and 'memoryview'
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE5c5ccEEEEEEEEEEEEEEEEEEEEEEE frozenset()
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE35355EEEEEEEEEEEEEEEEEEEEEEE frozenset({1})
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE35355EEEEEEEEEEEEEEEEEEEEEEE frozenset({1.0})
#   TypeError: '<' not supported between instances of 'range' and 'int'
#   TypeError: '<' not supported between instances of 'range' and 'bool'
#   TypeError: '<' not supported between instances of 'range' and 'float'
#   TypeError: '<' not supported between instances of 'range' and 'complex'
#   TypeError: '<' not supported between instances of 'range' and 'str'
#   TypeError: '<' not supported between instances of 'range' and 'bytes'
#   TypeError: '<' not supported between instances of 'range' and 'bytearray'
#   TypeError: '<' not supported between instances of 'range' and 'tuple'
#   TypeError: '<' not supported between instances of 'range' and 'list'
#   TypeError: '<' not supported between instances of 'range' and 'dict'
#   TypeError: '<' not supported between instances of 'range' and 'set'
#   TypeError: '<' not supported between instances of 'range' and 'frozenset'
#   TypeError: '<' not supported between instances of 'range' and 'range'
#   TypeError: '<' not supported between instances of 'range' and 'slice'
#   TypeError: '<' not supported between instances of 'range' and 'NoneType'
#   TypeError: '<' not supported between instances of 'range' and 'ellipsis'
#   TypeError: '<' not supported between instances of 'range' and 'NotImplementedType'
#   TypeError: '<' not supported between instances of 'range' and 'type'
#   TypeError: '<' not supported between instances of 'range' and 'builtin_function_or_method'
#   TypeError: '<' not supported between instances of 'range' and 'function'
#   TypeError: '<' not supported between instances of 'range' and 'K'
#   TypeError: '<' not supported between instances of 'range' and 'memoryview'
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE range(0, 0)
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE range(0, 3)
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE range(1, 10, 2)
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE range(0, 3)
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE range(0, -5)
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE range(0, -1)
#   TypeError: '<' not supported between instances of 'slice' and 'int'
#   TypeError: '<' not supported between instances of 'slice' and 'bool'
#   TypeError: '<' not supported between instances of 'slice' and 'float'
#   TypeError: '<' not supported between instances of 'slice' and 'complex'
#   TypeError: '<' not supported between instances of 'slice' and 'str'
#   TypeError: '<' not supported between instances of 'slice' and 'bytes'
#   TypeError: '<' not supported between instances of 'slice' and 'bytearray'
#   TypeError: '<' not supported between instances of 'slice' and 'tuple'
#   TypeError: '<' not supported between instances of 'slice' and 'list'
#   TypeError: '<' not supported between instances of 'slice' and 'dict'
#   TypeError: '<' not supported between instances of 'slice' and 'set'
#   TypeError: '<' not supported between instances of 'slice' and 'frozenset'
#   TypeError: '<' not supported between instances of 'slice' and 'range'
#   TypeError: '<' not supported between instances of 'NoneType' and 'int'
#   TypeError: '<' not supported between instances of 'NoneType' and 'float'
#   TypeError: '<' not supported between instances of 'slice' and 'NoneType'
#   TypeError: '<' not supported between instances of 'slice' and 'ellipsis'
#   TypeError: '<' not supported between instances of 'slice' and 'NotImplementedType'
#   TypeError: '<' not supported between instances of 'slice' and 'type'
#   TypeError: '<' not supported between instances of 'slice' and 'builtin_function_or_method'
#   TypeError: '<' not supported between instances of 'slice' and 'function'
#   TypeError: '<' not supported between instances of 'slice' and 'K'
#   TypeError: '<' not supported between instances of 'slice' and 'memoryview'
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE5EEEEEEEEEEEEEEEE slice(None, 1, None)
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE5EcEEEEEEEEEEEEE slice(1, 2, 3)
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE5EEEEEEEEEEEEEE slice(None, None, None)
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE3E5EEEEEEEEEEEEE slice(1.5, 'a', None)
#   TypeError: '<' not supported between instances of 'NoneType' and 'bool'
#   TypeError: '<' not supported between instances of 'NoneType' and 'complex'
#   TypeError: '<' not supported between instances of 'NoneType' and 'str'
#   TypeError: '<' not supported between instances of 'NoneType' and 'bytes'
#   TypeError: '<' not supported between instances of 'NoneType' and 'bytearray'
#   TypeError: '<' not supported between instances of 'NoneType' and 'tuple'
#   TypeError: '<' not supported between instances of 'NoneType' and 'list'
#   TypeError: '<' not supported between instances of 'NoneType' and 'dict'
#   TypeError: '<' not supported between instances of 'NoneType' and 'set'
#   TypeError: '<' not supported between instances of 'NoneType' and 'frozenset'
#   TypeError: '<' not supported between instances of 'NoneType' and 'range'
#   TypeError: '<' not supported between instances of 'NoneType' and 'slice'
#   TypeError: '<' not supported between instances of 'NoneType' and 'NoneType'
#   TypeError: '<' not supported between instances of 'NoneType' and 'ellipsis'
#   TypeError: '<' not supported between instances of 'NoneType' and 'NotImplementedType'
#   TypeError: '<' not supported between instances of 'NoneType' and 'type'
#   TypeError: '<' not supported between instances of 'NoneType' and 'builtin_function_or_method'
#   TypeError: '<' not supported between instances of 'NoneType' and 'function'
#   TypeError: '<' not supported between instances of 'NoneType' and 'K'
#   TypeError: '<' not supported between instances of 'NoneType' and 'memoryview'
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE None
#   TypeError: '<' not supported between instances of 'ellipsis' and 'int'
#   TypeError: '<' not supported between instances of 'ellipsis' and 'bool'
#   TypeError: '<' not supported between instances of 'ellipsis' and 'float'
#   TypeError: '<' not supported between instances of 'ellipsis' and 'complex'
#   TypeError: '<' not supported between instances of 'ellipsis' and 'str'
#   TypeError: '<' not supported between instances of 'ellipsis' and 'bytes'
#   TypeError: '<' not supported between instances of 'ellipsis' and 'bytearray'
#   TypeError: '<' not supported between instances of 'ellipsis' and 'tuple'
#   TypeError: '<' not supported between instances of 'ellipsis' and 'list'
#   TypeError: '<' not supported between instances of 'ellipsis' and 'dict'
#   TypeError: '<' not supported between instances of 'ellipsis' and 'set'
#   TypeError: '<' not supported between instances of 'ellipsis' and 'frozenset'
#   TypeError: '<' not supported between instances of 'ellipsis' and 'range'
#   TypeError: '<' not supported between instances of 'ellipsis' and 'slice'
#   TypeError: '<' not supported between instances of 'ellipsis' and 'NoneType'
#   TypeError: '<' not supported between instances of 'ellipsis' and 'ellipsis'
#   TypeError: '<' not supported between instances of 'ellipsis' and 'NotImplementedType'
#   TypeError: '<' not supported between instances of 'ellipsis' and 'type'
#   TypeError: '<' not supported between instances of 'ellipsis' and 'builtin_function_or_method'
#   TypeError: '<' not supported between instances of 'ellipsis' and 'function'
#   TypeError: '<' not supported between instances of 'ellipsis' and 'K'
#   TypeError: '<' not supported between instances of 'ellipsis' and 'memoryview'
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE Ellipsis
#   TypeError: '<' not supported between instances of 'NotImplementedType' and 'int'
#   TypeError: '<' not supported between instances of 'NotImplementedType' and 'bool'
#   TypeError: '<' not supported between instances of 'NotImplementedType' and 'float'
#   TypeError: '<' not supported between instances of 'NotImplementedType' and 'complex'
#   TypeError: '<' not supported between instances of 'NotImplementedType' and 'str'
#   TypeError: '<' not supported between instances of 'NotImplementedType' and 'bytes'
#   TypeError: '<' not supported between instances of 'NotImplementedType' and 'bytearray'
#   TypeError: '<' not supported between instances of 'NotImplementedType' and 'tuple'
#   TypeError: '<' not supported between instances of 'NotImplementedType' and 'list'
#   TypeError: '<' not supported between instances of 'NotImplementedType' and 'dict'
#   TypeError: '<' not supported between instances of 'NotImplementedType' and 'set'
#   TypeError: '<' not supported between instances of 'NotImplementedType' and 'frozenset'
#   TypeError: '<' not supported between instances of 'NotImplementedType' and 'range'
#   TypeError: '<' not supported between instances of 'NotImplementedType' and 'slice'
#   TypeError: '<' not supported between instances of 'NotImplementedType' and 'NoneType'
#   TypeError: '<' not supported between instances of 'NotImplementedType' and 'ellipsis'
#   TypeError: '<' not supported between instances of 'NotImplementedType' and 'NotImplementedType'
#   TypeError: '<' not supported between instances of 'NotImplementedType' and 'type'
#   TypeError: '<' not supported between instances of 'NotImplementedType' and 'builtin_function_or_method'
#   TypeError: '<' not supported between instances of 'NotImplementedType' and 'function'
#   TypeError: '<' not supported between instances of 'NotImplementedType' and 'K'
#   TypeError: '<' not supported between instances of 'NotImplementedType' and 'memoryview'
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE NotImplemented
#   TypeError: '<' not supported between instances of 'type' and 'int'
#   TypeError: '<' not supported between instances of 'type' and 'bool'
#   TypeError: '<' not supported between instances of 'type' and 'float'
#   TypeError: '<' not supported between instances of 'type' and 'complex'
#   TypeError: '<' not supported between instances of 'type' and 'str'
#   TypeError: '<' not supported between instances of 'type' and 'bytes'
#   TypeError: '<' not supported between instances of 'type' and 'bytearray'
#   TypeError: '<' not supported between instances of 'type' and 'tuple'
#   TypeError: '<' not supported between instances of 'type' and 'list'
#   TypeError: '<' not supported between instances of 'type' and 'dict'
#   TypeError: '<' not supported between instances of 'type' and 'set'
#   TypeError: '<' not supported between instances of 'type' and 'frozenset'
#   TypeError: '<' not supported between instances of 'type' and 'range'
#   TypeError: '<' not supported between instances of 'type' and 'slice'
#   TypeError: '<' not supported between instances of 'type' and 'NoneType'
#   TypeError: '<' not supported between instances of 'type' and 'ellipsis'
#   TypeError: '<' not supported between instances of 'type' and 'NotImplementedType'
#   TypeError: '<' not supported between instances of 'type' and 'type'
#   TypeError: '<' not supported between instances of 'type' and 'builtin_function_or_method'
#   TypeError: '<' not supported between instances of 'type' and 'function'
#   TypeError: '<' not supported between instances of 'type' and 'K'
#   TypeError: '<' not supported between instances of 'type' and 'memoryview'
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE <class 'int'>
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE <class 'type'>
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE <class 'object'>
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE <class 'float'>
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE <class '_walk_values.K'>
#   TypeError: '<' not supported between instances of 'builtin_function_or_method' and 'int'
#   TypeError: '<' not supported between instances of 'builtin_function_or_method' and 'bool'
#   TypeError: '<' not supported between instances of 'builtin_function_or_method' and 'float'
#   TypeError: '<' not supported between instances of 'builtin_function_or_method' and 'complex'
#   TypeError: '<' not supported between instances of 'builtin_function_or_method' and 'str'
#   TypeError: '<' not supported between instances of 'builtin_function_or_method' and 'bytes'
#   TypeError: '<' not supported between instances of 'builtin_function_or_method' and 'bytearray'
#   TypeError: '<' not supported between instances of 'builtin_function_or_method' and 'tuple'
#   TypeError: '<' not supported between instances of 'builtin_function_or_method' and 'list'
#   TypeError: '<' not supported between instances of 'builtin_function_or_method' and 'dict'
#   TypeError: '<' not supported between instances of 'builtin_function_or_method' and 'set'
#   TypeError: '<' not supported between instances of 'builtin_function_or_method' and 'frozenset'
#   TypeError: '<' not supported between instances of 'builtin_function_or_method' and 'range'
#   TypeError: '<' not supported between instances of 'builtin_function_or_method' and 'slice'
#   TypeError: '<' not supported between instances of 'builtin_function_or_method' and 'NoneType'
#   TypeError: '<' not supported between instances of 'builtin_function_or_method' and 'ellipsis'
#   TypeError: '<' not supported between instances of 'builtin_function_or_method' and 'NotImplementedType'
#   TypeError: '<' not supported between instances of 'builtin_function_or_method' and 'type'
#   TypeError: '<' not supported between instances of 'builtin_function_or_method' and 'builtin_function_or_method'
#   TypeError: '<' not supported between instances of 'builtin_function_or_method' and 'function'
#   TypeError: '<' not supported between instances of 'builtin_function_or_method' and 'K'
#   TypeError: '<' not supported between instances of 'builtin_function_or_method' and 'memoryview'
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE <built-in function len>
#   TypeError: '<' not supported between instances of 'function' and 'int'
#   TypeError: '<' not supported between instances of 'function' and 'bool'
#   TypeError: '<' not supported between instances of 'function' and 'float'
#   TypeError: '<' not supported between instances of 'function' and 'complex'
#   TypeError: '<' not supported between instances of 'function' and 'str'
#   TypeError: '<' not supported between instances of 'function' and 'bytes'
#   TypeError: '<' not supported between instances of 'function' and 'bytearray'
#   TypeError: '<' not supported between instances of 'function' and 'tuple'
#   TypeError: '<' not supported between instances of 'function' and 'list'
#   TypeError: '<' not supported between instances of 'function' and 'dict'
#   TypeError: '<' not supported between instances of 'function' and 'set'
#   TypeError: '<' not supported between instances of 'function' and 'frozenset'
#   TypeError: '<' not supported between instances of 'function' and 'range'
#   TypeError: '<' not supported between instances of 'function' and 'slice'
#   TypeError: '<' not supported between instances of 'function' and 'NoneType'
#   TypeError: '<' not supported between instances of 'function' and 'ellipsis'
#   TypeError: '<' not supported between instances of 'function' and 'NotImplementedType'
#   TypeError: '<' not supported between instances of 'function' and 'type'
#   TypeError: '<' not supported between instances of 'function' and 'builtin_function_or_method'
#   TypeError: '<' not supported between instances of 'function' and 'function'
#   TypeError: '<' not supported between instances of 'function' and 'K'
#   TypeError: '<' not supported between instances of 'function' and 'memoryview'
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE <function f>
#   TypeError: '<' not supported between instances of 'K' and 'int'
#   TypeError: '<' not supported between instances of 'K' and 'bool'
#   TypeError: '<' not supported between instances of 'K' and 'float'
#   TypeError: '<' not supported between instances of 'K' and 'complex'
#   TypeError: '<' not supported between instances of 'K' and 'str'
#   TypeError: '<' not supported between instances of 'K' and 'bytes'
#   TypeError: '<' not supported between instances of 'K' and 'bytearray'
#   TypeError: '<' not supported between instances of 'K' and 'tuple'
#   TypeError: '<' not supported between instances of 'K' and 'list'
#   TypeError: '<' not supported between instances of 'K' and 'dict'
#   TypeError: '<' not supported between instances of 'K' and 'set'
#   TypeError: '<' not supported between instances of 'K' and 'frozenset'
#   TypeError: '<' not supported between instances of 'K' and 'range'
#   TypeError: '<' not supported between instances of 'K' and 'slice'
#   TypeError: '<' not supported between instances of 'K' and 'NoneType'
#   TypeError: '<' not supported between instances of 'K' and 'ellipsis'
#   TypeError: '<' not supported between instances of 'K' and 'NotImplementedType'
#   TypeError: '<' not supported between instances of 'K' and 'type'
#   TypeError: '<' not supported between instances of 'K' and 'builtin_function_or_method'
#   TypeError: '<' not supported between instances of 'K' and 'function'
#   TypeError: '<' not supported between instances of 'K' and 'K'
#   TypeError: '<' not supported between instances of 'K' and 'memoryview'
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE <K >
#   TypeError: '<' not supported between instances of 'memoryview' and 'int'
#   TypeError: '<' not supported between instances of 'memoryview' and 'bool'
#   TypeError: '<' not supported between instances of 'memoryview' and 'float'
#   TypeError: '<' not supported between instances of 'memoryview' and 'complex'
#   TypeError: '<' not supported between instances of 'memoryview' and 'str'
#   TypeError: '<' not supported between instances of 'memoryview' and 'bytes'
#   TypeError: '<' not supported between instances of 'memoryview' and 'tuple'
#   TypeError: '<' not supported between instances of 'memoryview' and 'list'
#   TypeError: '<' not supported between instances of 'memoryview' and 'dict'
#   TypeError: '<' not supported between instances of 'memoryview' and 'set'
#   TypeError: '<' not supported between instances of 'memoryview' and 'frozenset'
#   TypeError: '<' not supported between instances of 'memoryview' and 'range'
#   TypeError: '<' not supported between instances of 'memoryview' and 'slice'
#   TypeError: '<' not supported between instances of 'memoryview' and 'NoneType'
#   TypeError: '<' not supported between instances of 'memoryview' and 'ellipsis'
#   TypeError: '<' not supported between instances of 'memoryview' and 'NotImplementedType'
#   TypeError: '<' not supported between instances of 'memoryview' and 'type'
#   TypeError: '<' not supported between instances of 'memoryview' and 'builtin_function_or_method'
#   TypeError: '<' not supported between instances of 'memoryview' and 'function'
#   TypeError: '<' not supported between instances of 'memoryview' and 'K'
#   TypeError: '<' not supported between instances of 'memoryview' and 'memoryview'
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE33cEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE memoryview(b'ab')
# EEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE5ccEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEEE memoryview(b'')
