# sys's read-only names beyond the basics: encodings, hexversion against
# version_info, exception() inside and outside a handler, flags and
# implementation as records, builtin/stdlib module names, stdin's
# attributes, and the stream objects' write/flush/isatty/fileno.
import sys

print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.hexversion >> 16 == 0x030B, sys.hexversion == (3 << 24 | 11 << 16 | sys.version_info.micro << 8 | 0xF0))
print(sys.exception())
try:
    raise KeyError("k")
except KeyError as e:
    print(sys.exception() is e, repr(sys.exception()))
print(sys.exception(), sys.is_finalizing(), sys.getswitchinterval())
print(type(sys.flags.optimize).__name__, sys.flags.debug, len(sys.flags) >= 17, sys.flags.inspect)
print(type(sys.implementation.name).__name__, sys.implementation.version[:2], sys.implementation.hexversion == sys.hexversion)
print("sys" in sys.builtin_module_names, isinstance(sys.builtin_module_names, tuple))
print(isinstance(sys.stdlib_module_names, frozenset), "os" in sys.stdlib_module_names, "json" in sys.stdlib_module_names)
print(sys.stdin.name, sys.stdin.encoding, sys.stdin.fileno(), sys.stdin.mode)
print(sys.stdout.encoding, sys.stdout.fileno(), sys.stderr.fileno(), sys.stdout.isatty() in (True, False))
n = sys.stdout.write("written\n")
sys.stdout.flush()
print(n, sys.float_repr_style, sys.api_version, sys.abiflags == "" or isinstance(sys.abiflags, str))
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.platform, sys.intern("ab") == "ab", sys.dont_write_bytecode in (True, False))
print(isinstance(sys.orig_argv, list), sys.warnoptions, sys._xoptions, isinstance(sys.copyright, str))


# Output:
# utf-8 utf-8 surrogateescape
# True True
# None
# True KeyError('k')
# None False 0.005
# int 0 True 0
# str (3, 11) True
# True True
# True True True
# <stdin> utf-8 0 r
# utf-8 1 2 True
# written
# 8 short 1013 True
# True little linux True True
# True [] {} True
