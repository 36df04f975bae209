# open() in text and binary modes: write, read, append, exclusive create,
# readline/readlines/iteration, seek/tell, `with`, closed files, universal
# newlines on read, and os's directory functions. Everything happens under
# /tmp (sandpy's in-memory /tmp, CPython's real one).
import os

base = "/tmp/sandpy_files__text_and_binary"
os.makedirs(base + "/sub/deeper", exist_ok=True)
os.makedirs(base + "/sub/deeper", exist_ok=True)
print(os.path.isdir(base), os.path.isdir(base + "/sub"), os.path.isfile(base))

p = os.path.join(base, "notes.txt")
with open(p, "w") as f:
    print(f.closed, f.name == p, f.mode, f.writable(), f.readable())
    print(f.write("first line\n"), f.write("h\u00e9llo \u20ac\n"))
    f.writelines(["a\n", "b\n"])
    print("printed", 42, file=f)
print(f.closed)

with open(p) as f:
    print(repr(f.read()))
with open(p, encoding="utf-8") as f:
    print(repr(f.readline()), repr(f.read(5)), repr(f.readline()), repr(f.readline(1)))
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))
print([line for line in open(p)])
with open(p, "a") as f:
    f.write("appended\n")
with open(p) as f:
    print(len(f.readlines()), os.path.exists(p), os.path.isfile(p))

with open(p, "rb") as f:
    head = f.read(6)
    print(head, f.tell())
    f.seek(-4, 2)
    print(f.read(), f.tell())
    f.seek(0)
    print(f.readline(), f.readline())

# Universal newlines: \r\n and \r read as \n in text mode, kept in binary.
b = os.path.join(base, "crlf.bin")
with open(b, "wb") as f:
    print(f.write(b"one\r\ntwo\rthree\n\x00\xff"))
with open(b, "rb") as f:
    print(f.read())
with open(b, "r+b") as f:
    f.seek(0, 2)
    f.seek(-2, 2)
    f.write(b"!\n")
with open(b) as f:
    print(list(f))

# Exclusive creation and write-then-read with "+".
x = os.path.join(base, "x.txt")
with open(x, "x") as f:
    f.write("made once")
try:
    open(x, "x")
except FileExistsError as e:
    print("FileExistsError", e.errno, e.strerror)
with open(x, "w+") as f:
    f.write("abc")
    f.seek(0)
    print(repr(f.read()))

# Errors.
for label, fn in [
    ("missing", lambda: open(os.path.join(base, "missing.txt"))),
    ("directory", lambda: open(base)),
    ("bad mode", lambda: open(p, "rw")),
    ("bad mode 2", lambda: open(p, "z")),
    ("text and binary", lambda: open(p, "rbt")),
    ("binary encoding", lambda: open(p, "rb", encoding="utf-8")),
    ("nul", lambda: open("a\0b")),
    ("not a path", lambda: open(3.5)),
]:
    try:
        fn()
    except (OSError, ValueError, TypeError) as e:
        print(label, type(e).__name__, str(e).replace(base, "BASE"))

f = open(p)
f.close()
f.close()
try:
    f.read()
except ValueError as e:
    print("closed:", e)
with open(p, "w") as f:
    try:
        f.read()
    except OSError as e:
        print("not readable:", e)
    try:
        f.write(b"bytes")
    except TypeError as e:
        print(e)
with open(b, "wb") as f:
    try:
        f.write("text")
    except TypeError as e:
        print(e)

print(sorted(os.listdir(base)))
print(os.path.exists(base + "/nope"), os.path.isdir(p))
os.remove(p)
os.unlink(b)
os.remove(x)
try:
    os.remove(p)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
try:
    os.rmdir(base + "/sub")
except OSError as e:
    print(type(e).__name__, e.errno)
os.rmdir(base + "/sub/deeper")
os.rmdir(base + "/sub")
print(os.listdir(base))
os.rmdir(base)
print(os.path.exists(base))

# Output:
# True True False
# False True w True False
# 11 8
# True
# 'first line\nhéllo €\na\nb\nprinted 42\n'
# 'first line\n' 'héllo' ' €\n' 'a'
# ['\n', 'b\n', 'printed 42\n']
# '' ''
# ['first line\n', 'héllo €\n', 'a\n', 'b\n', 'printed 42\n']
# 6 True True
# b'first ' 6
# b'ded\n' 46
# b'first line\n' b'h\xc3\xa9llo \xe2\x82\xac\n'
# 17
# b'one\r\ntwo\rthree\n\x00\xff'
# ['one\n', 'two\n', 'three\n', '!\n']
# FileExistsError 17 File exists
# 'abc'
# missing FileNotFoundError [Errno 2] No such file or directory: 'BASE/missing.txt'
# directory IsADirectoryError [Errno 21] Is a directory: 'BASE'
# bad mode ValueError must have exactly one of create/read/write/append mode
# bad mode 2 ValueError invalid mode: 'z'
# text and binary ValueError can't have text and binary mode at once
# binary encoding ValueError binary mode doesn't take an encoding argument
# nul ValueError embedded null byte
# not a path TypeError expected str, bytes or os.PathLike object, not float
# closed: I/O operation on closed file.
# not readable: not readable
# write() argument must be str, not bytes
# a bytes-like object is required, not 'str'
# ['crlf.bin', 'notes.txt', 'sub', 'x.txt']
# False False
# FileNotFoundError 2
# OSError 39
# []
# False
