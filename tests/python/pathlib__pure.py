# pathlib's pure paths over generated inputs (a fixed xorshift): parsing
# (runs of slashes, '.', '..', a leading '//'), parts, drive/root/anchor,
# name/suffix/suffixes/stem, parent/parents, joining with / and joinpath,
# with_name/with_stem/with_suffix, relative_to/is_relative_to, match,
# as_posix/as_uri, str/repr/fspath/bytes, ordering and equality; then
# PureWindowsPath's drives and UNC shares, and every error message.
from pathlib import PurePath, PurePosixPath, PureWindowsPath, Path, PosixPath, WindowsPath
import os

SEED = 0xDA942042E4DD58B5
COUNT = 150
M = (1 << 64) - 1
state = [SEED]


def rnd():
    x = state[0]
    x ^= (x << 13) & M
    x ^= x >> 7
    x ^= (x << 17) & M
    state[0] = x
    return x


PARTS = ["", "/", "//", "///", ".", "..", "a", "b.txt", ".hidden", "x.tar.gz",
         "c.", "...", "d e", "é"]


def path():
    return "".join(PARTS[rnd() % len(PARTS)] + ("/" if rnd() % 3 else "")
                   for _ in range(rnd() % 5))


def show(f, *args):
    try:
        return repr(f(*args))
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


for _ in range(COUNT):
    s, t = path(), path()
    p, q = PurePosixPath(s), PurePosixPath(t)
    print(repr(s), repr(t), p, repr(p), p.parts, p.drive, p.root, p.anchor)
    print(" ", repr(p.name), repr(p.suffix), p.suffixes, repr(p.stem), p.parent,
          list(p.parents), len(p.parents), p.is_absolute(), p.is_reserved())
    print(" ", p / q, p.joinpath(t, "z"), show(p.with_name, "n.py"),
          show(p.with_stem, "st"), show(p.with_suffix, ".md"), show(p.with_suffix, ""))
    print(" ", show(p.relative_to, q), p.is_relative_to(q), show(p.match, "*"),
          show(p.match, "*.txt"), show(p.match, "a/*"), show(p.match, t or "x"))
    print(" ", p == q, p < q, p <= q, p > q, p >= q, hash(p) == hash(PurePosixPath(str(p))),
          show(p.as_uri), p.as_posix(), os.fspath(p), bytes(p))
print(PurePath("a/b"), type(PurePath("a")).__name__, type(Path("a")).__name__,
      isinstance(Path("a"), PurePosixPath), isinstance(Path("x"), PurePath))
print(PurePosixPath("/a/b").parents[-1], PurePosixPath("/a/b/c").parents[1:],
      show(lambda: PurePosixPath("a").parents[5]), repr(PurePosixPath("/a").parents))
print("x" / PurePosixPath("y"), PurePosixPath("/", "a", "/b", "c"), PurePosixPath(PurePosixPath("a"), "b"))
print(sorted([PurePosixPath("b"), PurePosixPath("a/c"), PurePosixPath("a")]))
print({PurePosixPath("a/b"): 1}[PurePosixPath("a//b/")], PurePosixPath("a") == "a")
for w in ("c:/x/y", "C:\\A\\b.TXT", "//server/share/x", "\\\\srv\\sh", "c:rel", "/root", "a/b\\c"):
    p = PureWindowsPath(w)
    print(repr(w), str(p), repr(p), p.parts, repr(p.drive), repr(p.root), p.anchor,
          p.name, p.is_absolute(), show(p.as_uri))
print(PureWindowsPath("C:/A") == PureWindowsPath("c:/a"), PureWindowsPath("c:/x", "d:y"),
      PureWindowsPath("c:/x", "/y"), PureWindowsPath("c:/x") / "z", PureWindowsPath("nul").is_reserved(),
      PureWindowsPath("c:/a/b").relative_to("C:/A"), PureWindowsPath("C:/a/B.txt").match("*.TXT"))
for label, f in [
    ("relative_to", lambda: PurePosixPath("/a/b").relative_to("/c")),
    ("relative_to rel", lambda: PurePosixPath("a/b").relative_to("/a")),
    ("relative_to none", lambda: PurePosixPath("a").relative_to()),
    ("int", lambda: PurePosixPath(5)),
    ("bytes", lambda: PurePosixPath(b"x")),
    ("with_name empty", lambda: PurePosixPath("a").with_name("")),
    ("with_name root", lambda: PurePosixPath("/").with_name("x")),
    ("with_name sep", lambda: PurePosixPath("a/b").with_name("c/d")),
    ("with_suffix b", lambda: PurePosixPath("a").with_suffix("b")),
    ("with_suffix .", lambda: PurePosixPath("a").with_suffix(".")),
    ("with_suffix ./b", lambda: PurePosixPath("a").with_suffix("./b")),
    ("with_suffix empty name", lambda: PurePosixPath("").with_suffix(".x")),
    ("as_uri", lambda: PurePosixPath("a").as_uri()),
    ("as_uri quote", lambda: PurePosixPath("/a b/é%").as_uri()),
    ("match empty", lambda: PurePosixPath("a").match("")),
    ("lt windows", lambda: PurePosixPath("a") < PureWindowsPath("a")),
    ("lt str", lambda: PurePosixPath("a") < "a"),
    ("div int", lambda: PurePosixPath("a") / 5),
    ("rdiv int", lambda: 5 / PurePosixPath("a")),
    ("WindowsPath", lambda: WindowsPath("a")),
    ("posix eq windows", lambda: PurePosixPath("a") == PureWindowsPath("a")),
]:
    print(label, show(f))

