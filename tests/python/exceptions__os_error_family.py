# The whole builtin exception family of 3.11: OSError's subclasses (picked
# by errno, as CPython does), its old names, and every warning category.
names = ["EnvironmentError", "IOError", "BlockingIOError", "BrokenPipeError",
         "ChildProcessError", "ConnectionError", "ConnectionAbortedError",
         "ConnectionRefusedError", "ConnectionResetError", "InterruptedError",
         "ProcessLookupError", "UnicodeTranslateError", "BytesWarning",
         "EncodingWarning", "FutureWarning", "ImportWarning",
         "PendingDeprecationWarning", "ResourceWarning", "SyntaxWarning",
         "UnicodeWarning", "TimeoutError", "FileNotFoundError"]
for n in names:
    c = eval(n)
    print(n, c.__name__, [b.__name__ for b in c.__mro__])
print(EnvironmentError is OSError, IOError is OSError)
# (CPython's own standard library adds more subclasses of its own.)
print(sorted(c.__name__ for c in OSError.__subclasses__() if c.__module__ == "builtins"))
print(sorted(c.__name__ for c in ConnectionError.__subclasses__()))
print(sorted(c.__name__ for c in Warning.__subclasses__()))
for errno in [1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 108, 110, 111, 114, 115, 5, 99]:
    e = OSError(errno, "msg")
    print(errno, type(e).__name__, e.errno, e.strerror, str(e))
try:
    raise BrokenPipeError(32, "Broken pipe")
except ConnectionError as e:
    print("caught", type(e).__name__, e)
try:
    raise IOError("old name")
except OSError as e:
    print("caught", type(e).__name__, e)

# Output:
# EnvironmentError OSError ['OSError', 'Exception', 'BaseException', 'object']
# IOError OSError ['OSError', 'Exception', 'BaseException', 'object']
# BlockingIOError BlockingIOError ['BlockingIOError', 'OSError', 'Exception', 'BaseException', 'object']
# BrokenPipeError BrokenPipeError ['BrokenPipeError', 'ConnectionError', 'OSError', 'Exception', 'BaseException', 'object']
# ChildProcessError ChildProcessError ['ChildProcessError', 'OSError', 'Exception', 'BaseException', 'object']
# ConnectionError ConnectionError ['ConnectionError', 'OSError', 'Exception', 'BaseException', 'object']
# ConnectionAbortedError ConnectionAbortedError ['ConnectionAbortedError', 'ConnectionError', 'OSError', 'Exception', 'BaseException', 'object']
# ConnectionRefusedError ConnectionRefusedError ['ConnectionRefusedError', 'ConnectionError', 'OSError', 'Exception', 'BaseException', 'object']
# ConnectionResetError ConnectionResetError ['ConnectionResetError', 'ConnectionError', 'OSError', 'Exception', 'BaseException', 'object']
# InterruptedError InterruptedError ['InterruptedError', 'OSError', 'Exception', 'BaseException', 'object']
# ProcessLookupError ProcessLookupError ['ProcessLookupError', 'OSError', 'Exception', 'BaseException', 'object']
# UnicodeTranslateError UnicodeTranslateError ['UnicodeTranslateError', 'UnicodeError', 'ValueError', 'Exception', 'BaseException', 'object']
# BytesWarning BytesWarning ['BytesWarning', 'Warning', 'Exception', 'BaseException', 'object']
# EncodingWarning EncodingWarning ['EncodingWarning', 'Warning', 'Exception', 'BaseException', 'object']
# FutureWarning FutureWarning ['FutureWarning', 'Warning', 'Exception', 'BaseException', 'object']
# ImportWarning ImportWarning ['ImportWarning', 'Warning', 'Exception', 'BaseException', 'object']
# PendingDeprecationWarning PendingDeprecationWarning ['PendingDeprecationWarning', 'Warning', 'Exception', 'BaseException', 'object']
# ResourceWarning ResourceWarning ['ResourceWarning', 'Warning', 'Exception', 'BaseException', 'object']
# SyntaxWarning SyntaxWarning ['SyntaxWarning', 'Warning', 'Exception', 'BaseException', 'object']
# UnicodeWarning UnicodeWarning ['UnicodeWarning', 'Warning', 'Exception', 'BaseException', 'object']
# TimeoutError TimeoutError ['TimeoutError', 'OSError', 'Exception', 'BaseException', 'object']
# FileNotFoundError FileNotFoundError ['FileNotFoundError', 'OSError', 'Exception', 'BaseException', 'object']
# True True
# ['BlockingIOError', 'ChildProcessError', 'ConnectionError', 'FileExistsError', 'FileNotFoundError', 'InterruptedError', 'IsADirectoryError', 'NotADirectoryError', 'PermissionError', 'ProcessLookupError', 'TimeoutError']
# ['BrokenPipeError', 'ConnectionAbortedError', 'ConnectionRefusedError', 'ConnectionResetError']
# ['BytesWarning', 'DeprecationWarning', 'EncodingWarning', 'FutureWarning', 'ImportWarning', 'PendingDeprecationWarning', 'ResourceWarning', 'RuntimeWarning', 'SyntaxWarning', 'UnicodeWarning', 'UserWarning']
# 1 PermissionError 1 msg [Errno 1] msg
# 2 FileNotFoundError 2 msg [Errno 2] msg
# 3 ProcessLookupError 3 msg [Errno 3] msg
# 4 InterruptedError 4 msg [Errno 4] msg
# 10 ChildProcessError 10 msg [Errno 10] msg
# 11 BlockingIOError 11 msg [Errno 11] msg
# 13 PermissionError 13 msg [Errno 13] msg
# 17 FileExistsError 17 msg [Errno 17] msg
# 20 NotADirectoryError 20 msg [Errno 20] msg
# 21 IsADirectoryError 21 msg [Errno 21] msg
# 32 BrokenPipeError 32 msg [Errno 32] msg
# 103 ConnectionAbortedError 103 msg [Errno 103] msg
# 104 ConnectionResetError 104 msg [Errno 104] msg
# 108 BrokenPipeError 108 msg [Errno 108] msg
# 110 TimeoutError 110 msg [Errno 110] msg
# 111 ConnectionRefusedError 111 msg [Errno 111] msg
# 114 BlockingIOError 114 msg [Errno 114] msg
# 115 BlockingIOError 115 msg [Errno 115] msg
# 5 OSError 5 msg [Errno 5] msg
# 99 OSError 99 msg [Errno 99] msg
# caught BrokenPipeError [Errno 32] Broken pipe
# caught OSError old name
