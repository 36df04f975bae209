"""ctypes: a sandbox cannot load native code or touch raw memory.

The module imports (so code that probes for it at import time runs); every
library, function and C type raises PermissionError when used."""

import _refusal

_WHY = ("a sandbox cannot load native libraries or read and write raw "
        "memory; sandpy runs Python code only")

ArgumentError = type("ArgumentError", (Exception,), {})
CDLL = _refusal.cls("ctypes.CDLL", PermissionError, _WHY)
PyDLL = _refusal.cls("ctypes.PyDLL", PermissionError, _WHY)
LibraryLoader = _refusal.cls("ctypes.LibraryLoader", PermissionError, _WHY)
Structure = _refusal.cls("ctypes.Structure", PermissionError, _WHY)
Union = _refusal.cls("ctypes.Union", PermissionError, _WHY)
Array = _refusal.cls("ctypes.Array", PermissionError, _WHY)

for _name in ("c_bool", "c_char", "c_wchar", "c_byte", "c_ubyte", "c_short",
              "c_ushort", "c_int", "c_uint", "c_long", "c_ulong",
              "c_longlong", "c_ulonglong", "c_size_t", "c_ssize_t",
              "c_float", "c_double", "c_longdouble", "c_char_p",
              "c_wchar_p", "c_void_p", "c_int8", "c_int16", "c_int32",
              "c_int64", "c_uint8", "c_uint16", "c_uint32", "c_uint64",
              "py_object"):
    globals()[_name] = _refusal.cls("ctypes." + _name, PermissionError, _WHY)
for _name in ("CFUNCTYPE", "PYFUNCTYPE", "POINTER", "pointer", "byref",
              "addressof", "sizeof", "alignment", "cast", "memmove",
              "memset", "string_at", "wstring_at", "create_string_buffer",
              "create_unicode_buffer", "get_errno", "set_errno", "resize"):
    globals()[_name] = _refusal.function("ctypes." + _name, PermissionError,
                                         _WHY)
del _name
cdll = pydll = pythonapi = None
