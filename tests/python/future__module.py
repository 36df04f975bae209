# The __future__ module: its feature objects (releases, compiler flags,
# repr), all_feature_names, the CO_ flags, and `from __future__ import x`
# binding x to the feature object (annotations still become strings).
from __future__ import annotations, division as div
import __future__

print(annotations, div)
print(annotations is __future__.annotations, div is __future__.division)
print(__future__.all_feature_names)
print(__future__.__all__ == ["all_feature_names"] + __future__.all_feature_names)
for name in __future__.all_feature_names:
    f = getattr(__future__, name)
    print(name, f.getOptionalRelease(), f.getMandatoryRelease(),
          f.compiler_flag, f.optional == f.getOptionalRelease(),
          f.mandatory == f.getMandatoryRelease())
print(type(__future__.annotations).__name__, type(__future__.annotations).__module__)
print(hex(__future__.CO_FUTURE_ANNOTATIONS), __future__.CO_NESTED,
      __future__.CO_GENERATOR_ALLOWED, __future__.CO_FUTURE_DIVISION,
      __future__.CO_FUTURE_GENERATOR_STOP, __future__.CO_FUTURE_BARRY_AS_BDFL)


def f(x: int, y: list[str]) -> undefined_name:
    return x


print(f.__annotations__)


class C:
    a: SomeType = 1


print(C.__annotations__)
code = compile("def g(z: int): pass\n", "<s>", "exec",
               __future__.annotations.compiler_flag)
ns = {}
exec(code, ns)
print(ns["g"].__annotations__)

# Output:
# _Feature((3, 7, 0, 'beta', 1), None, 16777216) _Feature((2, 2, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 131072)
# True True
# ['nested_scopes', 'generators', 'division', 'absolute_import', 'with_statement', 'print_function', 'unicode_literals', 'barry_as_FLUFL', 'generator_stop', 'annotations']
# True
# nested_scopes (2, 1, 0, 'beta', 1) (2, 2, 0, 'alpha', 0) 16 True True
# generators (2, 2, 0, 'alpha', 1) (2, 3, 0, 'final', 0) 0 True True
# division (2, 2, 0, 'alpha', 2) (3, 0, 0, 'alpha', 0) 131072 True True
# absolute_import (2, 5, 0, 'alpha', 1) (3, 0, 0, 'alpha', 0) 262144 True True
# with_statement (2, 5, 0, 'alpha', 1) (2, 6, 0, 'alpha', 0) 524288 True True
# print_function (2, 6, 0, 'alpha', 2) (3, 0, 0, 'alpha', 0) 1048576 True True
# unicode_literals (2, 6, 0, 'alpha', 2) (3, 0, 0, 'alpha', 0) 2097152 True True
# barry_as_FLUFL (3, 1, 0, 'alpha', 2) (4, 0, 0, 'alpha', 0) 4194304 True True
# generator_stop (3, 5, 0, 'beta', 1) (3, 7, 0, 'alpha', 0) 8388608 True True
# annotations (3, 7, 0, 'beta', 1) None 16777216 True True
# _Feature __future__
# 0x1000000 16 0 131072 8388608 4194304
# {'x': 'int', 'y': 'list[str]', 'return': 'undefined_name'}
# {'a': 'SomeType'}
# {'z': 'int'}
