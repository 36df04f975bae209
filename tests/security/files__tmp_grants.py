# sandpy-only: child sandboxes and their grants
# Route: keep writing after the host said "no writes": a child started with
# write=[] tries the in-memory /tmp (create, append, mkdir, remove, read
# what its parent left there), with every spelling of the path; children
# that narrowed only their reads, that named /tmp among their reads only,
# or that granted it back in `write`, show where /tmp is and is not. /tmp
# is read-write memory, so a child has it only where it may both read and
# write it: `write` names it, or `write` is left out and `read` is left out
# or names it. It is granted whole, by naming /tmp itself: a path under it
# grants nothing.
import os
import sandbox


def attempt(label, route):
    try:
        got = route()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {got!r}")


def write(p, text, mode="w"):
    with open(p, mode) as f:
        return f.write(text)


def read(p):
    with open(p) as f:
        return f.read()


def probe(label):
    caps = sandbox.capabilities()
    print(label, "read", caps["read"], "write", caps["write"], os.listdir("/"))
    for p in ["/tmp/new.txt", "tmp/new2.txt", "/tmp/../tmp/new3.txt", "//tmp/new4.txt", "/./tmp/new5.txt"]:
        attempt(label + " create " + p, lambda: write(p, "x"))
    attempt(label + " read parent's", lambda: read("/tmp/parent.txt"))
    attempt(label + " append parent's", lambda: write("/tmp/parent.txt", "more", "a"))
    attempt(label + " truncate parent's", lambda: write("/tmp/parent.txt", ""))
    attempt(label + " remove parent's", lambda: os.remove("/tmp/parent.txt"))
    attempt(label + " mkdir", lambda: os.mkdir("/tmp/d"))
    attempt(label + " listdir /tmp", lambda: sorted(os.listdir("/tmp")))
    attempt(label + " allowed write", lambda: sandbox.allowed("write", "/tmp/x"))
    attempt(label + " allowed read", lambda: sandbox.allowed("read", "/tmp/x"))
    for p in ["/tmp/new.txt", "tmp/new2.txt", "/tmp/new3.txt", "/tmp/new4.txt", "/tmp/new5.txt", "/tmp/d"]:
        try:
            os.rmdir(p) if p.endswith("/d") else os.remove(p)
        except OSError:
            pass
    return label


write("/tmp/parent.txt", "parent's data")
configs = [
    ("inherits", None),
    ("write=[]", sandbox.Config(write=[])),
    ("read=[], write=[]", sandbox.Config(read=[], write=[])),
    ("read=[/tmp], write=[]", sandbox.Config(read=["/tmp"], write=[])),
    ("read=[]", sandbox.Config(read=[])),
    ("read=[/tmp]", sandbox.Config(read=["/tmp"])),
    ("write=[/tmp]", sandbox.Config(write=["/tmp"])),
    ("read=[], write=[/tmp/sub]", sandbox.Config(read=[], write=["/tmp/sub"])),
    ("write=[/tmp/../etc]", sandbox.Config(write=["/tmp/../etc"])),
    ("write=[/tmpx]", sandbox.Config(write=["/tmpx"])),
]
for label, config in configs:
    print("--", label)
    write("/tmp/parent.txt", "parent's data")
    if config is None:
        print(sandbox.spawn(probe, label).join())
    else:
        print(sandbox.spawn(probe, label, _config=config).join())


def nested():
    # A child without /tmp cannot hand it to its own child.
    return sandbox.spawn(probe, "grandchild asks write=[/tmp]",
                         _config=sandbox.Config(write=["/tmp"])).join()


print("--")
write("/tmp/parent.txt", "parent's data")
print(sandbox.spawn(nested, _config=sandbox.Config(write=[])).join())
print("parent's file:", read("/tmp/parent.txt"))

