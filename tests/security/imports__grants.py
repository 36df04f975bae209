# sandpy-only: child sandboxes and their grants
# sandpy-args: --allow-read files_data
# Route: read host files through the importer instead of open(): the
# script's own directory is importable (its .py files are modules), so try
# to turn that into reading it: open the helper by its path, list the
# directory, test that it exists, ask sandbox.allowed; then from children
# whose file grants were narrowed (read=[], write=[], read naming only
# files_data, read naming the script's directory, a grandchild of a child
# that kept it) import the helper anyway, and import a module from a
# granted data mount (the import path holds only the script's directory).
# The importer reads through the file controller under each sandbox's
# grants: the script's directory is an import mount, readable by the
# importer and by nothing else, and a child keeps it only while its read
# grants keep it.
import sys
import os
import sandbox

HERE = sys.path[0]


def attempt(label, route):
    try:
        got = route()
    except Exception as e:
        msg = str(e).replace(HERE, "<script dir>")
        print(f"{label}: {type(e).__name__}: {msg}")
    else:
        print(f"{label}: {got!r}")


def probe(label):
    attempt(label + " import helper", lambda: __import__("_escape").__name__)
    attempt(label + " helper __file__", lambda: __import__("_escape").__file__.replace(HERE, "<script dir>"))
    attempt(label + " open helper", lambda: open(HERE + "/_escape.py").read()[:10])
    attempt(label + " open helper, relative", lambda: open("_escape.py").read()[:10])
    attempt(label + " exists", lambda: os.path.exists(HERE + "/_escape.py"))
    attempt(label + " isdir", lambda: os.path.isdir(HERE))
    attempt(label + " listdir", lambda: len(os.listdir(HERE)))
    attempt(label + " allowed read", lambda: sandbox.allowed("read", HERE + "/_escape.py"))
    attempt(label + " import a data file", lambda: __import__("notes"))
    attempt(label + " import the data dir", lambda: __import__("files_data"))
    attempt(label + " read grants", lambda: [p.replace(HERE, "<script dir>") for p in sandbox.capabilities()["read"]])
    return label


def grandchild():
    probe("grandchild (inherits)")
    bare = sandbox.Config(read=[], write=[])
    return sandbox.spawn(probe, "great-grandchild (read=[], write=[])", _config=bare).join()


probe("main")
configs = [
    ("child (inherits)", None),
    ("child read=[], write=[]", sandbox.Config(read=[], write=[])),
    ("child read=[]", sandbox.Config(read=[])),
    ("child write=[]", sandbox.Config(write=[])),
    ("child read=[files_data]", sandbox.Config(read=["/files_data"])),
    ("child read=[script dir]", sandbox.Config(read=[HERE])),
    ("child read=[/]", sandbox.Config(read=["/"])),
    ("child read=[script dir/..]", sandbox.Config(read=[HERE + "/.."])),
    ("child write=[script dir]", sandbox.Config(read=[], write=[HERE])),
]
for label, config in configs:
    print("--", label)
    if config is None:
        print(sandbox.spawn(probe, label).join())
    else:
        print(sandbox.spawn(probe, label, _config=config).join())
print("--")
print(sandbox.spawn(grandchild).join())

