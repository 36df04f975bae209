# os's file functions in /tmp: mkdir/makedirs (exist_ok), listdir (str and
# bytes), stat/lstat (stat_result's fields), rename/replace/renames,
# remove/unlink, rmdir/removedirs, scandir's DirEntry (context manager),
# walk (topdown, pruning, bottom-up, onerror), and their errors.
import os

base = "/tmp/sandpy_os__files"


def attempt(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(label, "->", repr(r))
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(base, "BASE"))


def clean(top):
    if not os.path.isdir(top):
        return
    for dirpath, dirs, files in os.walk(top, topdown=False):
        for f in files:
            os.remove(os.path.join(dirpath, f))
        for d in dirs:
            os.rmdir(os.path.join(dirpath, d))
    os.rmdir(top)


clean(base)
os.mkdir(base)
attempt("mkdir again", os.mkdir, base)
os.makedirs(base + "/a/b/c")
attempt("makedirs exists", os.makedirs, base + "/a/b/c")
attempt("makedirs exist_ok", os.makedirs, base + "/a/b/c", exist_ok=True)
with open(base + "/a/one.txt", "w") as f:
    f.write("hello")
with open(base + "/a/b/two.bin", "wb") as f:
    f.write(b"\x00" * 1000)
attempt("makedirs over file", os.makedirs, base + "/a/one.txt", exist_ok=True)
print(sorted(os.listdir(base + "/a")), sorted(os.listdir((base + "/a").encode())))
st = os.stat(base + "/a/one.txt")
print(type(st).__name__, len(st), st.st_size, st[6], st.st_mode & 0o170000 == 0o100000,
      os.stat(base + "/a").st_mode & 0o170000 == 0o040000)
print(type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__, type(st[8]).__name__,
      st.st_mtime_ns // 10 ** 9 == st[8], os.lstat(base + "/a/one.txt").st_size)
print(os.path.getsize(base + "/a/b/two.bin"), type(os.path.getmtime(base + "/a")).__name__)
print(os.path.samefile(base + "/a/one.txt", base + "/a/../a/one.txt"),
      os.path.samefile(base + "/a/one.txt", base + "/a/b/two.bin"))
os.rename(base + "/a/one.txt", base + "/a/uno.txt")
print(sorted(os.listdir(base + "/a")))
with open(base + "/a/dos.txt", "w") as f:
    f.write("x")
os.replace(base + "/a/dos.txt", base + "/a/uno.txt")
print(sorted(os.listdir(base + "/a")), open(base + "/a/uno.txt").read())
os.renames(base + "/a/uno.txt", base + "/n/e/w.txt")
print(os.path.isfile(base + "/n/e/w.txt"), os.path.exists(base + "/a/uno.txt"))
os.rename(base + "/a/b", base + "/bb")
print(sorted(os.listdir(base)), sorted(os.listdir(base + "/bb")))
attempt("rename missing", os.rename, base + "/nope", base + "/x")
attempt("rmdir non-empty", os.rmdir, base + "/bb")
attempt("rmdir file", os.rmdir, base + "/bb/two.bin")
attempt("remove dir", os.remove, base + "/bb")
attempt("remove missing", os.remove, base + "/missing")
attempt("unlink missing", os.unlink, base + "/missing")
attempt("stat missing", os.stat, base + "/missing")
attempt("listdir missing", os.listdir, base + "/missing")
attempt("listdir file", os.listdir, base + "/bb/two.bin")
attempt("stat float", os.stat, 3.5)
attempt("mkdir float", os.mkdir, 3.5)
attempt("rename float", os.rename, 3.5, "x")
attempt("listdir list", os.listdir, [1])
attempt("stat nul", os.stat, "a\0b")
with os.scandir(base) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path.replace(base, "BASE"), e.is_dir(), e.is_file(),
          e.is_symlink(), e.stat().st_mode & 0o170000 == 0o040000, type(e.inode()).__name__,
          os.fspath(e).replace(base, "BASE"))
print(sorted(e.name for e in os.scandir(base.encode() + b"/bb")))
for dirpath, dirs, files in os.walk(base):
    dirs.sort()
    print(dirpath.replace(base, "BASE"), dirs, sorted(files))
    if "n" in dirs:
        dirs.remove("n")
up = [d.replace(base, "BASE") for d, ds, fs in os.walk(base, topdown=False)]
print(up[-1], sorted(up), up.index("BASE/bb/c") < up.index("BASE/bb"))
errors = []
print(list(os.walk(base + "/missing", onerror=errors.append)), [type(e).__name__ for e in errors])
os.makedirs(base + "/r/s/t")
os.removedirs(base + "/r/s/t")
print(os.path.exists(base + "/r"))
clean(base)
print(os.path.exists(base))

# Output:
# mkdir again FileExistsError [Errno 17] File exists: 'BASE'
# makedirs exists FileExistsError [Errno 17] File exists: 'BASE/a/b/c'
# makedirs exist_ok -> None
# makedirs over file FileExistsError [Errno 17] File exists: 'BASE/a/one.txt'
# ['b', 'one.txt'] [b'b', b'one.txt']
# stat_result 10 5 5 True True
# float int int True 5
# 1000 float
# True False
# ['b', 'uno.txt']
# ['b', 'uno.txt'] x
# True False
# ['a', 'bb', 'n'] ['c', 'two.bin']
# rename missing FileNotFoundError [Errno 2] No such file or directory: 'BASE/nope' -> 'BASE/x'
# rmdir non-empty OSError [Errno 39] Directory not empty: 'BASE/bb'
# rmdir file NotADirectoryError [Errno 20] Not a directory: 'BASE/bb/two.bin'
# remove dir IsADirectoryError [Errno 21] Is a directory: 'BASE/bb'
# remove missing FileNotFoundError [Errno 2] No such file or directory: 'BASE/missing'
# unlink missing FileNotFoundError [Errno 2] No such file or directory: 'BASE/missing'
# stat missing FileNotFoundError [Errno 2] No such file or directory: 'BASE/missing'
# listdir missing FileNotFoundError [Errno 2] No such file or directory: 'BASE/missing'
# listdir file NotADirectoryError [Errno 20] Not a directory: 'BASE/bb/two.bin'
# stat float TypeError stat: path should be string, bytes, os.PathLike or integer, not float
# mkdir float TypeError mkdir: path should be string, bytes or os.PathLike, not float
# rename float TypeError rename: src should be string, bytes or os.PathLike, not float
# listdir list TypeError listdir: path should be string, bytes, os.PathLike, integer or None, not list
# stat nul ValueError embedded null byte
# <DirEntry 'a'> a BASE/a True False False True int BASE/a
# <DirEntry 'bb'> bb BASE/bb True False False True int BASE/bb
# <DirEntry 'n'> n BASE/n True False False True int BASE/n
# [b'c', b'two.bin']
# BASE ['a', 'bb', 'n'] []
# BASE/a [] []
# BASE/bb ['c'] ['two.bin']
# BASE/bb/c [] []
# BASE ['BASE', 'BASE/a', 'BASE/bb', 'BASE/bb/c', 'BASE/n', 'BASE/n/e'] True
# [] ['FileNotFoundError']
# False
# False
