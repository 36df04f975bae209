# sandpy-only: sandbox.import_isolated and child sandboxes
# sandpy-args: --allow-read files_data
# Route: name a module so that the importer reads a host file: an absolute
# path, `..`, a path with `/`, a NUL byte, a name with a trailing or
# doubled dot, a file of the granted mount (files_data/notes.txt), a
# directory (files_data), unicode look-alikes of `/` and `.`, a very long
# name, names of host files (passwd, hostname), relative imports beyond the
# top level; through `__import__`, its fromlist, `sandbox.import_isolated`
# (which serves a module by name from an owner sandbox), and the same from
# a child. The importer checks that a name is a dotted identifier before
# anything is looked up, so none of them reaches the file controller; the
# helper beside the script stays importable.
import sandbox


def attempt(label, route):
    try:
        got = route()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {str(e)[:70]}")
    else:
        print(f"{label}: {got!r}"[:110])

NAMES = [
    "",
    "/etc/passwd",
    "../../../../etc/passwd",
    "..",
    ".",
    "...etc",
    ".etc",
    "etc.",
    "etc..passwd",
    "files_data/notes",
    "files_data",
    "notes",
    "sub.inner",
    "_escape.py",
    "_escape.",
    "_escape\x00",
    "\x00/etc/passwd",
    "passwd",
    "hostname",
    "etc\u2215passwd",
    "etc\uff0fpasswd",
    "etc\u2024passwd",
    "\u202e_escape",
    "_esc\u0301ape",
    "\uff3fescape",
    "_escape\n",
    " _escape",
    "x" * 100000,
    "a." * 1000 + "b",
]


def short(s):
    return repr(s)[:40]


def names(label):
    for n in NAMES:
        attempt(label + " " + short(n), lambda: __import__(n).__name__)
    attempt(label + " fromlist", lambda: __import__("/etc/passwd", fromlist=["x"]))
    attempt(label + " level 1", lambda: __import__("passwd", level=1))
    attempt(label + " level 9", lambda: __import__("", level=9))
    attempt(label + " helper", lambda: __import__("_escape").__name__)
    return "done"


def relative():
    from .. import passwd


def relative_dotted():
    from ..etc import passwd


names("main")
attempt("main relative", relative)
attempt("main relative dotted", relative_dotted)
for n in ["/etc/passwd", "..", "", "a/b", "_escape\x00", "x" * 5000]:
    attempt("import_isolated " + short(n), lambda: sandbox.import_isolated(n))
attempt("import_isolated 1", lambda: sandbox.import_isolated(1))
attempt("import_isolated helper", lambda: sandbox.import_isolated("_escape").__name__)
bare = sandbox.Config(read=[], write=[])
attempt("import_isolated helper, no file grants",
        lambda: sandbox.import_isolated("_escape", _config=bare).__name__)
attempt("import_isolated os.path", lambda: sandbox.import_isolated("os.path").join("a", "b"))
print("-- child")
print(sandbox.spawn(names, "child").join())
print("-- child with no file grants")
print(sandbox.spawn(names, "bare", _config=sandbox.Config(read=[], write=[])).join())

