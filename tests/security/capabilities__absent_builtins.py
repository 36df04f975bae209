# sandpy-only: CPython has open, help, breakpoint, ...
# Route: the builtins that reach outside the language: open (files; in
# sandpy a request to the file controller, which shows nothing but the
# granted mounts, so /etc/passwd does not exist),
# eval / exec / compile (code from strings, with chosen globals: in sandpy
# that code is the sandbox's own, under its grants, so it reaches what
# open reaches and no more, whatever `__builtins__` the globals hold; see
# exec__grants.py), breakpoint (pdb, a shell), help (pydoc, a pager),
# license / credits / copyright (site._Printer reads files) and
# memoryview (raw memory: in sandpy it views a bytes or bytearray object
# only, every index checked against it, so it reads nothing else).
# sandpy has none of the others, in the main program or in a child,
# under any spelling (identifiers are compared after NFKC normalisation,
# so fullwidth letters name the same missing builtin). input reads the
# process's standard input, as the main program's input() does in Python;
# it is the one host resource the builtins still reach (see
# docs/security.md). __import__ exists: it is the importer of the import
# statement itself, under the same grants and name checks (see
# imports__names.py), so it reaches nothing the statement does not.
import sandbox
from _escape import attempt


def probe():
    attempt("open", lambda: open("/etc/passwd"))
    attempt("eval", lambda: eval("open('/etc/passwd')"))
    attempt("exec", lambda: exec("open('/etc/passwd')", {"__builtins__": {}}))
    attempt("compile", lambda: exec(compile("import os; os.listdir('/etc')", "<s>", "exec"), {}))
    attempt("breakpoint", lambda: breakpoint())
    attempt("help", lambda: help(len))
    attempt("license", lambda: license())
    attempt("credits", lambda: credits)
    attempt("copyright", lambda: copyright)
    attempt("memoryview", lambda: memoryview(b"x").cast("Q"))
    attempt("memoryview past its end", lambda: memoryview(b"x")[1000])
    attempt("__import__", lambda: __import__("os").__name__)
    attempt("ｅｖａｌ (fullwidth)", lambda: ｅｖａｌ("open('/etc/passwd')"))
    attempt("file (Python 2)", lambda: file)
    attempt("execfile (Python 2)", lambda: execfile)
    attempt("reload (Python 2)", lambda: reload)
    attempt("input (stdin is empty under the tests)", lambda: input())
    return "done"


probe()
print("-- child")
print(sandbox.spawn(probe).join())

# Output:
# open: FileNotFoundError: [Errno 2] No such file or directory: '/etc/passwd'
# eval: FileNotFoundError: [Errno 2] No such file or directory: '/etc/passwd'
# exec: FileNotFoundError: [Errno 2] No such file or directory: '/etc/passwd'
# compile: FileNotFoundError: [Errno 2] No such file or directory: '/etc'
# breakpoint: NameError: name 'breakpoint' is not defined
# help: NameError: name 'help' is not defined
# license: NameError: name 'license' is not defined
# credits: NameError: name 'credits' is not defined
# copyright: NameError: name 'copyright' is not defined
# memoryview: TypeError: memoryview: length is not a multiple of itemsize
# memoryview past its end: IndexError: index out of bounds on dimension 1
# __import__: 'os'
# ｅｖａｌ (fullwidth): FileNotFoundError: [Errno 2] No such file or directory: '/etc/passwd'
# file (Python 2): NameError: name 'file' is not defined
# execfile (Python 2): NameError: name 'execfile' is not defined
# reload (Python 2): NameError: name 'reload' is not defined
# input (stdin is empty under the tests): EOFError: EOF when reading a line
# -- child
# open: FileNotFoundError: [Errno 2] No such file or directory: '/etc/passwd'
# eval: FileNotFoundError: [Errno 2] No such file or directory: '/etc/passwd'
# exec: FileNotFoundError: [Errno 2] No such file or directory: '/etc/passwd'
# compile: FileNotFoundError: [Errno 2] No such file or directory: '/etc'
# breakpoint: NameError: name 'breakpoint' is not defined
# help: NameError: name 'help' is not defined
# license: NameError: name 'license' is not defined
# credits: NameError: name 'credits' is not defined
# copyright: NameError: name 'copyright' is not defined
# memoryview: TypeError: memoryview: length is not a multiple of itemsize
# memoryview past its end: IndexError: index out of bounds on dimension 1
# __import__: 'os'
# ｅｖａｌ (fullwidth): FileNotFoundError: [Errno 2] No such file or directory: '/etc/passwd'
# file (Python 2): NameError: name 'file' is not defined
# execfile (Python 2): NameError: name 'execfile' is not defined
# reload (Python 2): NameError: name 'reload' is not defined
# input (stdin is empty under the tests): EOFError: EOF when reading a line
# done
