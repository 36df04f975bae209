# sys.version_info names the CPython release sandpy matches (3.11.x).
import sys
print(sys.version_info[:3] == (3, 11, sys.version_info.micro))
print(sys.version_info.releaselevel, sys.version_info.serial)
print(tuple(sys.version_info)[:2], sys.version_info.minor)
print(sys.version.startswith("3.11."))
print(sys.version.split()[0] == "%d.%d.%d" % sys.version_info[:3])
print(sys.version_info >= (3, 11), sys.version_info < (3, 12))

# Output:
# True
# final 0
# (3, 11) 11
# True
# True
# True True
