# os's constants, fspath/fsencode/fsdecode and the PathLike protocol,
# stat_result as a sequence, strerror, and os.path's file queries on paths
# that do not exist.
import os
import os.path


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


def attempt(label, f, *args):
    try:
        print(label, repr(f(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


print(os.name, os.sep, os.altsep, os.curdir, os.pardir, os.extsep, os.pathsep,
      repr(os.linesep), os.devnull, os.defpath)
print(os.path.sep, os.path.curdir, os.path.pardir, os.path.extsep, os.path.pathsep,
      os.path.altsep, os.path.devnull, os.path.supports_unicode_filenames)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.fspath("a"), os.fspath(b"b"), os.fspath(P("c")), os.fspath(P(b"d")))
attempt("fspath int", os.fspath, 1)
attempt("fspath bad", os.fspath, P(3))
print(os.fsencode("é/x"), os.fsdecode(b"\xc3\xa9/x"), os.fsencode(P("q")), os.fsdecode("s"))
print(isinstance(P("a"), os.PathLike), isinstance("a", os.PathLike),
      issubclass(P, os.PathLike), os.PathLike.__name__, os.error is OSError)
print(os.path.join(P("a"), P("b")), os.path.basename(P("x/y.z")), os.path.splitext(P("k.tar")))
s = os.stat_result((33188, 1, 2, 3, 4, 5, 6, 7, 8, 9))
print(s, len(s), s.st_mode, s.st_size, s[9], s.st_mtime, s.st_ctime_ns)
attempt("stat_result short", os.stat_result, (1, 2))
for code in (0, 1, 2, 13, 17, 20, 21, 39):
    print(code, os.strerror(code))
attempt("strerror str", os.strerror, "x")
for f in (os.path.exists, os.path.lexists, os.path.isfile, os.path.isdir, os.path.islink,
          os.path.ismount):
    print(f.__name__, f("/sandpy/no/such/path"), f(b"/sandpy/no/such/path"))
attempt("getsize missing", os.path.getsize, "/sandpy/no/such")
attempt("getmtime missing", os.path.getmtime, "/sandpy/no/such")
attempt("samefile missing", os.path.samefile, "/sandpy/no/such", "/")
attempt("exists nul", os.path.exists, "a\0b")
attempt("exists int", os.path.exists, 1.5)
print(os.path.realpath("/a/./b/../c"), os.path.abspath(b"/x/../y"), os.path.isabs(P("/q")))

# Output:
# posix / None . .. . : '\n' /dev/null /bin:/usr/bin
# / . .. . : None /dev/null False
# 0 1 2 0 4 2 1
# a b'b' c b'd'
# fspath int TypeError expected str, bytes or os.PathLike object, not int
# fspath bad TypeError expected P.__fspath__() to return str or bytes, not int
# b'\xc3\xa9/x' é/x b'q' s
# True False True PathLike True
# a/b y.z ('k', '.tar')
# os.stat_result(st_mode=33188, st_ino=1, st_dev=2, st_nlink=3, st_uid=4, st_gid=5, st_size=6, st_atime=7, st_mtime=8, st_ctime=9) 10 33188 6 9 8 None
# stat_result short TypeError os.stat_result() takes an at least 10-sequence (2-sequence given)
# 0 Success
# 1 Operation not permitted
# 2 No such file or directory
# 13 Permission denied
# 17 File exists
# 20 Not a directory
# 21 Is a directory
# 39 Directory not empty
# strerror str TypeError 'str' object cannot be interpreted as an integer
# exists False False
# lexists False False
# isfile False False
# isdir False False
# islink False False
# ismount False False
# getsize missing FileNotFoundError [Errno 2] No such file or directory: '/sandpy/no/such'
# getmtime missing FileNotFoundError [Errno 2] No such file or directory: '/sandpy/no/such'
# samefile missing FileNotFoundError [Errno 2] No such file or directory: '/sandpy/no/such'
# exists nul False
# exists int TypeError stat: path should be string, bytes, os.PathLike or integer, not float
# /a/c b'/y' True
