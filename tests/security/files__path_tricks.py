# sandpy-only: CPython opens whatever the process can reach
# sandpy-args: --allow-read files_data
# Route: reach a host file outside the granted mount by naming it: `..`
# (relative, absolute, inside a mount), absolute host paths, the test
# folder's own files, NUL bytes, writes into a read-only mount, and the
# errors' text (which must name only the path as the program wrote it,
# never the host directory it was given). The file controller normalises
# `..` lexically inside the virtual root `/`, shows only the mount at
# `/files_data` (and the in-memory /tmp), and maps every host error itself.
import os
import sandbox


def attempt(label, f):
    try:
        r = f()
        print(label + ":", "OK", repr(r)[:60])
    except (OSError, ValueError) as e:
        print(label + ":", type(e).__name__ + ":", e)


def read(p):
    with open(p) as f:
        return f.read()


def routes():
    print(os.getcwd(), os.listdir("/"), os.listdir("files_data"))
    attempt("granted", lambda: read("files_data/notes.txt"))
    attempt("granted, absolute", lambda: read("/files_data/sub/inner.txt"))
    attempt("dot-dot inside", lambda: read("files_data/sub/../notes.txt"))
    attempt("dot-dot out", lambda: read("files_data/../files__path_tricks.py"))
    attempt("dot-dot far", lambda: read("../../../../etc/passwd"))
    attempt("dot-dot absolute", lambda: read("/files_data/../../etc/passwd"))
    attempt("absolute host", lambda: read("/etc/passwd"))
    attempt("own script", lambda: read("files__path_tricks.py"))
    attempt("listdir ..", lambda: os.listdir(".."))
    attempt("listdir /etc", lambda: os.listdir("/etc"))
    attempt("exists /etc/passwd", lambda: os.path.exists("/etc/passwd"))
    attempt("NUL", lambda: open("files_data/notes.txt\0.png"))
    attempt("NUL exists", lambda: os.path.exists("files_data/\0"))
    attempt("NUL listdir", lambda: os.listdir("files_data\0"))
    attempt("write read-only", lambda: open("files_data/new.txt", "w"))
    attempt("append read-only", lambda: open("files_data/notes.txt", "a"))
    attempt("remove read-only", lambda: os.remove("files_data/notes.txt"))
    attempt("mkdir read-only", lambda: os.mkdir("files_data/d"))
    attempt("mkdir outside", lambda: os.mkdir("/etc/x"))
    attempt("write outside", lambda: open("/home/x", "w"))
    attempt("remove mount", lambda: os.rmdir("files_data"))
    attempt("open a directory", lambda: open("files_data/sub"))
    attempt("open the root", lambda: open("/"))
    attempt("proc", lambda: read("/proc/self/environ"))
    return "done"


routes()
print("-- child, granted files_data/sub only")
print(sandbox.spawn(routes, _config=sandbox.Config(read=["files_data/sub"])).join())

# Output:
# / ['files_data', 'tmp'] ['notes.txt', 'sub']
# granted: OK 'secret-free data\nline two\n'
# granted, absolute: OK 'inner\n'
# dot-dot inside: OK 'secret-free data\nline two\n'
# dot-dot out: FileNotFoundError: [Errno 2] No such file or directory: 'files_data/../files__path_tricks.py'
# dot-dot far: FileNotFoundError: [Errno 2] No such file or directory: '../../../../etc/passwd'
# dot-dot absolute: FileNotFoundError: [Errno 2] No such file or directory: '/files_data/../../etc/passwd'
# absolute host: FileNotFoundError: [Errno 2] No such file or directory: '/etc/passwd'
# own script: FileNotFoundError: [Errno 2] No such file or directory: 'files__path_tricks.py'
# listdir ..: OK ['files_data', 'tmp']
# listdir /etc: FileNotFoundError: [Errno 2] No such file or directory: '/etc'
# exists /etc/passwd: OK False
# NUL: ValueError: embedded null byte
# NUL exists: OK False
# NUL listdir: ValueError: embedded null byte
# write read-only: PermissionError: [Errno 13] Permission denied: 'files_data/new.txt'
# append read-only: PermissionError: [Errno 13] Permission denied: 'files_data/notes.txt'
# remove read-only: PermissionError: [Errno 13] Permission denied: 'files_data/notes.txt'
# mkdir read-only: PermissionError: [Errno 13] Permission denied: 'files_data/d'
# mkdir outside: PermissionError: [Errno 13] Permission denied: '/etc/x'
# write outside: PermissionError: [Errno 13] Permission denied: '/home/x'
# remove mount: PermissionError: [Errno 13] Permission denied: 'files_data'
# open a directory: IsADirectoryError: [Errno 21] Is a directory: 'files_data/sub'
# open the root: IsADirectoryError: [Errno 21] Is a directory: '/'
# proc: FileNotFoundError: [Errno 2] No such file or directory: '/proc/self/environ'
# -- child, granted files_data/sub only
# / ['files_data'] ['sub']
# granted: FileNotFoundError: [Errno 2] No such file or directory: 'files_data/notes.txt'
# granted, absolute: OK 'inner\n'
# dot-dot inside: FileNotFoundError: [Errno 2] No such file or directory: 'files_data/sub/../notes.txt'
# dot-dot out: FileNotFoundError: [Errno 2] No such file or directory: 'files_data/../files__path_tricks.py'
# dot-dot far: FileNotFoundError: [Errno 2] No such file or directory: '../../../../etc/passwd'
# dot-dot absolute: FileNotFoundError: [Errno 2] No such file or directory: '/files_data/../../etc/passwd'
# absolute host: FileNotFoundError: [Errno 2] No such file or directory: '/etc/passwd'
# own script: FileNotFoundError: [Errno 2] No such file or directory: 'files__path_tricks.py'
# listdir ..: OK ['files_data']
# listdir /etc: FileNotFoundError: [Errno 2] No such file or directory: '/etc'
# exists /etc/passwd: OK False
# NUL: ValueError: embedded null byte
# NUL exists: OK False
# NUL listdir: ValueError: embedded null byte
# write read-only: PermissionError: [Errno 13] Permission denied: 'files_data/new.txt'
# append read-only: PermissionError: [Errno 13] Permission denied: 'files_data/notes.txt'
# remove read-only: FileNotFoundError: [Errno 2] No such file or directory: 'files_data/notes.txt'
# mkdir read-only: PermissionError: [Errno 13] Permission denied: 'files_data/d'
# mkdir outside: PermissionError: [Errno 13] Permission denied: '/etc/x'
# write outside: PermissionError: [Errno 13] Permission denied: '/home/x'
# remove mount: PermissionError: [Errno 13] Permission denied: 'files_data'
# open a directory: IsADirectoryError: [Errno 21] Is a directory: 'files_data/sub'
# open the root: IsADirectoryError: [Errno 21] Is a directory: '/'
# proc: FileNotFoundError: [Errno 2] No such file or directory: '/proc/self/environ'
# done