# Output:
# -- inherits
# inherits read ['/tmp'] write ['/tmp'] ['tmp']
# inherits create /tmp/new.txt: 1
# inherits create tmp/new2.txt: 1
# inherits create /tmp/../tmp/new3.txt: 1
# inherits create //tmp/new4.txt: 1
# inherits create /./tmp/new5.txt: 1
# inherits read parent's: "parent's data"
# inherits append parent's: 4
# inherits truncate parent's: 0
# inherits remove parent's: None
# inherits mkdir: None
# inherits listdir /tmp: ['d', 'new.txt', 'new2.txt', 'new3.txt', 'new4.txt', 'new5.txt']
# inherits allowed write: True
# inherits allowed read: True
# inherits
# -- write=[]
# write=[] read [] write [] []
# write=[] create /tmp/new.txt: PermissionError: [Errno 13] Permission denied: '/tmp/new.txt'
# write=[] create tmp/new2.txt: PermissionError: [Errno 13] Permission denied: 'tmp/new2.txt'
# write=[] create /tmp/../tmp/new3.txt: PermissionError: [Errno 13] Permission denied: '/tmp/../tmp/new3.txt'
# write=[] create //tmp/new4.txt: PermissionError: [Errno 13] Permission denied: '//tmp/new4.txt'
# write=[] create /./tmp/new5.txt: PermissionError: [Errno 13] Permission denied: '/./tmp/new5.txt'
# write=[] read parent's: FileNotFoundError: [Errno 2] No such file or directory: '/tmp/parent.txt'
# write=[] append parent's: PermissionError: [Errno 13] Permission denied: '/tmp/parent.txt'
# write=[] truncate parent's: PermissionError: [Errno 13] Permission denied: '/tmp/parent.txt'
# write=[] remove parent's: FileNotFoundError: [Errno 2] No such file or directory: '/tmp/parent.txt'
# write=[] mkdir: PermissionError: [Errno 13] Permission denied: '/tmp/d'
# write=[] listdir /tmp: FileNotFoundError: [Errno 2] No such file or directory: '/tmp'
# write=[] allowed write: False
# write=[] allowed read: False
# write=[]
# -- read=[], write=[]
# read=[], write=[] read [] write [] []
# read=[], write=[] create /tmp/new.txt: PermissionError: [Errno 13] Permission denied: '/tmp/new.txt'
# read=[], write=[] create tmp/new2.txt: PermissionError: [Errno 13] Permission denied: 'tmp/new2.txt'
# read=[], write=[] create /tmp/../tmp/new3.txt: PermissionError: [Errno 13] Permission denied: '/tmp/../tmp/new3.txt'
# read=[], write=[] create //tmp/new4.txt: PermissionError: [Errno 13] Permission denied: '//tmp/new4.txt'
# read=[], write=[] create /./tmp/new5.txt: PermissionError: [Errno 13] Permission denied: '/./tmp/new5.txt'
# read=[], write=[] read parent's: FileNotFoundError: [Errno 2] No such file or directory: '/tmp/parent.txt'
# read=[], write=[] append parent's: PermissionError: [Errno 13] Permission denied: '/tmp/parent.txt'
# read=[], write=[] truncate parent's: PermissionError: [Errno 13] Permission denied: '/tmp/parent.txt'
# read=[], write=[] remove parent's: FileNotFoundError: [Errno 2] No such file or directory: '/tmp/parent.txt'
# read=[], write=[] mkdir: PermissionError: [Errno 13] Permission denied: '/tmp/d'
# read=[], write=[] listdir /tmp: FileNotFoundError: [Errno 2] No such file or directory: '/tmp'
# read=[], write=[] allowed write: False
# read=[], write=[] allowed read: False
# read=[], write=[]
# -- read=[/tmp], write=[]
# read=[/tmp], write=[] read [] write [] []
# read=[/tmp], write=[] create /tmp/new.txt: PermissionError: [Errno 13] Permission denied: '/tmp/new.txt'
# read=[/tmp], write=[] create tmp/new2.txt: PermissionError: [Errno 13] Permission denied: 'tmp/new2.txt'
# read=[/tmp], write=[] create /tmp/../tmp/new3.txt: PermissionError: [Errno 13] Permission denied: '/tmp/../tmp/new3.txt'
# read=[/tmp], write=[] create //tmp/new4.txt: PermissionError: [Errno 13] Permission denied: '//tmp/new4.txt'
# read=[/tmp], write=[] create /./tmp/new5.txt: PermissionError: [Errno 13] Permission denied: '/./tmp/new5.txt'
# read=[/tmp], write=[] read parent's: FileNotFoundError: [Errno 2] No such file or directory: '/tmp/parent.txt'
# read=[/tmp], write=[] append parent's: PermissionError: [Errno 13] Permission denied: '/tmp/parent.txt'
# read=[/tmp], write=[] truncate parent's: PermissionError: [Errno 13] Permission denied: '/tmp/parent.txt'
# read=[/tmp], write=[] remove parent's: FileNotFoundError: [Errno 2] No such file or directory: '/tmp/parent.txt'
# read=[/tmp], write=[] mkdir: PermissionError: [Errno 13] Permission denied: '/tmp/d'
# read=[/tmp], write=[] listdir /tmp: FileNotFoundError: [Errno 2] No such file or directory: '/tmp'
# read=[/tmp], write=[] allowed write: False
# read=[/tmp], write=[] allowed read: False
# read=[/tmp], write=[]
# -- read=[]
# read=[] read [] write [] []
# read=[] create /tmp/new.txt: PermissionError: [Errno 13] Permission denied: '/tmp/new.txt'
# read=[] create tmp/new2.txt: PermissionError: [Errno 13] Permission denied: 'tmp/new2.txt'
# read=[] create /tmp/../tmp/new3.txt: PermissionError: [Errno 13] Permission denied: '/tmp/../tmp/new3.txt'
# read=[] create //tmp/new4.txt: PermissionError: [Errno 13] Permission denied: '//tmp/new4.txt'
# read=[] create /./tmp/new5.txt: PermissionError: [Errno 13] Permission denied: '/./tmp/new5.txt'
# read=[] read parent's: FileNotFoundError: [Errno 2] No such file or directory: '/tmp/parent.txt'
# read=[] append parent's: PermissionError: [Errno 13] Permission denied: '/tmp/parent.txt'
# read=[] truncate parent's: PermissionError: [Errno 13] Permission denied: '/tmp/parent.txt'
# read=[] remove parent's: FileNotFoundError: [Errno 2] No such file or directory: '/tmp/parent.txt'
# read=[] mkdir: PermissionError: [Errno 13] Permission denied: '/tmp/d'
# read=[] listdir /tmp: FileNotFoundError: [Errno 2] No such file or directory: '/tmp'
# read=[] allowed write: False
# read=[] allowed read: False
# read=[]
# -- read=[/tmp]
# read=[/tmp] read ['/tmp'] write ['/tmp'] ['tmp']
# read=[/tmp] create /tmp/new.txt: 1
# read=[/tmp] create tmp/new2.txt: 1
# read=[/tmp] create /tmp/../tmp/new3.txt: 1
# read=[/tmp] create //tmp/new4.txt: 1
# read=[/tmp] create /./tmp/new5.txt: 1
# read=[/tmp] read parent's: "parent's data"
# read=[/tmp] append parent's: 4
# read=[/tmp] truncate parent's: 0
# read=[/tmp] remove parent's: None
# read=[/tmp] mkdir: None
# read=[/tmp] listdir /tmp: ['d', 'new.txt', 'new2.txt', 'new3.txt', 'new4.txt', 'new5.txt']
# read=[/tmp] allowed write: True
# read=[/tmp] allowed read: True
# read=[/tmp]
# -- write=[/tmp]
# write=[/tmp] read ['/tmp'] write ['/tmp'] ['tmp']
# write=[/tmp] create /tmp/new.txt: 1
# write=[/tmp] create tmp/new2.txt: 1
# write=[/tmp] create /tmp/../tmp/new3.txt: 1
# write=[/tmp] create //tmp/new4.txt: 1
# write=[/tmp] create /./tmp/new5.txt: 1
# write=[/tmp] read parent's: "parent's data"
# write=[/tmp] append parent's: 4
# write=[/tmp] truncate parent's: 0
# write=[/tmp] remove parent's: None
# write=[/tmp] mkdir: None
# write=[/tmp] listdir /tmp: ['d', 'new.txt', 'new2.txt', 'new3.txt', 'new4.txt', 'new5.txt']
# write=[/tmp] allowed write: True
# write=[/tmp] allowed read: True
# write=[/tmp]
# -- read=[], write=[/tmp/sub]
# read=[], write=[/tmp/sub] read [] write [] []
# read=[], write=[/tmp/sub] create /tmp/new.txt: PermissionError: [Errno 13] Permission denied: '/tmp/new.txt'
# read=[], write=[/tmp/sub] create tmp/new2.txt: PermissionError: [Errno 13] Permission denied: 'tmp/new2.txt'
# read=[], write=[/tmp/sub] create /tmp/../tmp/new3.txt: PermissionError: [Errno 13] Permission denied: '/tmp/../tmp/new3.txt'
# read=[], write=[/tmp/sub] create //tmp/new4.txt: PermissionError: [Errno 13] Permission denied: '//tmp/new4.txt'
# read=[], write=[/tmp/sub] create /./tmp/new5.txt: PermissionError: [Errno 13] Permission denied: '/./tmp/new5.txt'
# read=[], write=[/tmp/sub] read parent's: FileNotFoundError: [Errno 2] No such file or directory: '/tmp/parent.txt'
# read=[], write=[/tmp/sub] append parent's: PermissionError: [Errno 13] Permission denied: '/tmp/parent.txt'
# read=[], write=[/tmp/sub] truncate parent's: PermissionError: [Errno 13] Permission denied: '/tmp/parent.txt'
# read=[], write=[/tmp/sub] remove parent's: FileNotFoundError: [Errno 2] No such file or directory: '/tmp/parent.txt'
# read=[], write=[/tmp/sub] mkdir: PermissionError: [Errno 13] Permission denied: '/tmp/d'
# read=[], write=[/tmp/sub] listdir /tmp: FileNotFoundError: [Errno 2] No such file or directory: '/tmp'
# read=[], write=[/tmp/sub] allowed write: False
# read=[], write=[/tmp/sub] allowed read: False
# read=[], write=[/tmp/sub]
# -- write=[/tmp/../etc]
# write=[/tmp/../etc] read [] write [] []
# write=[/tmp/../etc] create /tmp/new.txt: PermissionError: [Errno 13] Permission denied: '/tmp/new.txt'
# write=[/tmp/../etc] create tmp/new2.txt: PermissionError: [Errno 13] Permission denied: 'tmp/new2.txt'
# write=[/tmp/../etc] create /tmp/../tmp/new3.txt: PermissionError: [Errno 13] Permission denied: '/tmp/../tmp/new3.txt'
# write=[/tmp/../etc] create //tmp/new4.txt: PermissionError: [Errno 13] Permission denied: '//tmp/new4.txt'
# write=[/tmp/../etc] create /./tmp/new5.txt: PermissionError: [Errno 13] Permission denied: '/./tmp/new5.txt'
# write=[/tmp/../etc] read parent's: FileNotFoundError: [Errno 2] No such file or directory: '/tmp/parent.txt'
# write=[/tmp/../etc] append parent's: PermissionError: [Errno 13] Permission denied: '/tmp/parent.txt'
# write=[/tmp/../etc] truncate parent's: PermissionError: [Errno 13] Permission denied: '/tmp/parent.txt'
# write=[/tmp/../etc] remove parent's: FileNotFoundError: [Errno 2] No such file or directory: '/tmp/parent.txt'
# write=[/tmp/../etc] mkdir: PermissionError: [Errno 13] Permission denied: '/tmp/d'
# write=[/tmp/../etc] listdir /tmp: FileNotFoundError: [Errno 2] No such file or directory: '/tmp'
# write=[/tmp/../etc] allowed write: False
# write=[/tmp/../etc] allowed read: False
# write=[/tmp/../etc]
# -- write=[/tmpx]
# write=[/tmpx] read [] write [] []
# write=[/tmpx] create /tmp/new.txt: PermissionError: [Errno 13] Permission denied: '/tmp/new.txt'
# write=[/tmpx] create tmp/new2.txt: PermissionError: [Errno 13] Permission denied: 'tmp/new2.txt'
# write=[/tmpx] create /tmp/../tmp/new3.txt: PermissionError: [Errno 13] Permission denied: '/tmp/../tmp/new3.txt'
# write=[/tmpx] create //tmp/new4.txt: PermissionError: [Errno 13] Permission denied: '//tmp/new4.txt'
# write=[/tmpx] create /./tmp/new5.txt: PermissionError: [Errno 13] Permission denied: '/./tmp/new5.txt'
# write=[/tmpx] read parent's: FileNotFoundError: [Errno 2] No such file or directory: '/tmp/parent.txt'
# write=[/tmpx] append parent's: PermissionError: [Errno 13] Permission denied: '/tmp/parent.txt'
# write=[/tmpx] truncate parent's: PermissionError: [Errno 13] Permission denied: '/tmp/parent.txt'
# write=[/tmpx] remove parent's: FileNotFoundError: [Errno 2] No such file or directory: '/tmp/parent.txt'
# write=[/tmpx] mkdir: PermissionError: [Errno 13] Permission denied: '/tmp/d'
# write=[/tmpx] listdir /tmp: FileNotFoundError: [Errno 2] No such file or directory: '/tmp'
# write=[/tmpx] allowed write: False
# write=[/tmpx] allowed read: False
# write=[/tmpx]
# --
# grandchild asks write=[/tmp] read [] write [] []
# grandchild asks write=[/tmp] create /tmp/new.txt: PermissionError: [Errno 13] Permission denied: '/tmp/new.txt'
# grandchild asks write=[/tmp] create tmp/new2.txt: PermissionError: [Errno 13] Permission denied: 'tmp/new2.txt'
# grandchild asks write=[/tmp] create /tmp/../tmp/new3.txt: PermissionError: [Errno 13] Permission denied: '/tmp/../tmp/new3.txt'
# grandchild asks write=[/tmp] create //tmp/new4.txt: PermissionError: [Errno 13] Permission denied: '//tmp/new4.txt'
# grandchild asks write=[/tmp] create /./tmp/new5.txt: PermissionError: [Errno 13] Permission denied: '/./tmp/new5.txt'
# grandchild asks write=[/tmp] read parent's: FileNotFoundError: [Errno 2] No such file or directory: '/tmp/parent.txt'
# grandchild asks write=[/tmp] append parent's: PermissionError: [Errno 13] Permission denied: '/tmp/parent.txt'
# grandchild asks write=[/tmp] truncate parent's: PermissionError: [Errno 13] Permission denied: '/tmp/parent.txt'
# grandchild asks write=[/tmp] remove parent's: FileNotFoundError: [Errno 2] No such file or directory: '/tmp/parent.txt'
# grandchild asks write=[/tmp] mkdir: PermissionError: [Errno 13] Permission denied: '/tmp/d'
# grandchild asks write=[/tmp] listdir /tmp: FileNotFoundError: [Errno 2] No such file or directory: '/tmp'
# grandchild asks write=[/tmp] allowed write: False
# grandchild asks write=[/tmp] allowed read: False
# grandchild asks write=[/tmp]
# parent's file: parent's data