# Output:
# '' '../b.txt' . PurePosixPath('.') ()   
#   '' '' [] '' . [] 0 False False
#   ../b.txt ../b.txt/z ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name
#   ValueError: '.' is not in the subpath of '../b.txt' OR one path is relative and the other is absolute. False False False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI . . b'.'
# 'x.tar.gz' 'c.//x.tar.gz/' x.tar.gz PurePosixPath('x.tar.gz') ('x.tar.gz',)   
#   'x.tar.gz' '.gz' ['.tar', '.gz'] 'x.tar' . [PurePosixPath('.')] 1 False False
#   x.tar.gz/c./x.tar.gz x.tar.gz/c./x.tar.gz/z PurePosixPath('n.py') PurePosixPath('st.gz') PurePosixPath('x.tar.md') PurePosixPath('x.tar')
#   ValueError: 'x.tar.gz' is not in the subpath of 'c./x.tar.gz' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI x.tar.gz x.tar.gz b'x.tar.gz'
# 'é/////' 'é////./' é PurePosixPath('é') ('é',)   
#   'é' '' [] 'é' . [PurePosixPath('.')] 1 False False
#   é/é é/é/z PurePosixPath('n.py') PurePosixPath('st') PurePosixPath('é.md') PurePosixPath('é')
#   PurePosixPath('.') True True False False True
#   True False True False True True ValueError: relative path can't be expressed as a file URI é é b'\xc3\xa9'
# '/é./' 'c.//x.tar.gz/' /é. PurePosixPath('/é.') ('/', 'é.')  / /
#   'é.' '' [] 'é.' / [PurePosixPath('/')] 1 True False
#   /é./c./x.tar.gz /é./c./x.tar.gz/z PurePosixPath('/n.py') PurePosixPath('/st') PurePosixPath('/é..md') PurePosixPath('/é.')
#   ValueError: '/é.' is not in the subpath of 'c./x.tar.gz' OR one path is relative and the other is absolute. False True False False False
#   False True True False False True 'file:///%C3%A9.' /é. /é. b'/\xc3\xa9.'
# '.hiddenx.tar.gz.../' '' .hiddenx.tar.gz... PurePosixPath('.hiddenx.tar.gz...') ('.hiddenx.tar.gz...',)   
#   '.hiddenx.tar.gz...' '' [] '.hiddenx.tar.gz...' . [PurePosixPath('.')] 1 False False
#   .hiddenx.tar.gz... .hiddenx.tar.gz.../z PurePosixPath('n.py') PurePosixPath('st') PurePosixPath('.hiddenx.tar.gz....md') PurePosixPath('.hiddenx.tar.gz...')
#   PurePosixPath('.hiddenx.tar.gz...') True True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI .hiddenx.tar.gz... .hiddenx.tar.gz... b'.hiddenx.tar.gz...'
# 'x.tar.gz/./' 'd e' x.tar.gz PurePosixPath('x.tar.gz') ('x.tar.gz',)   
#   'x.tar.gz' '.gz' ['.tar', '.gz'] 'x.tar' . [PurePosixPath('.')] 1 False False
#   x.tar.gz/d e x.tar.gz/d e/z PurePosixPath('n.py') PurePosixPath('st.gz') PurePosixPath('x.tar.md') PurePosixPath('x.tar')
#   ValueError: 'x.tar.gz' is not in the subpath of 'd e' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI x.tar.gz x.tar.gz b'x.tar.gz'
# '..././' 'c./' ... PurePosixPath('...') ('...',)   
#   '...' '' [] '...' . [PurePosixPath('.')] 1 False False
#   .../c. .../c./z PurePosixPath('n.py') PurePosixPath('st') PurePosixPath('....md') PurePosixPath('...')
#   ValueError: '...' is not in the subpath of 'c.' OR one path is relative and the other is absolute. False True False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI ... ... b'...'
# '///////' 'd e/a/d e' / PurePosixPath('/') ('/',)  / /
#   '' '' [] '' / [] 0 True False
#   /d e/a/d e /d e/a/d e/z ValueError: PurePosixPath('/') has an empty name ValueError: PurePosixPath('/') has an empty name ValueError: PurePosixPath('/') has an empty name ValueError: PurePosixPath('/') has an empty name
#   ValueError: '/' is not in the subpath of 'd e/a/d e' OR one path is relative and the other is absolute. False True False False False
#   False True True False False True 'file:///' / / b'/'
# 'd e' '.hidden/...///a/' d e PurePosixPath('d e') ('d e',)   
#   'd e' '' [] 'd e' . [PurePosixPath('.')] 1 False False
#   d e/.hidden/.../a d e/.hidden/.../a/z PurePosixPath('n.py') PurePosixPath('st') PurePosixPath('d e.md') PurePosixPath('d e')
#   ValueError: 'd e' is not in the subpath of '.hidden/.../a' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI d e d e b'd e'
# 'é/..' './..../.../' é/.. PurePosixPath('é/..') ('é', '..')   
#   '..' '' [] '..' é [PurePosixPath('é'), PurePosixPath('.')] 2 False False
#   é/../..../... é/../..../.../z PurePosixPath('é/n.py') PurePosixPath('é/st') PurePosixPath('é/...md') PurePosixPath('é/..')
#   ValueError: 'é/..' is not in the subpath of '..../...' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI é/.. é/.. b'\xc3\xa9/..'
# 'x.tar.gz/' '' x.tar.gz PurePosixPath('x.tar.gz') ('x.tar.gz',)   
#   'x.tar.gz' '.gz' ['.tar', '.gz'] 'x.tar' . [PurePosixPath('.')] 1 False False
#   x.tar.gz x.tar.gz/z PurePosixPath('n.py') PurePosixPath('st.gz') PurePosixPath('x.tar.md') PurePosixPath('x.tar')
#   PurePosixPath('x.tar.gz') True True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI x.tar.gz x.tar.gz b'x.tar.gz'
# '///c./c./é' '///.' /c./c./é PurePosixPath('/c./c./é') ('/', 'c.', 'c.', 'é')  / /
#   'é' '' [] 'é' /c./c. [PurePosixPath('/c./c.'), PurePosixPath('/c.'), PurePosixPath('/')] 3 True False
#   / /z PurePosixPath('/c./c./n.py') PurePosixPath('/c./c./st') PurePosixPath('/c./c./é.md') PurePosixPath('/c./c./é')
#   PurePosixPath('c./c./é') True True False False False
#   False False False True True True 'file:///c./c./%C3%A9' /c./c./é /c./c./é b'/c./c./\xc3\xa9'
# '...////éc.' './c././/' .../éc. PurePosixPath('.../éc.') ('...', 'éc.')   
#   'éc.' '' [] 'éc.' ... [PurePosixPath('...'), PurePosixPath('.')] 2 False False
#   .../éc./c. .../éc./c./z PurePosixPath('.../n.py') PurePosixPath('.../st') PurePosixPath('.../éc..md') PurePosixPath('.../éc.')
#   ValueError: '.../éc.' is not in the subpath of 'c.' OR one path is relative and the other is absolute. False True False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI .../éc. .../éc. b'.../\xc3\xa9c.'
# 'd e/...' '///.' d e/... PurePosixPath('d e/...') ('d e', '...')   
#   '...' '' [] '...' d e [PurePosixPath('d e'), PurePosixPath('.')] 2 False False
#   / /z PurePosixPath('d e/n.py') PurePosixPath('d e/st') PurePosixPath('d e/....md') PurePosixPath('d e/...')
#   ValueError: 'd e/...' is not in the subpath of '/' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI d e/... d e/... b'd e/...'
# './b.txt..../' 'b.txt/c./...' b.txt.... PurePosixPath('b.txt....') ('b.txt....',)   
#   'b.txt....' '' [] 'b.txt....' . [PurePosixPath('.')] 1 False False
#   b.txt..../b.txt/c./... b.txt..../b.txt/c./.../z PurePosixPath('n.py') PurePosixPath('st') PurePosixPath('b.txt.....md') PurePosixPath('b.txt....')
#   ValueError: 'b.txt....' is not in the subpath of 'b.txt/c./...' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI b.txt.... b.txt.... b'b.txt....'
# '' '' . PurePosixPath('.') ()   
#   '' '' [] '' . [] 0 False False
#   . z ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name
#   PurePosixPath('.') True False False False False
#   True False True False True True ValueError: relative path can't be expressed as a file URI . . b'.'
# 'c.d e/x.tar.gz/c./' 'a/.hidden/' c.d e/x.tar.gz/c. PurePosixPath('c.d e/x.tar.gz/c.') ('c.d e', 'x.tar.gz', 'c.')   
#   'c.' '' [] 'c.' c.d e/x.tar.gz [PurePosixPath('c.d e/x.tar.gz'), PurePosixPath('c.d e'), PurePosixPath('.')] 3 False False
#   c.d e/x.tar.gz/c./a/.hidden c.d e/x.tar.gz/c./a/.hidden/z PurePosixPath('c.d e/x.tar.gz/n.py') PurePosixPath('c.d e/x.tar.gz/st') PurePosixPath('c.d e/x.tar.gz/c..md') PurePosixPath('c.d e/x.tar.gz/c.')
#   ValueError: 'c.d e/x.tar.gz/c.' is not in the subpath of 'a/.hidden' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI c.d e/x.tar.gz/c. c.d e/x.tar.gz/c. b'c.d e/x.tar.gz/c.'
# '//' '' // PurePosixPath('//') ('//',)  // //
#   '' '' [] '' // [] 0 True False
#   // //z ValueError: PurePosixPath('//') has an empty name ValueError: PurePosixPath('//') has an empty name ValueError: PurePosixPath('//') has an empty name ValueError: PurePosixPath('//') has an empty name
#   ValueError: '//' is not in the subpath of '' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True 'file:////' // // b'//'
# '...//' '.hiddenc./' ... PurePosixPath('...') ('...',)   
#   '...' '' [] '...' . [PurePosixPath('.')] 1 False False
#   .../.hiddenc. .../.hiddenc./z PurePosixPath('n.py') PurePosixPath('st') PurePosixPath('....md') PurePosixPath('...')
#   ValueError: '...' is not in the subpath of '.hiddenc.' OR one path is relative and the other is absolute. False True False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI ... ... b'...'
# '///a/a/' '' /a/a PurePosixPath('/a/a') ('/', 'a', 'a')  / /
#   'a' '' [] 'a' /a [PurePosixPath('/a'), PurePosixPath('/')] 2 True False
#   /a/a /a/a/z PurePosixPath('/a/n.py') PurePosixPath('/a/st') PurePosixPath('/a/a.md') PurePosixPath('/a/a')
#   ValueError: '/a/a' is not in the subpath of '' OR one path is relative and the other is absolute. False True False True False
#   False False False True True True 'file:///a/a' /a/a /a/a b'/a/a'
# 'é/' 'c.../' é PurePosixPath('é') ('é',)   
#   'é' '' [] 'é' . [PurePosixPath('.')] 1 False False
#   é/c... é/c.../z PurePosixPath('n.py') PurePosixPath('st') PurePosixPath('é.md') PurePosixPath('é')
#   ValueError: 'é' is not in the subpath of 'c...' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI é é b'\xc3\xa9'
# 'x.tar.gz/////.hidden/' '///////' x.tar.gz/.hidden PurePosixPath('x.tar.gz/.hidden') ('x.tar.gz', '.hidden')   
#   '.hidden' '' [] '.hidden' x.tar.gz [PurePosixPath('x.tar.gz'), PurePosixPath('.')] 2 False False
#   / /z PurePosixPath('x.tar.gz/n.py') PurePosixPath('x.tar.gz/st') PurePosixPath('x.tar.gz/.hidden.md') PurePosixPath('x.tar.gz/.hidden')
#   ValueError: 'x.tar.gz/.hidden' is not in the subpath of '/' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI x.tar.gz/.hidden x.tar.gz/.hidden b'x.tar.gz/.hidden'
# 'b.txt/b.txt/.hidden/' '//' b.txt/b.txt/.hidden PurePosixPath('b.txt/b.txt/.hidden') ('b.txt', 'b.txt', '.hidden')   
#   '.hidden' '' [] '.hidden' b.txt/b.txt [PurePosixPath('b.txt/b.txt'), PurePosixPath('b.txt'), PurePosixPath('.')] 3 False False
#   // //z PurePosixPath('b.txt/b.txt/n.py') PurePosixPath('b.txt/b.txt/st') PurePosixPath('b.txt/b.txt/.hidden.md') PurePosixPath('b.txt/b.txt/.hidden')
#   ValueError: 'b.txt/b.txt/.hidden' is not in the subpath of '//' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI b.txt/b.txt/.hidden b.txt/b.txt/.hidden b'b.txt/b.txt/.hidden'
# '//x.tar.gz' 'c.x.tar.gz/' //x.tar.gz PurePosixPath('//x.tar.gz') ('//', 'x.tar.gz')  // //
#   'x.tar.gz' '.gz' ['.tar', '.gz'] 'x.tar' // [PurePosixPath('//')] 1 True False
#   //x.tar.gz/c.x.tar.gz //x.tar.gz/c.x.tar.gz/z PurePosixPath('//n.py') PurePosixPath('//st.gz') PurePosixPath('//x.tar.md') PurePosixPath('//x.tar')
#   ValueError: '//x.tar.gz' is not in the subpath of 'c.x.tar.gz' OR one path is relative and the other is absolute. False True False False False
#   False True True False False True 'file:////x.tar.gz' //x.tar.gz //x.tar.gz b'//x.tar.gz'
# '...x.tar.gz//' 'a/b.txtx.tar.gz/' ...x.tar.gz PurePosixPath('...x.tar.gz') ('...x.tar.gz',)   
#   '...x.tar.gz' '.gz' ['.tar', '.gz'] '...x.tar' . [PurePosixPath('.')] 1 False False
#   ...x.tar.gz/a/b.txtx.tar.gz ...x.tar.gz/a/b.txtx.tar.gz/z PurePosixPath('n.py') PurePosixPath('st.gz') PurePosixPath('...x.tar.md') PurePosixPath('...x.tar')
#   ValueError: '...x.tar.gz' is not in the subpath of 'a/b.txtx.tar.gz' OR one path is relative and the other is absolute. False True False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI ...x.tar.gz ...x.tar.gz b'...x.tar.gz'
# '..///' '.hidden/../' .. PurePosixPath('..') ('..',)   
#   '..' '' [] '..' . [PurePosixPath('.')] 1 False False
#   ../.hidden/.. ../.hidden/../z PurePosixPath('n.py') PurePosixPath('st') PurePosixPath('...md') PurePosixPath('..')
#   ValueError: '..' is not in the subpath of '.hidden/..' OR one path is relative and the other is absolute. False True False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI .. .. b'..'
# 'd e/' './x.tar.gz/./a' d e PurePosixPath('d e') ('d e',)   
#   'd e' '' [] 'd e' . [PurePosixPath('.')] 1 False False
#   d e/x.tar.gz/a d e/x.tar.gz/a/z PurePosixPath('n.py') PurePosixPath('st') PurePosixPath('d e.md') PurePosixPath('d e')
#   ValueError: 'd e' is not in the subpath of 'x.tar.gz/a' OR one path is relative and the other is absolute. False True False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI d e d e b'd e'
# 'é' 'x.tar.gz.hidden/d e//' é PurePosixPath('é') ('é',)   
#   'é' '' [] 'é' . [PurePosixPath('.')] 1 False False
#   é/x.tar.gz.hidden/d e é/x.tar.gz.hidden/d e/z PurePosixPath('n.py') PurePosixPath('st') PurePosixPath('é.md') PurePosixPath('é')
#   ValueError: 'é' is not in the subpath of 'x.tar.gz.hidden/d e' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI é é b'\xc3\xa9'
# '' 'é//' . PurePosixPath('.') ()   
#   '' '' [] '' . [] 0 False False
#   é é/z ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name
#   ValueError: '.' is not in the subpath of 'é' OR one path is relative and the other is absolute. False False False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI . . b'.'
# 'x.tar.gz/' 'b.txt//é/' x.tar.gz PurePosixPath('x.tar.gz') ('x.tar.gz',)   
#   'x.tar.gz' '.gz' ['.tar', '.gz'] 'x.tar' . [PurePosixPath('.')] 1 False False
#   x.tar.gz/b.txt/é x.tar.gz/b.txt/é/z PurePosixPath('n.py') PurePosixPath('st.gz') PurePosixPath('x.tar.md') PurePosixPath('x.tar')
#   ValueError: 'x.tar.gz' is not in the subpath of 'b.txt/é' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI x.tar.gz x.tar.gz b'x.tar.gz'
# '' '///' . PurePosixPath('.') ()   
#   '' '' [] '' . [] 0 False False
#   / /z ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name
#   ValueError: '.' is not in the subpath of '/' OR one path is relative and the other is absolute. False False False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI . . b'.'
# '' '' . PurePosixPath('.') ()   
#   '' '' [] '' . [] 0 False False
#   . z ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name
#   PurePosixPath('.') True False False False False
#   True False True False True True ValueError: relative path can't be expressed as a file URI . . b'.'
# '////.hidden' './.../' /.hidden PurePosixPath('/.hidden') ('/', '.hidden')  / /
#   '.hidden' '' [] '.hidden' / [PurePosixPath('/')] 1 True False
#   /.hidden/... /.hidden/.../z PurePosixPath('/n.py') PurePosixPath('/st') PurePosixPath('/.hidden.md') PurePosixPath('/.hidden')
#   ValueError: '/.hidden' is not in the subpath of '...' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True 'file:///.hidden' /.hidden /.hidden b'/.hidden'
# '...' '/////é/..' ... PurePosixPath('...') ('...',)   
#   '...' '' [] '...' . [PurePosixPath('.')] 1 False False
#   /é/.. /é/../z PurePosixPath('n.py') PurePosixPath('st') PurePosixPath('....md') PurePosixPath('...')
#   ValueError: '...' is not in the subpath of '/é/..' OR one path is relative and the other is absolute. False True False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI ... ... b'...'
# '.../...a' '.../é' .../...a PurePosixPath('.../...a') ('...', '...a')   
#   '...a' '.a' [] '..' ... [PurePosixPath('...'), PurePosixPath('.')] 2 False False
#   .../...a/.../é .../...a/.../é/z PurePosixPath('.../n.py') PurePosixPath('.../st.a') PurePosixPath('.../...md') PurePosixPath('.../..')
#   ValueError: '.../...a' is not in the subpath of '.../é' OR one path is relative and the other is absolute. False True False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI .../...a .../...a b'.../...a'
# '...b.txt' '////../b.txt/' ...b.txt PurePosixPath('...b.txt') ('...b.txt',)   
#   '...b.txt' '.txt' ['.txt'] '...b' . [PurePosixPath('.')] 1 False False
#   /../b.txt /../b.txt/z PurePosixPath('n.py') PurePosixPath('st.txt') PurePosixPath('...b.md') PurePosixPath('...b')
#   ValueError: '...b.txt' is not in the subpath of '/../b.txt' OR one path is relative and the other is absolute. False True True False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI ...b.txt ...b.txt b'...b.txt'
# '///x.tar.gz/' '//' /x.tar.gz PurePosixPath('/x.tar.gz') ('/', 'x.tar.gz')  / /
#   'x.tar.gz' '.gz' ['.tar', '.gz'] 'x.tar' / [PurePosixPath('/')] 1 True False
#   // //z PurePosixPath('/n.py') PurePosixPath('/st.gz') PurePosixPath('/x.tar.md') PurePosixPath('/x.tar')
#   ValueError: '/x.tar.gz' is not in the subpath of '//' OR one path is relative and the other is absolute. False True False False False
#   False True True False False True 'file:///x.tar.gz' /x.tar.gz /x.tar.gz b'/x.tar.gz'
# '../x.tar.gz/' '' ../x.tar.gz PurePosixPath('../x.tar.gz') ('..', 'x.tar.gz')   
#   'x.tar.gz' '.gz' ['.tar', '.gz'] 'x.tar' .. [PurePosixPath('..'), PurePosixPath('.')] 2 False False
#   ../x.tar.gz ../x.tar.gz/z PurePosixPath('../n.py') PurePosixPath('../st.gz') PurePosixPath('../x.tar.md') PurePosixPath('../x.tar')
#   PurePosixPath('../x.tar.gz') True True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI ../x.tar.gz ../x.tar.gz b'../x.tar.gz'
# 'd e//x.tar.gz' 'b.txtx.tar.gz/' d e/x.tar.gz PurePosixPath('d e/x.tar.gz') ('d e', 'x.tar.gz')   
#   'x.tar.gz' '.gz' ['.tar', '.gz'] 'x.tar' d e [PurePosixPath('d e'), PurePosixPath('.')] 2 False False
#   d e/x.tar.gz/b.txtx.tar.gz d e/x.tar.gz/b.txtx.tar.gz/z PurePosixPath('d e/n.py') PurePosixPath('d e/st.gz') PurePosixPath('d e/x.tar.md') PurePosixPath('d e/x.tar')
#   ValueError: 'd e/x.tar.gz' is not in the subpath of 'b.txtx.tar.gz' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI d e/x.tar.gz d e/x.tar.gz b'd e/x.tar.gz'
# '' '../..b.txt/c./' . PurePosixPath('.') ()   
#   '' '' [] '' . [] 0 False False
#   ../..b.txt/c. ../..b.txt/c./z ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name
#   ValueError: '.' is not in the subpath of '../..b.txt/c.' OR one path is relative and the other is absolute. False False False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI . . b'.'
# '.x.tar.gz////' '' .x.tar.gz PurePosixPath('.x.tar.gz') ('.x.tar.gz',)   
#   '.x.tar.gz' '.gz' ['.tar', '.gz'] '.x.tar' . [PurePosixPath('.')] 1 False False
#   .x.tar.gz .x.tar.gz/z PurePosixPath('n.py') PurePosixPath('st.gz') PurePosixPath('.x.tar.md') PurePosixPath('.x.tar')
#   PurePosixPath('.x.tar.gz') True True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI .x.tar.gz .x.tar.gz b'.x.tar.gz'
# '' '...../' . PurePosixPath('.') ()   
#   '' '' [] '' . [] 0 False False
#   ..... ...../z ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name
#   ValueError: '.' is not in the subpath of '.....' OR one path is relative and the other is absolute. False False False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI . . b'.'
# '' '' . PurePosixPath('.') ()   
#   '' '' [] '' . [] 0 False False
#   . z ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name
#   PurePosixPath('.') True False False False False
#   True False True False True True ValueError: relative path can't be expressed as a file URI . . b'.'
# '' '' . PurePosixPath('.') ()   
#   '' '' [] '' . [] 0 False False
#   . z ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name
#   PurePosixPath('.') True False False False False
#   True False True False True True ValueError: relative path can't be expressed as a file URI . . b'.'
# '' '' . PurePosixPath('.') ()   
#   '' '' [] '' . [] 0 False False
#   . z ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name
#   PurePosixPath('.') True False False False False
#   True False True False True True ValueError: relative path can't be expressed as a file URI . . b'.'
# '.hiddenx.tar.gz/./b.txt/' 'b.txt' .hiddenx.tar.gz/b.txt PurePosixPath('.hiddenx.tar.gz/b.txt') ('.hiddenx.tar.gz', 'b.txt')   
#   'b.txt' '.txt' ['.txt'] 'b' .hiddenx.tar.gz [PurePosixPath('.hiddenx.tar.gz'), PurePosixPath('.')] 2 False False
#   .hiddenx.tar.gz/b.txt/b.txt .hiddenx.tar.gz/b.txt/b.txt/z PurePosixPath('.hiddenx.tar.gz/n.py') PurePosixPath('.hiddenx.tar.gz/st.txt') PurePosixPath('.hiddenx.tar.gz/b.md') PurePosixPath('.hiddenx.tar.gz/b')
#   ValueError: '.hiddenx.tar.gz/b.txt' is not in the subpath of 'b.txt' OR one path is relative and the other is absolute. False True True False True
#   False True True False False True ValueError: relative path can't be expressed as a file URI .hiddenx.tar.gz/b.txt .hiddenx.tar.gz/b.txt b'.hiddenx.tar.gz/b.txt'
# 'b.txt/' '.hidden/' b.txt PurePosixPath('b.txt') ('b.txt',)   
#   'b.txt' '.txt' ['.txt'] 'b' . [PurePosixPath('.')] 1 False False
#   b.txt/.hidden b.txt/.hidden/z PurePosixPath('n.py') PurePosixPath('st.txt') PurePosixPath('b.md') PurePosixPath('b')
#   ValueError: 'b.txt' is not in the subpath of '.hidden' OR one path is relative and the other is absolute. False True True False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI b.txt b.txt b'b.txt'
# 'x.tar.gz/..//../' 'é/a//é' x.tar.gz/../.. PurePosixPath('x.tar.gz/../..') ('x.tar.gz', '..', '..')   
#   '..' '' [] '..' x.tar.gz/.. [PurePosixPath('x.tar.gz/..'), PurePosixPath('x.tar.gz'), PurePosixPath('.')] 3 False False
#   x.tar.gz/../../é/a/é x.tar.gz/../../é/a/é/z PurePosixPath('x.tar.gz/../n.py') PurePosixPath('x.tar.gz/../st') PurePosixPath('x.tar.gz/../...md') PurePosixPath('x.tar.gz/../..')
#   ValueError: 'x.tar.gz/../..' is not in the subpath of 'é/a/é' OR one path is relative and the other is absolute. False True False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI x.tar.gz/../.. x.tar.gz/../.. b'x.tar.gz/../..'
# 'b.txtb.txtd e' '.hidden/éx.tar.gz' b.txtb.txtd e PurePosixPath('b.txtb.txtd e') ('b.txtb.txtd e',)   
#   'b.txtb.txtd e' '.txtd e' ['.txtb', '.txtd e'] 'b.txtb' . [PurePosixPath('.')] 1 False False
#   b.txtb.txtd e/.hidden/éx.tar.gz b.txtb.txtd e/.hidden/éx.tar.gz/z PurePosixPath('n.py') PurePosixPath('st.txtd e') PurePosixPath('b.txtb.md') PurePosixPath('b.txtb')
#   ValueError: 'b.txtb.txtd e' is not in the subpath of '.hidden/éx.tar.gz' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI b.txtb.txtd e b.txtb.txtd e b'b.txtb.txtd e'
# '/' '/d ec./' / PurePosixPath('/') ('/',)  / /
#   '' '' [] '' / [] 0 True False
#   /d ec. /d ec./z ValueError: PurePosixPath('/') has an empty name ValueError: PurePosixPath('/') has an empty name ValueError: PurePosixPath('/') has an empty name ValueError: PurePosixPath('/') has an empty name
#   ValueError: '/' is not in the subpath of '/d ec.' OR one path is relative and the other is absolute. False True False False False
#   False True True False False True 'file:///' / / b'/'
# 'c./.' '' c. PurePosixPath('c.') ('c.',)   
#   'c.' '' [] 'c.' . [PurePosixPath('.')] 1 False False
#   c. c./z PurePosixPath('n.py') PurePosixPath('st') PurePosixPath('c..md') PurePosixPath('c.')
#   PurePosixPath('c.') True True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI c. c. b'c.'
# 'x.tar.gz/' './/../a/' x.tar.gz PurePosixPath('x.tar.gz') ('x.tar.gz',)   
#   'x.tar.gz' '.gz' ['.tar', '.gz'] 'x.tar' . [PurePosixPath('.')] 1 False False
#   x.tar.gz/../a x.tar.gz/../a/z PurePosixPath('n.py') PurePosixPath('st.gz') PurePosixPath('x.tar.md') PurePosixPath('x.tar')
#   ValueError: 'x.tar.gz' is not in the subpath of '../a' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI x.tar.gz x.tar.gz b'x.tar.gz'
# 'c./ééc./' '' c./ééc. PurePosixPath('c./ééc.') ('c.', 'ééc.')   
#   'ééc.' '' [] 'ééc.' c. [PurePosixPath('c.'), PurePosixPath('.')] 2 False False
#   c./ééc. c./ééc./z PurePosixPath('c./n.py') PurePosixPath('c./st') PurePosixPath('c./ééc..md') PurePosixPath('c./ééc.')
#   PurePosixPath('c./ééc.') True True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI c./ééc. c./ééc. b'c./\xc3\xa9\xc3\xa9c.'
# '' '..' . PurePosixPath('.') ()   
#   '' '' [] '' . [] 0 False False
#   .. ../z ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name
#   ValueError: '.' is not in the subpath of '..' OR one path is relative and the other is absolute. False False False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI . . b'.'
# 'c.../' '...//.../' c... PurePosixPath('c...') ('c...',)   
#   'c...' '' [] 'c...' . [PurePosixPath('.')] 1 False False
#   c.../.../... c.../.../.../z PurePosixPath('n.py') PurePosixPath('st') PurePosixPath('c....md') PurePosixPath('c...')
#   ValueError: 'c...' is not in the subpath of '.../...' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI c... c... b'c...'
# './d e/' '/./' d e PurePosixPath('d e') ('d e',)   
#   'd e' '' [] 'd e' . [PurePosixPath('.')] 1 False False
#   / /z PurePosixPath('n.py') PurePosixPath('st') PurePosixPath('d e.md') PurePosixPath('d e')
#   ValueError: 'd e' is not in the subpath of '/' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI d e d e b'd e'
# 'é' '' é PurePosixPath('é') ('é',)   
#   'é' '' [] 'é' . [PurePosixPath('.')] 1 False False
#   é é/z PurePosixPath('n.py') PurePosixPath('st') PurePosixPath('é.md') PurePosixPath('é')
#   PurePosixPath('é') True True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI é é b'\xc3\xa9'
# 'é///' 'c./a////b.txt' é PurePosixPath('é') ('é',)   
#   'é' '' [] 'é' . [PurePosixPath('.')] 1 False False
#   é/c./a/b.txt é/c./a/b.txt/z PurePosixPath('n.py') PurePosixPath('st') PurePosixPath('é.md') PurePosixPath('é')
#   ValueError: 'é' is not in the subpath of 'c./a/b.txt' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI é é b'\xc3\xa9'
# '///é/.../c./' '' /é/.../c. PurePosixPath('/é/.../c.') ('/', 'é', '...', 'c.')  / /
#   'c.' '' [] 'c.' /é/... [PurePosixPath('/é/...'), PurePosixPath('/é'), PurePosixPath('/')] 3 True False
#   /é/.../c. /é/.../c./z PurePosixPath('/é/.../n.py') PurePosixPath('/é/.../st') PurePosixPath('/é/.../c..md') PurePosixPath('/é/.../c.')
#   ValueError: '/é/.../c.' is not in the subpath of '' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True 'file:///%C3%A9/.../c.' /é/.../c. /é/.../c. b'/\xc3\xa9/.../c.'
# 'd e' '../d e///' d e PurePosixPath('d e') ('d e',)   
#   'd e' '' [] 'd e' . [PurePosixPath('.')] 1 False False
#   d e/../d e d e/../d e/z PurePosixPath('n.py') PurePosixPath('st') PurePosixPath('d e.md') PurePosixPath('d e')
#   ValueError: 'd e' is not in the subpath of '../d e' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI d e d e b'd e'
# 'b.txt/' '../d e/é/' b.txt PurePosixPath('b.txt') ('b.txt',)   
#   'b.txt' '.txt' ['.txt'] 'b' . [PurePosixPath('.')] 1 False False
#   b.txt/../d e/é b.txt/../d e/é/z PurePosixPath('n.py') PurePosixPath('st.txt') PurePosixPath('b.md') PurePosixPath('b')
#   ValueError: 'b.txt' is not in the subpath of '../d e/é' OR one path is relative and the other is absolute. False True True False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI b.txt b.txt b'b.txt'
# 'é////' 'c./.hidden/é////' é PurePosixPath('é') ('é',)   
#   'é' '' [] 'é' . [PurePosixPath('.')] 1 False False
#   é/c./.hidden/é é/c./.hidden/é/z PurePosixPath('n.py') PurePosixPath('st') PurePosixPath('é.md') PurePosixPath('é')
#   ValueError: 'é' is not in the subpath of 'c./.hidden/é' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI é é b'\xc3\xa9'
# 'x.tar.gz/' 'c./c.' x.tar.gz PurePosixPath('x.tar.gz') ('x.tar.gz',)   
#   'x.tar.gz' '.gz' ['.tar', '.gz'] 'x.tar' . [PurePosixPath('.')] 1 False False
#   x.tar.gz/c./c. x.tar.gz/c./c./z PurePosixPath('n.py') PurePosixPath('st.gz') PurePosixPath('x.tar.md') PurePosixPath('x.tar')
#   ValueError: 'x.tar.gz' is not in the subpath of 'c./c.' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI x.tar.gz x.tar.gz b'x.tar.gz'
# '' './b.txtb.txt' . PurePosixPath('.') ()   
#   '' '' [] '' . [] 0 False False
#   b.txtb.txt b.txtb.txt/z ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name
#   ValueError: '.' is not in the subpath of 'b.txtb.txt' OR one path is relative and the other is absolute. False False False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI . . b'.'
# '' './//a/' . PurePosixPath('.') ()   
#   '' '' [] '' . [] 0 False False
#   a a/z ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name
#   ValueError: '.' is not in the subpath of 'a' OR one path is relative and the other is absolute. False False False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI . . b'.'
# '///' '.../.hidden////.../' / PurePosixPath('/') ('/',)  / /
#   '' '' [] '' / [] 0 True False
#   /.../.hidden/... /.../.hidden/.../z ValueError: PurePosixPath('/') has an empty name ValueError: PurePosixPath('/') has an empty name ValueError: PurePosixPath('/') has an empty name ValueError: PurePosixPath('/') has an empty name
#   ValueError: '/' is not in the subpath of '.../.hidden/...' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True 'file:///' / / b'/'
# '////b.txt////' '' /b.txt PurePosixPath('/b.txt') ('/', 'b.txt')  / /
#   'b.txt' '.txt' ['.txt'] 'b' / [PurePosixPath('/')] 1 True False
#   /b.txt /b.txt/z PurePosixPath('/n.py') PurePosixPath('/st.txt') PurePosixPath('/b.md') PurePosixPath('/b')
#   ValueError: '/b.txt' is not in the subpath of '' OR one path is relative and the other is absolute. False True True False False
#   False False False True True True 'file:///b.txt' /b.txt /b.txt b'/b.txt'
# '///' '.hidden////' / PurePosixPath('/') ('/',)  / /
#   '' '' [] '' / [] 0 True False
#   /.hidden /.hidden/z ValueError: PurePosixPath('/') has an empty name ValueError: PurePosixPath('/') has an empty name ValueError: PurePosixPath('/') has an empty name ValueError: PurePosixPath('/') has an empty name
#   ValueError: '/' is not in the subpath of '.hidden' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True 'file:///' / / b'/'
# 'a/d e////' '///éa' a/d e PurePosixPath('a/d e') ('a', 'd e')   
#   'd e' '' [] 'd e' a [PurePosixPath('a'), PurePosixPath('.')] 2 False False
#   /éa /éa/z PurePosixPath('a/n.py') PurePosixPath('a/st') PurePosixPath('a/d e.md') PurePosixPath('a/d e')
#   ValueError: 'a/d e' is not in the subpath of '/éa' OR one path is relative and the other is absolute. False True False True False
#   False False False True True True ValueError: relative path can't be expressed as a file URI a/d e a/d e b'a/d e'
# '../éc.' '' ../éc. PurePosixPath('../éc.') ('..', 'éc.')   
#   'éc.' '' [] 'éc.' .. [PurePosixPath('..'), PurePosixPath('.')] 2 False False
#   ../éc. ../éc./z PurePosixPath('../n.py') PurePosixPath('../st') PurePosixPath('../éc..md') PurePosixPath('../éc.')
#   PurePosixPath('../éc.') True True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI ../éc. ../éc. b'../\xc3\xa9c.'
# '' '' . PurePosixPath('.') ()   
#   '' '' [] '' . [] 0 False False
#   . z ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name
#   PurePosixPath('.') True False False False False
#   True False True False True True ValueError: relative path can't be expressed as a file URI . . b'.'
# './b.txt/' '.../' b.txt PurePosixPath('b.txt') ('b.txt',)   
#   'b.txt' '.txt' ['.txt'] 'b' . [PurePosixPath('.')] 1 False False
#   b.txt/... b.txt/.../z PurePosixPath('n.py') PurePosixPath('st.txt') PurePosixPath('b.md') PurePosixPath('b')
#   ValueError: 'b.txt' is not in the subpath of '...' OR one path is relative and the other is absolute. False True True False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI b.txt b.txt b'b.txt'
# 'x.tar.gz.//' '.' x.tar.gz. PurePosixPath('x.tar.gz.') ('x.tar.gz.',)   
#   'x.tar.gz.' '' [] 'x.tar.gz.' . [PurePosixPath('.')] 1 False False
#   x.tar.gz. x.tar.gz./z PurePosixPath('n.py') PurePosixPath('st') PurePosixPath('x.tar.gz..md') PurePosixPath('x.tar.gz.')
#   PurePosixPath('x.tar.gz.') True True False False ValueError: empty pattern
#   False False False True True True ValueError: relative path can't be expressed as a file URI x.tar.gz. x.tar.gz. b'x.tar.gz.'
# '////' 'b.txt' / PurePosixPath('/') ('/',)  / /
#   '' '' [] '' / [] 0 True False
#   /b.txt /b.txt/z ValueError: PurePosixPath('/') has an empty name ValueError: PurePosixPath('/') has an empty name ValueError: PurePosixPath('/') has an empty name ValueError: PurePosixPath('/') has an empty name
#   ValueError: '/' is not in the subpath of 'b.txt' OR one path is relative and the other is absolute. False True False False False
#   False True True False False True 'file:///' / / b'/'
# '//////.../c.' 'é.' /.../c. PurePosixPath('/.../c.') ('/', '...', 'c.')  / /
#   'c.' '' [] 'c.' /... [PurePosixPath('/...'), PurePosixPath('/')] 2 True False
#   /.../c./é. /.../c./é./z PurePosixPath('/.../n.py') PurePosixPath('/.../st') PurePosixPath('/.../c..md') PurePosixPath('/.../c.')
#   ValueError: '/.../c.' is not in the subpath of 'é.' OR one path is relative and the other is absolute. False True False False False
#   False True True False False True 'file:///.../c.' /.../c. /.../c. b'/.../c.'
# 'c./' '.../' c. PurePosixPath('c.') ('c.',)   
#   'c.' '' [] 'c.' . [PurePosixPath('.')] 1 False False
#   c./... c./.../z PurePosixPath('n.py') PurePosixPath('st') PurePosixPath('c..md') PurePosixPath('c.')
#   ValueError: 'c.' is not in the subpath of '...' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI c. c. b'c.'
# '///.hidden' 'a/.hidden/' /.hidden PurePosixPath('/.hidden') ('/', '.hidden')  / /
#   '.hidden' '' [] '.hidden' / [PurePosixPath('/')] 1 True False
#   /.hidden/a/.hidden /.hidden/a/.hidden/z PurePosixPath('/n.py') PurePosixPath('/st') PurePosixPath('/.hidden.md') PurePosixPath('/.hidden')
#   ValueError: '/.hidden' is not in the subpath of 'a/.hidden' OR one path is relative and the other is absolute. False True False False False
#   False True True False False True 'file:///.hidden' /.hidden /.hidden b'/.hidden'
# './.' 'c./x.tar.gz/...../' . PurePosixPath('.') ()   
#   '' '' [] '' . [] 0 False False
#   c./x.tar.gz/..... c./x.tar.gz/...../z ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name
#   ValueError: '.' is not in the subpath of 'c./x.tar.gz/.....' OR one path is relative and the other is absolute. False False False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI . . b'.'
# '' 'é/./' . PurePosixPath('.') ()   
#   '' '' [] '' . [] 0 False False
#   é é/z ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name
#   ValueError: '.' is not in the subpath of 'é' OR one path is relative and the other is absolute. False False False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI . . b'.'
# '.hidden/b.txt/..////' '/' .hidden/b.txt/.. PurePosixPath('.hidden/b.txt/..') ('.hidden', 'b.txt', '..')   
#   '..' '' [] '..' .hidden/b.txt [PurePosixPath('.hidden/b.txt'), PurePosixPath('.hidden'), PurePosixPath('.')] 3 False False
#   / /z PurePosixPath('.hidden/b.txt/n.py') PurePosixPath('.hidden/b.txt/st') PurePosixPath('.hidden/b.txt/...md') PurePosixPath('.hidden/b.txt/..')
#   ValueError: '.hidden/b.txt/..' is not in the subpath of '/' OR one path is relative and the other is absolute. False True False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI .hidden/b.txt/.. .hidden/b.txt/.. b'.hidden/b.txt/..'
# '' '' . PurePosixPath('.') ()   
#   '' '' [] '' . [] 0 False False
#   . z ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name
#   PurePosixPath('.') True False False False False
#   True False True False True True ValueError: relative path can't be expressed as a file URI . . b'.'
# '/' 'd e/x.tar.gz/é/' / PurePosixPath('/') ('/',)  / /
#   '' '' [] '' / [] 0 True False
#   /d e/x.tar.gz/é /d e/x.tar.gz/é/z ValueError: PurePosixPath('/') has an empty name ValueError: PurePosixPath('/') has an empty name ValueError: PurePosixPath('/') has an empty name ValueError: PurePosixPath('/') has an empty name
#   ValueError: '/' is not in the subpath of 'd e/x.tar.gz/é' OR one path is relative and the other is absolute. False True False False False
#   False True True False False True 'file:///' / / b'/'
# '..c./é' '' ..c./é PurePosixPath('..c./é') ('..c.', 'é')   
#   'é' '' [] 'é' ..c. [PurePosixPath('..c.'), PurePosixPath('.')] 2 False False
#   ..c./é ..c./é/z PurePosixPath('..c./n.py') PurePosixPath('..c./st') PurePosixPath('..c./é.md') PurePosixPath('..c./é')
#   PurePosixPath('..c./é') True True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI ..c./é ..c./é b'..c./\xc3\xa9'
# 'x.tar.gzx.tar.gz/d e/a/' '' x.tar.gzx.tar.gz/d e/a PurePosixPath('x.tar.gzx.tar.gz/d e/a') ('x.tar.gzx.tar.gz', 'd e', 'a')   
#   'a' '' [] 'a' x.tar.gzx.tar.gz/d e [PurePosixPath('x.tar.gzx.tar.gz/d e'), PurePosixPath('x.tar.gzx.tar.gz'), PurePosixPath('.')] 3 False False
#   x.tar.gzx.tar.gz/d e/a x.tar.gzx.tar.gz/d e/a/z PurePosixPath('x.tar.gzx.tar.gz/d e/n.py') PurePosixPath('x.tar.gzx.tar.gz/d e/st') PurePosixPath('x.tar.gzx.tar.gz/d e/a.md') PurePosixPath('x.tar.gzx.tar.gz/d e/a')
#   PurePosixPath('x.tar.gzx.tar.gz/d e/a') True True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI x.tar.gzx.tar.gz/d e/a x.tar.gzx.tar.gz/d e/a b'x.tar.gzx.tar.gz/d e/a'
# '../x.tar.gz////' '../b.txt////' ../x.tar.gz PurePosixPath('../x.tar.gz') ('..', 'x.tar.gz')   
#   'x.tar.gz' '.gz' ['.tar', '.gz'] 'x.tar' .. [PurePosixPath('..'), PurePosixPath('.')] 2 False False
#   ../x.tar.gz/../b.txt ../x.tar.gz/../b.txt/z PurePosixPath('../n.py') PurePosixPath('../st.gz') PurePosixPath('../x.tar.md') PurePosixPath('../x.tar')
#   ValueError: '../x.tar.gz' is not in the subpath of '../b.txt' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI ../x.tar.gz ../x.tar.gz b'../x.tar.gz'
# '' '.hidden/.hidden/.hidden/d e/' . PurePosixPath('.') ()   
#   '' '' [] '' . [] 0 False False
#   .hidden/.hidden/.hidden/d e .hidden/.hidden/.hidden/d e/z ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name
#   ValueError: '.' is not in the subpath of '.hidden/.hidden/.hidden/d e' OR one path is relative and the other is absolute. False False False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI . . b'.'
# 'd e....' '//.hidden/' d e.... PurePosixPath('d e....') ('d e....',)   
#   'd e....' '' [] 'd e....' . [PurePosixPath('.')] 1 False False
#   //.hidden //.hidden/z PurePosixPath('n.py') PurePosixPath('st') PurePosixPath('d e.....md') PurePosixPath('d e....')
#   ValueError: 'd e....' is not in the subpath of '//.hidden' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI d e.... d e.... b'd e....'
# 'c./a' '.hidden//' c./a PurePosixPath('c./a') ('c.', 'a')   
#   'a' '' [] 'a' c. [PurePosixPath('c.'), PurePosixPath('.')] 2 False False
#   c./a/.hidden c./a/.hidden/z PurePosixPath('c./n.py') PurePosixPath('c./st') PurePosixPath('c./a.md') PurePosixPath('c./a')
#   ValueError: 'c./a' is not in the subpath of '.hidden' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI c./a c./a b'c./a'
# '' '' . PurePosixPath('.') ()   
#   '' '' [] '' . [] 0 False False
#   . z ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name
#   PurePosixPath('.') True False False False False
#   True False True False True True ValueError: relative path can't be expressed as a file URI . . b'.'
# 'd e///' '.hidden//' d e PurePosixPath('d e') ('d e',)   
#   'd e' '' [] 'd e' . [PurePosixPath('.')] 1 False False
#   d e/.hidden d e/.hidden/z PurePosixPath('n.py') PurePosixPath('st') PurePosixPath('d e.md') PurePosixPath('d e')
#   ValueError: 'd e' is not in the subpath of '.hidden' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI d e d e b'd e'
# 'd e/é///' './' d e/é PurePosixPath('d e/é') ('d e', 'é')   
#   'é' '' [] 'é' d e [PurePosixPath('d e'), PurePosixPath('.')] 2 False False
#   d e/é d e/é/z PurePosixPath('d e/n.py') PurePosixPath('d e/st') PurePosixPath('d e/é.md') PurePosixPath('d e/é')
#   PurePosixPath('d e/é') True True False False ValueError: empty pattern
#   False False False True True True ValueError: relative path can't be expressed as a file URI d e/é d e/é b'd e/\xc3\xa9'
# '/c./..' '../' /c./.. PurePosixPath('/c./..') ('/', 'c.', '..')  / /
#   '..' '' [] '..' /c. [PurePosixPath('/c.'), PurePosixPath('/')] 2 True False
#   /c./../.. /c./../../z PurePosixPath('/c./n.py') PurePosixPath('/c./st') PurePosixPath('/c./...md') PurePosixPath('/c./..')
#   ValueError: '/c./..' is not in the subpath of '..' OR one path is relative and the other is absolute. False True False False True
#   False False False True True True 'file:///c./..' /c./.. /c./.. b'/c./..'
# 'b.txt/...////' '' b.txt/... PurePosixPath('b.txt/...') ('b.txt', '...')   
#   '...' '' [] '...' b.txt [PurePosixPath('b.txt'), PurePosixPath('.')] 2 False False
#   b.txt/... b.txt/.../z PurePosixPath('b.txt/n.py') PurePosixPath('b.txt/st') PurePosixPath('b.txt/....md') PurePosixPath('b.txt/...')
#   PurePosixPath('b.txt/...') True True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI b.txt/... b.txt/... b'b.txt/...'
# '' './///d e/' . PurePosixPath('.') ()   
#   '' '' [] '' . [] 0 False False
#   d e d e/z ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name
#   ValueError: '.' is not in the subpath of 'd e' OR one path is relative and the other is absolute. False False False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI . . b'.'
# '//d e/b.txt' '//c./' //d e/b.txt PurePosixPath('//d e/b.txt') ('//', 'd e', 'b.txt')  // //
#   'b.txt' '.txt' ['.txt'] 'b' //d e [PurePosixPath('//d e'), PurePosixPath('//')] 2 True False
#   //c. //c./z PurePosixPath('//d e/n.py') PurePosixPath('//d e/st.txt') PurePosixPath('//d e/b.md') PurePosixPath('//d e/b')
#   ValueError: '//d e/b.txt' is not in the subpath of '//c.' OR one path is relative and the other is absolute. False True True False False
#   False False False True True True 'file:////d%20e/b.txt' //d e/b.txt //d e/b.txt b'//d e/b.txt'
# '///////' 'a///' / PurePosixPath('/') ('/',)  / /
#   '' '' [] '' / [] 0 True False
#   /a /a/z ValueError: PurePosixPath('/') has an empty name ValueError: PurePosixPath('/') has an empty name ValueError: PurePosixPath('/') has an empty name ValueError: PurePosixPath('/') has an empty name
#   ValueError: '/' is not in the subpath of 'a' OR one path is relative and the other is absolute. False True False False False
#   False True True False False True 'file:///' / / b'/'
# '...../' '' ..... PurePosixPath('.....') ('.....',)   
#   '.....' '' [] '.....' . [PurePosixPath('.')] 1 False False
#   ..... ...../z PurePosixPath('n.py') PurePosixPath('st') PurePosixPath('......md') PurePosixPath('.....')
#   PurePosixPath('.....') True True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI ..... ..... b'.....'
# './' 'd e/' . PurePosixPath('.') ()   
#   '' '' [] '' . [] 0 False False
#   d e d e/z ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name
#   ValueError: '.' is not in the subpath of 'd e' OR one path is relative and the other is absolute. False False False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI . . b'.'
# '//x.tar.gz/' '' //x.tar.gz PurePosixPath('//x.tar.gz') ('//', 'x.tar.gz')  // //
#   'x.tar.gz' '.gz' ['.tar', '.gz'] 'x.tar' // [PurePosixPath('//')] 1 True False
#   //x.tar.gz //x.tar.gz/z PurePosixPath('//n.py') PurePosixPath('//st.gz') PurePosixPath('//x.tar.md') PurePosixPath('//x.tar')
#   ValueError: '//x.tar.gz' is not in the subpath of '' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True 'file:////x.tar.gz' //x.tar.gz //x.tar.gz b'//x.tar.gz'
# 'x.tar.gz/é/' 'c./d e/' x.tar.gz/é PurePosixPath('x.tar.gz/é') ('x.tar.gz', 'é')   
#   'é' '' [] 'é' x.tar.gz [PurePosixPath('x.tar.gz'), PurePosixPath('.')] 2 False False
#   x.tar.gz/é/c./d e x.tar.gz/é/c./d e/z PurePosixPath('x.tar.gz/n.py') PurePosixPath('x.tar.gz/st') PurePosixPath('x.tar.gz/é.md') PurePosixPath('x.tar.gz/é')
#   ValueError: 'x.tar.gz/é' is not in the subpath of 'c./d e' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI x.tar.gz/é x.tar.gz/é b'x.tar.gz/\xc3\xa9'
# '../.../' '' ../... PurePosixPath('../...') ('..', '...')   
#   '...' '' [] '...' .. [PurePosixPath('..'), PurePosixPath('.')] 2 False False
#   ../... ../.../z PurePosixPath('../n.py') PurePosixPath('../st') PurePosixPath('../....md') PurePosixPath('../...')
#   PurePosixPath('../...') True True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI ../... ../... b'../...'
# '.../////' 'd e/' ... PurePosixPath('...') ('...',)   
#   '...' '' [] '...' . [PurePosixPath('.')] 1 False False
#   .../d e .../d e/z PurePosixPath('n.py') PurePosixPath('st') PurePosixPath('....md') PurePosixPath('...')
#   ValueError: '...' is not in the subpath of 'd e' OR one path is relative and the other is absolute. False True False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI ... ... b'...'
# 'b.txt/.hiddenc./.hidden/' '.hidden//' b.txt/.hiddenc./.hidden PurePosixPath('b.txt/.hiddenc./.hidden') ('b.txt', '.hiddenc.', '.hidden')   
#   '.hidden' '' [] '.hidden' b.txt/.hiddenc. [PurePosixPath('b.txt/.hiddenc.'), PurePosixPath('b.txt'), PurePosixPath('.')] 3 False False
#   b.txt/.hiddenc./.hidden/.hidden b.txt/.hiddenc./.hidden/.hidden/z PurePosixPath('b.txt/.hiddenc./n.py') PurePosixPath('b.txt/.hiddenc./st') PurePosixPath('b.txt/.hiddenc./.hidden.md') PurePosixPath('b.txt/.hiddenc./.hidden')
#   ValueError: 'b.txt/.hiddenc./.hidden' is not in the subpath of '.hidden' OR one path is relative and the other is absolute. False True False False True
#   False False False True True True ValueError: relative path can't be expressed as a file URI b.txt/.hiddenc./.hidden b.txt/.hiddenc./.hidden b'b.txt/.hiddenc./.hidden'
# 'é/d e.../c./' './x.tar.gz/ac./' é/d e.../c. PurePosixPath('é/d e.../c.') ('é', 'd e...', 'c.')   
#   'c.' '' [] 'c.' é/d e... [PurePosixPath('é/d e...'), PurePosixPath('é'), PurePosixPath('.')] 3 False False
#   é/d e.../c./x.tar.gz/ac. é/d e.../c./x.tar.gz/ac./z PurePosixPath('é/d e.../n.py') PurePosixPath('é/d e.../st') PurePosixPath('é/d e.../c..md') PurePosixPath('é/d e.../c.')
#   ValueError: 'é/d e.../c.' is not in the subpath of 'x.tar.gz/ac.' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI é/d e.../c. é/d e.../c. b'\xc3\xa9/d e.../c.'
# 'b.txt//' 'd ex.tar.gz/' b.txt PurePosixPath('b.txt') ('b.txt',)   
#   'b.txt' '.txt' ['.txt'] 'b' . [PurePosixPath('.')] 1 False False
#   b.txt/d ex.tar.gz b.txt/d ex.tar.gz/z PurePosixPath('n.py') PurePosixPath('st.txt') PurePosixPath('b.md') PurePosixPath('b')
#   ValueError: 'b.txt' is not in the subpath of 'd ex.tar.gz' OR one path is relative and the other is absolute. False True True False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI b.txt b.txt b'b.txt'
# 'x.tar.gz//' 'x.tar.gz/b.txt./' x.tar.gz PurePosixPath('x.tar.gz') ('x.tar.gz',)   
#   'x.tar.gz' '.gz' ['.tar', '.gz'] 'x.tar' . [PurePosixPath('.')] 1 False False
#   x.tar.gz/x.tar.gz/b.txt. x.tar.gz/x.tar.gz/b.txt./z PurePosixPath('n.py') PurePosixPath('st.gz') PurePosixPath('x.tar.md') PurePosixPath('x.tar')
#   ValueError: 'x.tar.gz' is not in the subpath of 'x.tar.gz/b.txt.' OR one path is relative and the other is absolute. False True False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI x.tar.gz x.tar.gz b'x.tar.gz'
# '/c./c.d e' 'é//.hidden.hidden/' /c./c.d e PurePosixPath('/c./c.d e') ('/', 'c.', 'c.d e')  / /
#   'c.d e' '.d e' ['.d e'] 'c' /c. [PurePosixPath('/c.'), PurePosixPath('/')] 2 True False
#   /c./c.d e/é/.hidden.hidden /c./c.d e/é/.hidden.hidden/z PurePosixPath('/c./n.py') PurePosixPath('/c./st.d e') PurePosixPath('/c./c.md') PurePosixPath('/c./c')
#   ValueError: '/c./c.d e' is not in the subpath of 'é/.hidden.hidden' OR one path is relative and the other is absolute. False True False False False
#   False True True False False True 'file:///c./c.d%20e' /c./c.d e /c./c.d e b'/c./c.d e'
# 'x.tar.gz/aé/' '.../c.' x.tar.gz/aé PurePosixPath('x.tar.gz/aé') ('x.tar.gz', 'aé')   
#   'aé' '' [] 'aé' x.tar.gz [PurePosixPath('x.tar.gz'), PurePosixPath('.')] 2 False False
#   x.tar.gz/aé/.../c. x.tar.gz/aé/.../c./z PurePosixPath('x.tar.gz/n.py') PurePosixPath('x.tar.gz/st') PurePosixPath('x.tar.gz/aé.md') PurePosixPath('x.tar.gz/aé')
#   ValueError: 'x.tar.gz/aé' is not in the subpath of '.../c.' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI x.tar.gz/aé x.tar.gz/aé b'x.tar.gz/a\xc3\xa9'
# '.hidden.../b.txt/' 'é/' .hidden.../b.txt PurePosixPath('.hidden.../b.txt') ('.hidden...', 'b.txt')   
#   'b.txt' '.txt' ['.txt'] 'b' .hidden... [PurePosixPath('.hidden...'), PurePosixPath('.')] 2 False False
#   .hidden.../b.txt/é .hidden.../b.txt/é/z PurePosixPath('.hidden.../n.py') PurePosixPath('.hidden.../st.txt') PurePosixPath('.hidden.../b.md') PurePosixPath('.hidden.../b')
#   ValueError: '.hidden.../b.txt' is not in the subpath of 'é' OR one path is relative and the other is absolute. False True True False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI .hidden.../b.txt .hidden.../b.txt b'.hidden.../b.txt'
# '.hiddenx.tar.gz////' '' .hiddenx.tar.gz PurePosixPath('.hiddenx.tar.gz') ('.hiddenx.tar.gz',)   
#   '.hiddenx.tar.gz' '.gz' ['.tar', '.gz'] '.hiddenx.tar' . [PurePosixPath('.')] 1 False False
#   .hiddenx.tar.gz .hiddenx.tar.gz/z PurePosixPath('n.py') PurePosixPath('st.gz') PurePosixPath('.hiddenx.tar.md') PurePosixPath('.hiddenx.tar')
#   PurePosixPath('.hiddenx.tar.gz') True True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI .hiddenx.tar.gz .hiddenx.tar.gz b'.hiddenx.tar.gz'
# 'x.tar.gz/a' 'b.txt' x.tar.gz/a PurePosixPath('x.tar.gz/a') ('x.tar.gz', 'a')   
#   'a' '' [] 'a' x.tar.gz [PurePosixPath('x.tar.gz'), PurePosixPath('.')] 2 False False
#   x.tar.gz/a/b.txt x.tar.gz/a/b.txt/z PurePosixPath('x.tar.gz/n.py') PurePosixPath('x.tar.gz/st') PurePosixPath('x.tar.gz/a.md') PurePosixPath('x.tar.gz/a')
#   ValueError: 'x.tar.gz/a' is not in the subpath of 'b.txt' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI x.tar.gz/a x.tar.gz/a b'x.tar.gz/a'
# '..d e/c./' '//' ..d e/c. PurePosixPath('..d e/c.') ('..d e', 'c.')   
#   'c.' '' [] 'c.' ..d e [PurePosixPath('..d e'), PurePosixPath('.')] 2 False False
#   // //z PurePosixPath('..d e/n.py') PurePosixPath('..d e/st') PurePosixPath('..d e/c..md') PurePosixPath('..d e/c.')
#   ValueError: '..d e/c.' is not in the subpath of '//' OR one path is relative and the other is absolute. False True False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI ..d e/c. ..d e/c. b'..d e/c.'
# '////////' '.../é/.././' / PurePosixPath('/') ('/',)  / /
#   '' '' [] '' / [] 0 True False
#   /.../é/.. /.../é/../z ValueError: PurePosixPath('/') has an empty name ValueError: PurePosixPath('/') has an empty name ValueError: PurePosixPath('/') has an empty name ValueError: PurePosixPath('/') has an empty name
#   ValueError: '/' is not in the subpath of '.../é/..' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True 'file:///' / / b'/'
# 'é' 'b.txt//' é PurePosixPath('é') ('é',)   
#   'é' '' [] 'é' . [PurePosixPath('.')] 1 False False
#   é/b.txt é/b.txt/z PurePosixPath('n.py') PurePosixPath('st') PurePosixPath('é.md') PurePosixPath('é')
#   ValueError: 'é' is not in the subpath of 'b.txt' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI é é b'\xc3\xa9'
# '' '.hidden/.hidden/.../d e/' . PurePosixPath('.') ()   
#   '' '' [] '' . [] 0 False False
#   .hidden/.hidden/.../d e .hidden/.hidden/.../d e/z ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name
#   ValueError: '.' is not in the subpath of '.hidden/.hidden/.../d e' OR one path is relative and the other is absolute. False False False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI . . b'.'
# '' 'x.tar.gz/a/' . PurePosixPath('.') ()   
#   '' '' [] '' . [] 0 False False
#   x.tar.gz/a x.tar.gz/a/z ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name
#   ValueError: '.' is not in the subpath of 'x.tar.gz/a' OR one path is relative and the other is absolute. False False False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI . . b'.'
# '.../' '' ... PurePosixPath('...') ('...',)   
#   '...' '' [] '...' . [PurePosixPath('.')] 1 False False
#   ... .../z PurePosixPath('n.py') PurePosixPath('st') PurePosixPath('....md') PurePosixPath('...')
#   PurePosixPath('...') True True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI ... ... b'...'
# '' '/x.tar.gz/' . PurePosixPath('.') ()   
#   '' '' [] '' . [] 0 False False
#   /x.tar.gz /x.tar.gz/z ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name
#   ValueError: '.' is not in the subpath of '/x.tar.gz' OR one path is relative and the other is absolute. False False False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI . . b'.'
# '.a/../' './é///' .a/.. PurePosixPath('.a/..') ('.a', '..')   
#   '..' '' [] '..' .a [PurePosixPath('.a'), PurePosixPath('.')] 2 False False
#   .a/../é .a/../é/z PurePosixPath('.a/n.py') PurePosixPath('.a/st') PurePosixPath('.a/...md') PurePosixPath('.a/..')
#   ValueError: '.a/..' is not in the subpath of 'é' OR one path is relative and the other is absolute. False True False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI .a/.. .a/.. b'.a/..'
# '' '.../d e/a' . PurePosixPath('.') ()   
#   '' '' [] '' . [] 0 False False
#   .../d e/a .../d e/a/z ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name
#   ValueError: '.' is not in the subpath of '.../d e/a' OR one path is relative and the other is absolute. False False False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI . . b'.'
# '..///d e//' 'a' ../d e PurePosixPath('../d e') ('..', 'd e')   
#   'd e' '' [] 'd e' .. [PurePosixPath('..'), PurePosixPath('.')] 2 False False
#   ../d e/a ../d e/a/z PurePosixPath('../n.py') PurePosixPath('../st') PurePosixPath('../d e.md') PurePosixPath('../d e')
#   ValueError: '../d e' is not in the subpath of 'a' OR one path is relative and the other is absolute. False True False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI ../d e ../d e b'../d e'
# 'b.txtc./' 'é' b.txtc. PurePosixPath('b.txtc.') ('b.txtc.',)   
#   'b.txtc.' '' [] 'b.txtc.' . [PurePosixPath('.')] 1 False False
#   b.txtc./é b.txtc./é/z PurePosixPath('n.py') PurePosixPath('st') PurePosixPath('b.txtc..md') PurePosixPath('b.txtc.')
#   ValueError: 'b.txtc.' is not in the subpath of 'é' OR one path is relative and the other is absolute. False True False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI b.txtc. b.txtc. b'b.txtc.'
# 'x.tar.gz/' '' x.tar.gz PurePosixPath('x.tar.gz') ('x.tar.gz',)   
#   'x.tar.gz' '.gz' ['.tar', '.gz'] 'x.tar' . [PurePosixPath('.')] 1 False False
#   x.tar.gz x.tar.gz/z PurePosixPath('n.py') PurePosixPath('st.gz') PurePosixPath('x.tar.md') PurePosixPath('x.tar')
#   PurePosixPath('x.tar.gz') True True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI x.tar.gz x.tar.gz b'x.tar.gz'
# 'b.txt//' '/.hidden/' b.txt PurePosixPath('b.txt') ('b.txt',)   
#   'b.txt' '.txt' ['.txt'] 'b' . [PurePosixPath('.')] 1 False False
#   /.hidden /.hidden/z PurePosixPath('n.py') PurePosixPath('st.txt') PurePosixPath('b.md') PurePosixPath('b')
#   ValueError: 'b.txt' is not in the subpath of '/.hidden' OR one path is relative and the other is absolute. False True True False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI b.txt b.txt b'b.txt'
# './.../' '/./////' ... PurePosixPath('...') ('...',)   
#   '...' '' [] '...' . [PurePosixPath('.')] 1 False False
#   / /z PurePosixPath('n.py') PurePosixPath('st') PurePosixPath('....md') PurePosixPath('...')
#   ValueError: '...' is not in the subpath of '/' OR one path is relative and the other is absolute. False True False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI ... ... b'...'
# '////' '' / PurePosixPath('/') ('/',)  / /
#   '' '' [] '' / [] 0 True False
#   / /z ValueError: PurePosixPath('/') has an empty name ValueError: PurePosixPath('/') has an empty name ValueError: PurePosixPath('/') has an empty name ValueError: PurePosixPath('/') has an empty name
#   ValueError: '/' is not in the subpath of '' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True 'file:///' / / b'/'
# '' 'x.tar.gzéb.txt' . PurePosixPath('.') ()   
#   '' '' [] '' . [] 0 False False
#   x.tar.gzéb.txt x.tar.gzéb.txt/z ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name
#   ValueError: '.' is not in the subpath of 'x.tar.gzéb.txt' OR one path is relative and the other is absolute. False False False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI . . b'.'
# 'd e/c.' 'x.tar.gz/b.txtc./' d e/c. PurePosixPath('d e/c.') ('d e', 'c.')   
#   'c.' '' [] 'c.' d e [PurePosixPath('d e'), PurePosixPath('.')] 2 False False
#   d e/c./x.tar.gz/b.txtc. d e/c./x.tar.gz/b.txtc./z PurePosixPath('d e/n.py') PurePosixPath('d e/st') PurePosixPath('d e/c..md') PurePosixPath('d e/c.')
#   ValueError: 'd e/c.' is not in the subpath of 'x.tar.gz/b.txtc.' OR one path is relative and the other is absolute. False True False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI d e/c. d e/c. b'd e/c.'
# 'a/' 'a./x.tar.gz/' a PurePosixPath('a') ('a',)   
#   'a' '' [] 'a' . [PurePosixPath('.')] 1 False False
#   a/a./x.tar.gz a/a./x.tar.gz/z PurePosixPath('n.py') PurePosixPath('st') PurePosixPath('a.md') PurePosixPath('a')
#   ValueError: 'a' is not in the subpath of 'a./x.tar.gz' OR one path is relative and the other is absolute. False True False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI a a b'a'
# '' '../////.' . PurePosixPath('.') ()   
#   '' '' [] '' . [] 0 False False
#   .. ../z ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name
#   ValueError: '.' is not in the subpath of '..' OR one path is relative and the other is absolute. False False False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI . . b'.'
# '' 'x.tar.gza/' . PurePosixPath('.') ()   
#   '' '' [] '' . [] 0 False False
#   x.tar.gza x.tar.gza/z ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name
#   ValueError: '.' is not in the subpath of 'x.tar.gza' OR one path is relative and the other is absolute. False False False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI . . b'.'
# '' '//.../' . PurePosixPath('.') ()   
#   '' '' [] '' . [] 0 False False
#   //... //.../z ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name
#   ValueError: '.' is not in the subpath of '//...' OR one path is relative and the other is absolute. False False False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI . . b'.'
# 'a/' 'éé/é/c./' a PurePosixPath('a') ('a',)   
#   'a' '' [] 'a' . [PurePosixPath('.')] 1 False False
#   a/éé/é/c. a/éé/é/c./z PurePosixPath('n.py') PurePosixPath('st') PurePosixPath('a.md') PurePosixPath('a')
#   ValueError: 'a' is not in the subpath of 'éé/é/c.' OR one path is relative and the other is absolute. False True False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI a a b'a'
# '....c.' 'd eéx.tar.gz/.hidden' ....c. PurePosixPath('....c.') ('....c.',)   
#   '....c.' '' [] '....c.' . [PurePosixPath('.')] 1 False False
#   ....c./d eéx.tar.gz/.hidden ....c./d eéx.tar.gz/.hidden/z PurePosixPath('n.py') PurePosixPath('st') PurePosixPath('....c..md') PurePosixPath('....c.')
#   ValueError: '....c.' is not in the subpath of 'd eéx.tar.gz/.hidden' OR one path is relative and the other is absolute. False True False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI ....c. ....c. b'....c.'
# '//' 'x.tar.gz/b.txt/c.a/' // PurePosixPath('//') ('//',)  // //
#   '' '' [] '' // [] 0 True False
#   //x.tar.gz/b.txt/c.a //x.tar.gz/b.txt/c.a/z ValueError: PurePosixPath('//') has an empty name ValueError: PurePosixPath('//') has an empty name ValueError: PurePosixPath('//') has an empty name ValueError: PurePosixPath('//') has an empty name
#   ValueError: '//' is not in the subpath of 'x.tar.gz/b.txt/c.a' OR one path is relative and the other is absolute. False True False False False
#   False True True False False True 'file:////' // // b'//'
# '///' '//x.tar.gz/d e/...' / PurePosixPath('/') ('/',)  / /
#   '' '' [] '' / [] 0 True False
#   //x.tar.gz/d e/... //x.tar.gz/d e/.../z ValueError: PurePosixPath('/') has an empty name ValueError: PurePosixPath('/') has an empty name ValueError: PurePosixPath('/') has an empty name ValueError: PurePosixPath('/') has an empty name
#   ValueError: '/' is not in the subpath of '//x.tar.gz/d e/...' OR one path is relative and the other is absolute. False True False False False
#   False True True False False True 'file:///' / / b'/'
# '..///////' '//c.' .. PurePosixPath('..') ('..',)   
#   '..' '' [] '..' . [PurePosixPath('.')] 1 False False
#   //c. //c./z PurePosixPath('n.py') PurePosixPath('st') PurePosixPath('...md') PurePosixPath('..')
#   ValueError: '..' is not in the subpath of '//c.' OR one path is relative and the other is absolute. False True False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI .. .. b'..'
# '' 'é/' . PurePosixPath('.') ()   
#   '' '' [] '' . [] 0 False False
#   é é/z ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name
#   ValueError: '.' is not in the subpath of 'é' OR one path is relative and the other is absolute. False False False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI . . b'.'
# '' '' . PurePosixPath('.') ()   
#   '' '' [] '' . [] 0 False False
#   . z ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name
#   PurePosixPath('.') True False False False False
#   True False True False True True ValueError: relative path can't be expressed as a file URI . . b'.'
# 'd e/é/' '' d e/é PurePosixPath('d e/é') ('d e', 'é')   
#   'é' '' [] 'é' d e [PurePosixPath('d e'), PurePosixPath('.')] 2 False False
#   d e/é d e/é/z PurePosixPath('d e/n.py') PurePosixPath('d e/st') PurePosixPath('d e/é.md') PurePosixPath('d e/é')
#   PurePosixPath('d e/é') True True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI d e/é d e/é b'd e/\xc3\xa9'
# '.../' '.hidden/.hidden./x.tar.gz/' ... PurePosixPath('...') ('...',)   
#   '...' '' [] '...' . [PurePosixPath('.')] 1 False False
#   .../.hidden/.hidden./x.tar.gz .../.hidden/.hidden./x.tar.gz/z PurePosixPath('n.py') PurePosixPath('st') PurePosixPath('....md') PurePosixPath('...')
#   ValueError: '...' is not in the subpath of '.hidden/.hidden./x.tar.gz' OR one path is relative and the other is absolute. False True False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI ... ... b'...'
# './/x.tar.gz' 'c./a/./////' x.tar.gz PurePosixPath('x.tar.gz') ('x.tar.gz',)   
#   'x.tar.gz' '.gz' ['.tar', '.gz'] 'x.tar' . [PurePosixPath('.')] 1 False False
#   x.tar.gz/c./a x.tar.gz/c./a/z PurePosixPath('n.py') PurePosixPath('st.gz') PurePosixPath('x.tar.md') PurePosixPath('x.tar')
#   ValueError: 'x.tar.gz' is not in the subpath of 'c./a' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True ValueError: relative path can't be expressed as a file URI x.tar.gz x.tar.gz b'x.tar.gz'
# '...././' '////.../' .... PurePosixPath('....') ('....',)   
#   '....' '' [] '....' . [PurePosixPath('.')] 1 False False
#   /... /.../z PurePosixPath('n.py') PurePosixPath('st') PurePosixPath('.....md') PurePosixPath('....')
#   ValueError: '....' is not in the subpath of '/...' OR one path is relative and the other is absolute. False True False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI .... .... b'....'
# '' 'd eé/' . PurePosixPath('.') ()   
#   '' '' [] '' . [] 0 False False
#   d eé d eé/z ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name
#   ValueError: '.' is not in the subpath of 'd eé' OR one path is relative and the other is absolute. False False False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI . . b'.'
# 'a/...a/' '' a/...a PurePosixPath('a/...a') ('a', '...a')   
#   '...a' '.a' [] '..' a [PurePosixPath('a'), PurePosixPath('.')] 2 False False
#   a/...a a/...a/z PurePosixPath('a/n.py') PurePosixPath('a/st.a') PurePosixPath('a/...md') PurePosixPath('a/..')
#   PurePosixPath('a/...a') True True False True False
#   False False False True True True ValueError: relative path can't be expressed as a file URI a/...a a/...a b'a/...a'
# '//...' '' //... PurePosixPath('//...') ('//', '...')  // //
#   '...' '' [] '...' // [PurePosixPath('//')] 1 True False
#   //... //.../z PurePosixPath('//n.py') PurePosixPath('//st') PurePosixPath('//....md') PurePosixPath('//...')
#   ValueError: '//...' is not in the subpath of '' OR one path is relative and the other is absolute. False True False False False
#   False False False True True True 'file:////...' //... //... b'//...'
# './' '.hidden/' . PurePosixPath('.') ()   
#   '' '' [] '' . [] 0 False False
#   .hidden .hidden/z ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name
#   ValueError: '.' is not in the subpath of '.hidden' OR one path is relative and the other is absolute. False False False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI . . b'.'
# '' '' . PurePosixPath('.') ()   
#   '' '' [] '' . [] 0 False False
#   . z ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name
#   PurePosixPath('.') True False False False False
#   True False True False True True ValueError: relative path can't be expressed as a file URI . . b'.'
# '' '' . PurePosixPath('.') ()   
#   '' '' [] '' . [] 0 False False
#   . z ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name
#   PurePosixPath('.') True False False False False
#   True False True False True True ValueError: relative path can't be expressed as a file URI . . b'.'
# '' '../' . PurePosixPath('.') ()   
#   '' '' [] '' . [] 0 False False
#   .. ../z ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name ValueError: PurePosixPath('.') has an empty name
#   ValueError: '.' is not in the subpath of '..' OR one path is relative and the other is absolute. False False False False False
#   False True True False False True ValueError: relative path can't be expressed as a file URI . . b'.'
# a/b PurePosixPath PosixPath True True
# / (PurePosixPath('/a'), PurePosixPath('/')) IndexError: 5 <PurePosixPath.parents>
# x/y /b/c a/b
# [PurePosixPath('a'), PurePosixPath('a/c'), PurePosixPath('b')]
# 1 False
# 'c:/x/y' c:\x\y PureWindowsPath('c:/x/y') ('c:\\', 'x', 'y') 'c:' '\\' c:\ y True 'file:///c:/x/y'
# 'C:\\A\\b.TXT' C:\A\b.TXT PureWindowsPath('C:/A/b.TXT') ('C:\\', 'A', 'b.TXT') 'C:' '\\' C:\ b.TXT True 'file:///C:/A/b.TXT'
# '//server/share/x' \\server\share\x PureWindowsPath('//server/share/x') ('\\\\server\\share\\', 'x') '\\\\server\\share' '\\' \\server\share\ x True 'file://server/share/x'
# '\\\\srv\\sh' \\srv\sh\ PureWindowsPath('//srv/sh/') ('\\\\srv\\sh\\',) '\\\\srv\\sh' '\\' \\srv\sh\  True 'file://srv/sh/'
# 'c:rel' c:rel PureWindowsPath('c:rel') ('c:', 'rel') 'c:' '' c: rel False ValueError: relative path can't be expressed as a file URI
# '/root' \root PureWindowsPath('/root') ('\\', 'root') '' '\\' \ root False ValueError: relative path can't be expressed as a file URI
# 'a/b\\c' a\b\c PureWindowsPath('a/b/c') ('a', 'b', 'c') '' ''  c False ValueError: relative path can't be expressed as a file URI
# True d:y c:\y c:\x\z True b True
# relative_to ValueError: '/a/b' is not in the subpath of '/c' OR one path is relative and the other is absolute.
# relative_to rel ValueError: 'a/b' is not in the subpath of '/a' OR one path is relative and the other is absolute.
# relative_to none TypeError: need at least one argument
# int TypeError: expected str, bytes or os.PathLike object, not int
# bytes TypeError: argument should be a str object or an os.PathLike object returning str, not <class 'bytes'>
# with_name empty ValueError: Invalid name ''
# with_name root ValueError: PurePosixPath('/') has an empty name
# with_name sep ValueError: Invalid name 'c/d'
# with_suffix b ValueError: Invalid suffix 'b'
# with_suffix . ValueError: Invalid suffix '.'
# with_suffix ./b ValueError: Invalid suffix './b'
# with_suffix empty name ValueError: PurePosixPath('.') has an empty name
# as_uri ValueError: relative path can't be expressed as a file URI
# as_uri quote 'file:///a%20b/%C3%A9%25'
# match empty ValueError: empty pattern
# lt windows TypeError: '<' not supported between instances of 'PurePosixPath' and 'PureWindowsPath'
# lt str TypeError: '<' not supported between instances of 'PurePosixPath' and 'str'
# div int TypeError: unsupported operand type(s) for /: 'PurePosixPath' and 'int'
# rdiv int TypeError: unsupported operand type(s) for /: 'int' and 'PurePosixPath'
# WindowsPath NotImplementedError: cannot instantiate 'WindowsPath' on your system
# posix eq windows False