# Output:
# main import helper: '_escape'
# main helper __file__: '<script dir>/_escape.py'
# main open helper: FileNotFoundError: [Errno 2] No such file or directory: '<script dir>/_escape.py'
# main open helper, relative: FileNotFoundError: [Errno 2] No such file or directory: '_escape.py'
# main exists: False
# main isdir: False
# main listdir: FileNotFoundError: [Errno 2] No such file or directory: '<script dir>'
# main allowed read: False
# main import a data file: ModuleNotFoundError: No module named 'notes'
# main import the data dir: ModuleNotFoundError: No module named 'files_data'
# main read grants: ['/files_data', '/tmp']
# -- child (inherits)
# child (inherits) import helper: '_escape'
# child (inherits) helper __file__: '<script dir>/_escape.py'
# child (inherits) open helper: FileNotFoundError: [Errno 2] No such file or directory: '<script dir>/_escape.py'
# child (inherits) open helper, relative: FileNotFoundError: [Errno 2] No such file or directory: '_escape.py'
# child (inherits) exists: False
# child (inherits) isdir: False
# child (inherits) listdir: FileNotFoundError: [Errno 2] No such file or directory: '<script dir>'
# child (inherits) allowed read: False
# child (inherits) import a data file: ModuleNotFoundError: No module named 'notes'
# child (inherits) import the data dir: ModuleNotFoundError: No module named 'files_data'
# child (inherits) read grants: ['/files_data', '/tmp']
# child (inherits)
# -- child read=[], write=[]
# child read=[], write=[] import helper: ModuleNotFoundError: No module named '_escape'
# child read=[], write=[] helper __file__: ModuleNotFoundError: No module named '_escape'
# child read=[], write=[] open helper: FileNotFoundError: [Errno 2] No such file or directory: '<script dir>/_escape.py'
# child read=[], write=[] open helper, relative: FileNotFoundError: [Errno 2] No such file or directory: '_escape.py'
# child read=[], write=[] exists: False
# child read=[], write=[] isdir: False
# child read=[], write=[] listdir: FileNotFoundError: [Errno 2] No such file or directory: '<script dir>'
# child read=[], write=[] allowed read: False
# child read=[], write=[] import a data file: ModuleNotFoundError: No module named 'notes'
# child read=[], write=[] import the data dir: ModuleNotFoundError: No module named 'files_data'
# child read=[], write=[] read grants: []
# child read=[], write=[]
# -- child read=[]
# child read=[] import helper: ModuleNotFoundError: No module named '_escape'
# child read=[] helper __file__: ModuleNotFoundError: No module named '_escape'
# child read=[] open helper: FileNotFoundError: [Errno 2] No such file or directory: '<script dir>/_escape.py'
# child read=[] open helper, relative: FileNotFoundError: [Errno 2] No such file or directory: '_escape.py'
# child read=[] exists: False
# child read=[] isdir: False
# child read=[] listdir: FileNotFoundError: [Errno 2] No such file or directory: '<script dir>'
# child read=[] allowed read: False
# child read=[] import a data file: ModuleNotFoundError: No module named 'notes'
# child read=[] import the data dir: ModuleNotFoundError: No module named 'files_data'
# child read=[] read grants: []
# child read=[]
# -- child write=[]
# child write=[] import helper: '_escape'
# child write=[] helper __file__: '<script dir>/_escape.py'
# child write=[] open helper: FileNotFoundError: [Errno 2] No such file or directory: '<script dir>/_escape.py'
# child write=[] open helper, relative: FileNotFoundError: [Errno 2] No such file or directory: '_escape.py'
# child write=[] exists: False
# child write=[] isdir: False
# child write=[] listdir: FileNotFoundError: [Errno 2] No such file or directory: '<script dir>'
# child write=[] allowed read: False
# child write=[] import a data file: ModuleNotFoundError: No module named 'notes'
# child write=[] import the data dir: ModuleNotFoundError: No module named 'files_data'
# child write=[] read grants: ['/files_data']
# child write=[]
# -- child read=[files_data]
# child read=[files_data] import helper: ModuleNotFoundError: No module named '_escape'
# child read=[files_data] helper __file__: ModuleNotFoundError: No module named '_escape'
# child read=[files_data] open helper: FileNotFoundError: [Errno 2] No such file or directory: '<script dir>/_escape.py'
# child read=[files_data] open helper, relative: FileNotFoundError: [Errno 2] No such file or directory: '_escape.py'
# child read=[files_data] exists: False
# child read=[files_data] isdir: False
# child read=[files_data] listdir: FileNotFoundError: [Errno 2] No such file or directory: '<script dir>'
# child read=[files_data] allowed read: False
# child read=[files_data] import a data file: ModuleNotFoundError: No module named 'notes'
# child read=[files_data] import the data dir: ModuleNotFoundError: No module named 'files_data'
# child read=[files_data] read grants: ['/files_data']
# child read=[files_data]
# -- child read=[script dir]
# child read=[script dir] import helper: '_escape'
# child read=[script dir] helper __file__: '<script dir>/_escape.py'
# child read=[script dir] open helper: FileNotFoundError: [Errno 2] No such file or directory: '<script dir>/_escape.py'
# child read=[script dir] open helper, relative: FileNotFoundError: [Errno 2] No such file or directory: '_escape.py'
# child read=[script dir] exists: False
# child read=[script dir] isdir: False
# child read=[script dir] listdir: FileNotFoundError: [Errno 2] No such file or directory: '<script dir>'
# child read=[script dir] allowed read: False
# child read=[script dir] import a data file: ModuleNotFoundError: No module named 'notes'
# child read=[script dir] import the data dir: ModuleNotFoundError: No module named 'files_data'
# child read=[script dir] read grants: []
# child read=[script dir]
# -- child read=[/]
# child read=[/] import helper: ModuleNotFoundError: No module named '_escape'
# child read=[/] helper __file__: ModuleNotFoundError: No module named '_escape'
# child read=[/] open helper: FileNotFoundError: [Errno 2] No such file or directory: '<script dir>/_escape.py'
# child read=[/] open helper, relative: FileNotFoundError: [Errno 2] No such file or directory: '_escape.py'
# child read=[/] exists: False
# child read=[/] isdir: False
# child read=[/] listdir: FileNotFoundError: [Errno 2] No such file or directory: '<script dir>'
# child read=[/] allowed read: False
# child read=[/] import a data file: ModuleNotFoundError: No module named 'notes'
# child read=[/] import the data dir: ModuleNotFoundError: No module named 'files_data'
# child read=[/] read grants: []
# child read=[/]
# -- child read=[script dir/..]
# child read=[script dir/..] import helper: ModuleNotFoundError: No module named '_escape'
# child read=[script dir/..] helper __file__: ModuleNotFoundError: No module named '_escape'
# child read=[script dir/..] open helper: FileNotFoundError: [Errno 2] No such file or directory: '<script dir>/_escape.py'
# child read=[script dir/..] open helper, relative: FileNotFoundError: [Errno 2] No such file or directory: '_escape.py'
# child read=[script dir/..] exists: False
# child read=[script dir/..] isdir: False
# child read=[script dir/..] listdir: FileNotFoundError: [Errno 2] No such file or directory: '<script dir>'
# child read=[script dir/..] allowed read: False
# child read=[script dir/..] import a data file: ModuleNotFoundError: No module named 'notes'
# child read=[script dir/..] import the data dir: ModuleNotFoundError: No module named 'files_data'
# child read=[script dir/..] read grants: []
# child read=[script dir/..]
# -- child write=[script dir]
# child write=[script dir] import helper: ModuleNotFoundError: No module named '_escape'
# child write=[script dir] helper __file__: ModuleNotFoundError: No module named '_escape'
# child write=[script dir] open helper: FileNotFoundError: [Errno 2] No such file or directory: '<script dir>/_escape.py'
# child write=[script dir] open helper, relative: FileNotFoundError: [Errno 2] No such file or directory: '_escape.py'
# child write=[script dir] exists: False
# child write=[script dir] isdir: False
# child write=[script dir] listdir: FileNotFoundError: [Errno 2] No such file or directory: '<script dir>'
# child write=[script dir] allowed read: False
# child write=[script dir] import a data file: ModuleNotFoundError: No module named 'notes'
# child write=[script dir] import the data dir: ModuleNotFoundError: No module named 'files_data'
# child write=[script dir] read grants: []
# child write=[script dir]
# --
# grandchild (inherits) import helper: '_escape'
# grandchild (inherits) helper __file__: '<script dir>/_escape.py'
# grandchild (inherits) open helper: FileNotFoundError: [Errno 2] No such file or directory: '<script dir>/_escape.py'
# grandchild (inherits) open helper, relative: FileNotFoundError: [Errno 2] No such file or directory: '_escape.py'
# grandchild (inherits) exists: False
# grandchild (inherits) isdir: False
# grandchild (inherits) listdir: FileNotFoundError: [Errno 2] No such file or directory: '<script dir>'
# grandchild (inherits) allowed read: False
# grandchild (inherits) import a data file: ModuleNotFoundError: No module named 'notes'
# grandchild (inherits) import the data dir: ModuleNotFoundError: No module named 'files_data'
# grandchild (inherits) read grants: ['/files_data', '/tmp']
# great-grandchild (read=[], write=[]) import helper: ModuleNotFoundError: No module named '_escape'
# great-grandchild (read=[], write=[]) helper __file__: ModuleNotFoundError: No module named '_escape'
# great-grandchild (read=[], write=[]) open helper: FileNotFoundError: [Errno 2] No such file or directory: '<script dir>/_escape.py'
# great-grandchild (read=[], write=[]) open helper, relative: FileNotFoundError: [Errno 2] No such file or directory: '_escape.py'
# great-grandchild (read=[], write=[]) exists: False
# great-grandchild (read=[], write=[]) isdir: False
# great-grandchild (read=[], write=[]) listdir: FileNotFoundError: [Errno 2] No such file or directory: '<script dir>'
# great-grandchild (read=[], write=[]) allowed read: False
# great-grandchild (read=[], write=[]) import a data file: ModuleNotFoundError: No module named 'notes'
# great-grandchild (read=[], write=[]) import the data dir: ModuleNotFoundError: No module named 'files_data'
# great-grandchild (read=[], write=[]) read grants: []
# great-grandchild (read=[], write=[])
