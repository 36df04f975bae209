# glob over a tree in /tmp: *, ?, [seq], [!seq], ranges, literal
# components, trailing slashes, recursive '**' (with and without
# recursive=True), root_dir, include_hidden, bytes patterns, iglob,
# has_magic and escape. Results are sorted: glob lists in directory order.
import glob
import os

base = "/tmp/sandpy_glob__patterns"


def clean(top):
    if not os.path.isdir(top):
        return
    for dirpath, dirs, files in os.walk(top, topdown=False):
        for f in files:
            os.remove(os.path.join(dirpath, f))
        for d in dirs:
            os.rmdir(os.path.join(dirpath, d))
    os.rmdir(top)


def show(pattern, **kw):
    r = glob.glob(pattern, **kw)
    strip = base if isinstance(pattern, str) else base.encode()
    print(repr(pattern).replace(repr(base)[1:-1], "B"), kw,
          sorted(x.replace(strip, strip[:0] + type(strip)(b"B" if isinstance(strip, bytes) else "B")) for x in r))


clean(base)
for d in ("a/b/c", "a/.hid", "x1", "x2", "y[1]"):
    os.makedirs(base + "/" + d)
for f in ("a/f.txt", "a/g.py", "a/b/h.txt", "a/b/c/i.txt", "a/.dot.txt", "a/.hid/j.txt",
          "x1/k", "top.txt", "y[1]/z", "star*", "q?.md"):
    with open(base + "/" + f, "w") as fh:
        fh.write(f)

for pat in ("*", "*.txt", "a/*", "a/*.txt", "a/.*", "?1", "x[12]", "x[!1]", "x[0-9]/*",
            "[a-x]*", "a/b/c/*", "*/", "a/*/", "nope/*", "top.txt", "nope.txt", "a/", "a",
            "*/*/*", "y[[]1]/*", "star[*]", "q[?].md", "[]]", "[!]]*"):
    show(base + "/" + pat)
for pat in ("**", "**/*.txt", "a/**", "a/**/", "**/c"):
    show(base + "/" + pat, recursive=True)
    show(base + "/" + pat)
show(base + "/**/*.txt", recursive=True, include_hidden=True)
show(base + "/a/*", include_hidden=True)
show("**", root_dir=base, recursive=True)
show("a/*.py", root_dir=base)
show("*.txt", root_dir=base + "/a")
show((base + "/a/*.txt").encode())
show("", root_dir=base)
it = glob.iglob(base + "/x*")
print(type(it).__name__ in ("generator", "list_iterator", "map", "filter"), sorted(it) == sorted(glob.glob(base + "/x*")))
print(glob.has_magic("a*"), glob.has_magic("a[b"), glob.has_magic("a?"), glob.has_magic("plain"), glob.has_magic(b"x*"))
print(glob.escape("a*b?c[d]e"), glob.escape(b"x*"), glob.escape("/plain/path"))
print(glob.glob(glob.escape(base + "/star*")) == [base + "/star*"])
clean(base)

# Output:
# 'B/*' {} ['B/a', 'B/q?.md', 'B/star*', 'B/top.txt', 'B/x1', 'B/x2', 'B/y[1]']
# 'B/*.txt' {} ['B/top.txt']
# 'B/a/*' {} ['B/a/b', 'B/a/f.txt', 'B/a/g.py']
# 'B/a/*.txt' {} ['B/a/f.txt']
# 'B/a/.*' {} ['B/a/.dot.txt', 'B/a/.hid']
# 'B/?1' {} ['B/x1']
# 'B/x[12]' {} ['B/x1', 'B/x2']
# 'B/x[!1]' {} ['B/x2']
# 'B/x[0-9]/*' {} ['B/x1/k']
# 'B/[a-x]*' {} ['B/a', 'B/q?.md', 'B/star*', 'B/top.txt', 'B/x1', 'B/x2']
# 'B/a/b/c/*' {} ['B/a/b/c/i.txt']
# 'B/*/' {} ['B/a/', 'B/x1/', 'B/x2/', 'B/y[1]/']
# 'B/a/*/' {} ['B/a/b/']
# 'B/nope/*' {} []
# 'B/top.txt' {} ['B/top.txt']
# 'B/nope.txt' {} []
# 'B/a/' {} ['B/a/']
# 'B/a' {} ['B/a']
# 'B/*/*/*' {} ['B/a/b/c', 'B/a/b/h.txt']
# 'B/y[[]1]/*' {} ['B/y[1]/z']
# 'B/star[*]' {} ['B/star*']
# 'B/q[?].md' {} ['B/q?.md']
# 'B/[]]' {} []
# 'B/[!]]*' {} ['B/a', 'B/q?.md', 'B/star*', 'B/top.txt', 'B/x1', 'B/x2', 'B/y[1]']
# 'B/**' {'recursive': True} ['B/', 'B/a', 'B/a/b', 'B/a/b/c', 'B/a/b/c/i.txt', 'B/a/b/h.txt', 'B/a/f.txt', 'B/a/g.py', 'B/q?.md', 'B/star*', 'B/top.txt', 'B/x1', 'B/x1/k', 'B/x2', 'B/y[1]', 'B/y[1]/z']
# 'B/**' {} ['B/a', 'B/q?.md', 'B/star*', 'B/top.txt', 'B/x1', 'B/x2', 'B/y[1]']
# 'B/**/*.txt' {'recursive': True} ['B/a/b/c/i.txt', 'B/a/b/h.txt', 'B/a/f.txt', 'B/top.txt']
# 'B/**/*.txt' {} ['B/a/f.txt']
# 'B/a/**' {'recursive': True} ['B/a/', 'B/a/b', 'B/a/b/c', 'B/a/b/c/i.txt', 'B/a/b/h.txt', 'B/a/f.txt', 'B/a/g.py']
# 'B/a/**' {} ['B/a/b', 'B/a/f.txt', 'B/a/g.py']
# 'B/a/**/' {'recursive': True} ['B/a/', 'B/a/b/', 'B/a/b/c/']
# 'B/a/**/' {} ['B/a/b/']
# 'B/**/c' {'recursive': True} ['B/a/b/c']
# 'B/**/c' {} []
# 'B/**/*.txt' {'recursive': True, 'include_hidden': True} ['B/a/.dot.txt', 'B/a/.hid/j.txt', 'B/a/b/c/i.txt', 'B/a/b/h.txt', 'B/a/f.txt', 'B/top.txt']
# 'B/a/*' {'include_hidden': True} ['B/a/.dot.txt', 'B/a/.hid', 'B/a/b', 'B/a/f.txt', 'B/a/g.py']
# '**' {'root_dir': '/tmp/sandpy_glob__patterns', 'recursive': True} ['a', 'a/b', 'a/b/c', 'a/b/c/i.txt', 'a/b/h.txt', 'a/f.txt', 'a/g.py', 'q?.md', 'star*', 'top.txt', 'x1', 'x1/k', 'x2', 'y[1]', 'y[1]/z']
# 'a/*.py' {'root_dir': '/tmp/sandpy_glob__patterns'} ['a/g.py']
# '*.txt' {'root_dir': '/tmp/sandpy_glob__patterns/a'} ['f.txt']
# b'B/a/*.txt' {} [b'B/a/f.txt']
# '' {'root_dir': '/tmp/sandpy_glob__patterns'} []
# True True
# True True True False True
# a[*]b[?]c[[]d]e b'x[*]' /plain/path
# True
