# pathlib's file operations in /tmp: mkdir (parents, exist_ok), touch
# (exist_ok), write/read text and bytes, open, exists/is_file/is_dir/
# is_symlink, iterdir, glob/rglob (wildcards, '**', trailing '/',
# literal parts), stat, samefile, rename/replace (returning the new path),
# unlink (missing_ok), rmdir, resolve/absolute/cwd, and their errors.
from pathlib import Path

base = Path("/tmp/sandpy_pathlib__files")


def attempt(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)).replace(str(base), "B"))
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(str(base), "B"))


def clean(p):
    if not p.exists():
        return
    for child in p.iterdir():
        if child.is_dir():
            clean(child)
        else:
            child.unlink()
    p.rmdir()


def rel(paths):
    return sorted(str(p.relative_to(base)) for p in paths)


clean(base)
base.mkdir()
attempt("mkdir again", base.mkdir)
base.mkdir(exist_ok=True)
attempt("mkdir no parents", (base / "a/b/c").mkdir)
(base / "a/b/c").mkdir(parents=True)
(base / "a/b/c").mkdir(parents=True, exist_ok=True)
print((base / "a" / "f.txt").write_text("héllo\n"), (base / "a/g.bin").write_bytes(b"\x00\x01"))
print((base / "a/f.txt").read_text(), (base / "a/g.bin").read_bytes(), (base / "a/f.txt").read_bytes())
attempt("write_text int", (base / "x").write_text, 5)
attempt("write_bytes str", (base / "x").write_bytes, "s")
print((base / "a/mv.bin").write_bytes(bytearray(b"ab")), (base / "a/mv.bin").read_bytes())
with (base / "a/h.txt").open("w") as f:
    f.write("one\ntwo\n")
with (base / "a/h.txt").open() as f:
    print(f.readlines())
(base / "a/t").touch()
(base / "a/t").touch()
attempt("touch exist_ok", (base / "a/t").touch, exist_ok=False)
print((base / "a/t").exists(), (base / "a/t").is_file(), (base / "a").is_dir(),
      (base / "a/t").is_dir(), (base / "nope").exists(), (base / "a").is_symlink(),
      (base / "a/t").stat().st_size, (base / "a/f.txt").stat().st_size)
print(rel((base / "a").iterdir()))
print(rel(base.glob("*")), rel(base.glob("a/*.txt")), rel(base.glob("**/*.txt")))
print(rel(base.glob("**")), rel(base.glob("a/**/")), rel(base.glob("*/")), rel(base.glob("a/f.txt")),
      rel(base.glob("a/nope")), rel(base.glob("a/b")))
print(rel(base.rglob("*.txt")), rel(base.rglob("c")), rel(base.glob("a/[fg]*")), rel(base.glob("**/**/c")))
attempt("glob empty", lambda: list(base.glob("")))
attempt("glob absolute", lambda: list(base.glob("/x")))
print((base / "a/f.txt").samefile(base / "a/../a/f.txt"), (base / "a/f.txt").samefile(str(base / "a/g.bin")))
new = (base / "a/f.txt").rename(base / "a/renamed.txt")
print(repr(new).replace(str(base), "B"), new.exists(), (base / "a/f.txt").exists())
new2 = (base / "a/h.txt").replace(new)
print(repr(new2).replace(str(base), "B"), new2.read_text())
attempt("unlink missing", (base / "nope").unlink)
(base / "nope").unlink(missing_ok=True)
attempt("rmdir non-empty", (base / "a").rmdir)
attempt("read missing", (base / "nope").read_text)
attempt("iterdir missing", lambda: list((base / "nope").iterdir()))
attempt("stat missing", (base / "nope").stat)
print(Path("/tmp/../tmp/./x").resolve(), Path("/a/b").absolute(), Path("/").is_mount(),
      Path("x").with_suffix(".py"), Path.cwd().is_absolute())
clean(base)
print(base.exists())

# Output:
# mkdir again FileExistsError [Errno 17] File exists: 'B'
# mkdir no parents FileNotFoundError [Errno 2] No such file or directory: 'B/a/b/c'
# 6 2
# héllo
#  b'\x00\x01' b'h\xc3\xa9llo\n'
# write_text int TypeError data must be str, not int
# write_bytes str TypeError memoryview: a bytes-like object is required, not 'str'
# 2 b'ab'
# ['one\n', 'two\n']
# touch exist_ok FileExistsError [Errno 17] File exists: 'B/a/t'
# True True True False False False 0 7
# ['a/b', 'a/f.txt', 'a/g.bin', 'a/h.txt', 'a/mv.bin', 'a/t']
# ['a'] ['a/f.txt', 'a/h.txt'] ['a/f.txt', 'a/h.txt']
# ['.', 'a', 'a/b', 'a/b/c'] ['a', 'a/b', 'a/b/c'] ['a'] ['a/f.txt'] [] ['a/b']
# ['a/f.txt', 'a/h.txt'] ['a/b/c'] ['a/f.txt', 'a/g.bin'] ['a/b/c']
# glob empty ValueError Unacceptable pattern: ''
# glob absolute NotImplementedError Non-relative patterns are unsupported
# True False
# PosixPath('B/a/renamed.txt') True False
# PosixPath('B/a/renamed.txt') one
# two
#
# unlink missing FileNotFoundError [Errno 2] No such file or directory: 'B/nope'
# rmdir non-empty OSError [Errno 39] Directory not empty: 'B/a'
# read missing FileNotFoundError [Errno 2] No such file or directory: 'B/nope'
# iterdir missing FileNotFoundError [Errno 2] No such file or directory: 'B/nope'
# stat missing FileNotFoundError [Errno 2] No such file or directory: 'B/nope'
# /tmp/x /a/b True x.py True
# False