# Output:
# main '': ValueError: Empty module name
# main '/etc/passwd': ModuleNotFoundError: No module named '/etc/passwd'
# main '../../../../etc/passwd': ModuleNotFoundError: No module named '../../../../etc/passwd'
# main '..': ModuleNotFoundError: No module named '..'
# main '.': ModuleNotFoundError: No module named '.'
# main '...etc': ModuleNotFoundError: No module named '...etc'
# main '.etc': ModuleNotFoundError: No module named '.etc'
# main 'etc.': ModuleNotFoundError: No module named 'etc.'
# main 'etc..passwd': ModuleNotFoundError: No module named 'etc..passwd'
# main 'files_data/notes': ModuleNotFoundError: No module named 'files_data/notes'
# main 'files_data': ModuleNotFoundError: No module named 'files_data'
# main 'notes': ModuleNotFoundError: No module named 'notes'
# main 'sub.inner': ModuleNotFoundError: No module named 'sub'
# main '_escape.py': ModuleNotFoundError: No module named '_escape.py'; '_escape' is not a package
# main '_escape.': ModuleNotFoundError: No module named '_escape.'
# main '_escape\x00': ModuleNotFoundError: No module named '_escape\x00'
# main '\x00/etc/passwd': ModuleNotFoundError: No module named '\x00/etc/passwd'
# main 'passwd': ModuleNotFoundError: No module named 'passwd'
# main 'hostname': ModuleNotFoundError: No module named 'hostname'
# main 'etc∕passwd': ModuleNotFoundError: No module named 'etc∕passwd'
# main 'etc／passwd': ModuleNotFoundError: No module named 'etc／passwd'
# main 'etc․passwd': ModuleNotFoundError: No module named 'etc․passwd'
# main '\u202e_escape': ModuleNotFoundError: No module named '\u202e_escape'
# main '_esćape': ModuleNotFoundError: No module named '_esćape'
# main '＿escape': ModuleNotFoundError: No module named '＿escape'
# main '_escape\n': ModuleNotFoundError: No module named '_escape\n'
# main ' _escape': ModuleNotFoundError: No module named ' _escape'
# main 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx: ModuleNotFoundError: No module named 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
# main 'a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a: ModuleNotFoundError: No module named 'a'
# main fromlist: ModuleNotFoundError: No module named '/etc/passwd'
# main level 1: ImportError: attempted relative import with no known parent package
# main level 9: ImportError: attempted relative import with no known parent package
# main helper: '_escape'
# main relative: ImportError: attempted relative import with no known parent package
# main relative dotted: ImportError: attempted relative import with no known parent package
# import_isolated '/etc/passwd': ModuleNotFoundError: No module named '/etc/passwd'
# import_isolated '..': ModuleNotFoundError: No module named '..'
# import_isolated '': ValueError: Empty module name
# import_isolated 'a/b': ModuleNotFoundError: No module named 'a/b'
# import_isolated '_escape\x00': ModuleNotFoundError: No module named '_escape\x00'
# import_isolated 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx: SandboxError: sandbox raised ModuleNotFoundError: No module named 'xxxxxxxxxxxxxxxxx
# import_isolated 1: TypeError: import_isolated() argument must be a module name (str), not 'int'
# import_isolated helper: '_escape'
# import_isolated helper, no file grants: SandboxError: sandbox raised ModuleNotFoundError: No module named '_escape'
# import_isolated os.path: 'a/b'
# -- child
# child '': ValueError: Empty module name
# child '/etc/passwd': ModuleNotFoundError: No module named '/etc/passwd'
# child '../../../../etc/passwd': ModuleNotFoundError: No module named '../../../../etc/passwd'
# child '..': ModuleNotFoundError: No module named '..'
# child '.': ModuleNotFoundError: No module named '.'
# child '...etc': ModuleNotFoundError: No module named '...etc'
# child '.etc': ModuleNotFoundError: No module named '.etc'
# child 'etc.': ModuleNotFoundError: No module named 'etc.'
# child 'etc..passwd': ModuleNotFoundError: No module named 'etc..passwd'
# child 'files_data/notes': ModuleNotFoundError: No module named 'files_data/notes'
# child 'files_data': ModuleNotFoundError: No module named 'files_data'
# child 'notes': ModuleNotFoundError: No module named 'notes'
# child 'sub.inner': ModuleNotFoundError: No module named 'sub'
# child '_escape.py': ModuleNotFoundError: No module named '_escape.py'; '_escape' is not a package
# child '_escape.': ModuleNotFoundError: No module named '_escape.'
# child '_escape\x00': ModuleNotFoundError: No module named '_escape\x00'
# child '\x00/etc/passwd': ModuleNotFoundError: No module named '\x00/etc/passwd'
# child 'passwd': ModuleNotFoundError: No module named 'passwd'
# child 'hostname': ModuleNotFoundError: No module named 'hostname'
# child 'etc∕passwd': ModuleNotFoundError: No module named 'etc∕passwd'
# child 'etc／passwd': ModuleNotFoundError: No module named 'etc／passwd'
# child 'etc․passwd': ModuleNotFoundError: No module named 'etc․passwd'
# child '\u202e_escape': ModuleNotFoundError: No module named '\u202e_escape'
# child '_esćape': ModuleNotFoundError: No module named '_esćape'
# child '＿escape': ModuleNotFoundError: No module named '＿escape'
# child '_escape\n': ModuleNotFoundError: No module named '_escape\n'
# child ' _escape': ModuleNotFoundError: No module named ' _escape'
# child 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx: ModuleNotFoundError: No module named 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
# child 'a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a: ModuleNotFoundError: No module named 'a'
# child fromlist: ModuleNotFoundError: No module named '/etc/passwd'
# child level 1: ImportError: attempted relative import with no known parent package
# child level 9: ImportError: attempted relative import with no known parent package
# child helper: '_escape'
# done
# -- child with no file grants
# bare '': ValueError: Empty module name
# bare '/etc/passwd': ModuleNotFoundError: No module named '/etc/passwd'
# bare '../../../../etc/passwd': ModuleNotFoundError: No module named '../../../../etc/passwd'
# bare '..': ModuleNotFoundError: No module named '..'
# bare '.': ModuleNotFoundError: No module named '.'
# bare '...etc': ModuleNotFoundError: No module named '...etc'
# bare '.etc': ModuleNotFoundError: No module named '.etc'
# bare 'etc.': ModuleNotFoundError: No module named 'etc.'
# bare 'etc..passwd': ModuleNotFoundError: No module named 'etc..passwd'
# bare 'files_data/notes': ModuleNotFoundError: No module named 'files_data/notes'
# bare 'files_data': ModuleNotFoundError: No module named 'files_data'
# bare 'notes': ModuleNotFoundError: No module named 'notes'
# bare 'sub.inner': ModuleNotFoundError: No module named 'sub'
# bare '_escape.py': ModuleNotFoundError: No module named '_escape'
# bare '_escape.': ModuleNotFoundError: No module named '_escape.'
# bare '_escape\x00': ModuleNotFoundError: No module named '_escape\x00'
# bare '\x00/etc/passwd': ModuleNotFoundError: No module named '\x00/etc/passwd'
# bare 'passwd': ModuleNotFoundError: No module named 'passwd'
# bare 'hostname': ModuleNotFoundError: No module named 'hostname'
# bare 'etc∕passwd': ModuleNotFoundError: No module named 'etc∕passwd'
# bare 'etc／passwd': ModuleNotFoundError: No module named 'etc／passwd'
# bare 'etc․passwd': ModuleNotFoundError: No module named 'etc․passwd'
# bare '\u202e_escape': ModuleNotFoundError: No module named '\u202e_escape'
# bare '_esćape': ModuleNotFoundError: No module named '_esćape'
# bare '＿escape': ModuleNotFoundError: No module named '＿escape'
# bare '_escape\n': ModuleNotFoundError: No module named '_escape\n'
# bare ' _escape': ModuleNotFoundError: No module named ' _escape'
# bare 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx: ModuleNotFoundError: No module named 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
# bare 'a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a: ModuleNotFoundError: No module named 'a'
# bare fromlist: ModuleNotFoundError: No module named '/etc/passwd'
# bare level 1: ImportError: attempted relative import with no known parent package
# bare level 9: ImportError: attempted relative import with no known parent package
# bare helper: ModuleNotFoundError: No module named '_escape'
# done
