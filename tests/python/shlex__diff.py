# shlex against CPython: generated command lines (words, quotes, escapes,
# comments, punctuation, newlines) split in every mode (posix or not,
# whitespace_split, punctuation_chars, comments), tokens and errors
# digested per mode; quote/join round trips; and the shlex class's API
# (push_token, push_source/pop_source, lineno, error_leader, eof).
import hashlib
import io
import shlex

seed = 20261207


def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 33) % n


PIECES = ["ls", " ", "-la", "'a b'", '"c d"', "\\", "\\ ", "'", '"', "#",
          "x#y", "\n", "\t", ";", "&&", "|", "(", ")", ">", "a=b", "é",
          "$HOME", '"q\\"q"', "'s\\'", "~/x.txt", "*", "<<"]


def line():
    return "".join(PIECES[rnd(len(PIECES))] for _ in range(rnd(9)))


def tokens(lex):
    out = []
    try:
        for tok in lex:
            out.append(tok)
            if len(out) > 50:
                break
    except ValueError as e:
        out.append("ValueError: %s" % e)
    return out


MODES = [
    dict(posix=True, ws=True, punct=False, comments=False),
    dict(posix=True, ws=True, punct=False, comments=True),
    dict(posix=False, ws=True, punct=False, comments=True),
    dict(posix=True, ws=False, punct=False, comments=True),
    dict(posix=False, ws=False, punct=False, comments=True),
    dict(posix=True, ws=False, punct=True, comments=True),
    dict(posix=True, ws=True, punct=True, comments=False),
    dict(posix=False, ws=False, punct=";&", comments=True),
]

for i, m in enumerate(MODES):
    h = hashlib.md5()
    counts = {}
    for _ in range(60):
        s = line()
        lex = shlex.shlex(s, posix=m["posix"], punctuation_chars=m["punct"])
        lex.whitespace_split = m["ws"]
        if not m["comments"]:
            lex.commenters = ""
        got = tokens(lex)
        key = "error" if got and str(got[-1]).startswith("ValueError") else "ok"
        counts[key] = counts.get(key, 0) + 1
        h.update(repr((got, lex.lineno)).encode())
    print("mode", i, sorted(counts.items()), h.hexdigest()[:16])

h = hashlib.md5()
same = 0
for _ in range(80):
    words = [line() for _ in range(rnd(4))]
    joined = shlex.join(words)
    h.update(joined.encode())
    same += shlex.split(joined) == words
print("join", same, h.hexdigest()[:16])

# split
print(shlex.split("a 'b c' \"d e\" f\\ g # no comment"))
print(shlex.split("a # comment\nb", comments=True))
print(shlex.split("a 'b c'", posix=False))
for bad in ["'open", '"open', "end\\"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print(type(e).__name__, e)
print(shlex.quote(""), shlex.quote("safe-_@%+=:,./x"), shlex.quote("a b"),
      shlex.quote("it's"), shlex.quote("é"))
try:
    shlex.quote(1)
except TypeError as e:
    print("TypeError", e)
print(shlex.join(["echo", "a b", "", "c'd"]))

# the class
lex = shlex.shlex("a b c")
print(lex.get_token(), lex.lineno)
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), lex.get_token(), repr(lex.get_token()))
print(repr(lex.eof), repr(shlex.shlex(posix=True).eof))
lex = shlex.shlex("x\ny\nz", infile="f.sh")
print(list(lex), lex.lineno, lex.error_leader(), lex.error_leader("g", 9))
lex = shlex.shlex("first second", posix=True)
print(lex.get_token())
lex.push_source("inner words")
print(list(lex))
lex = shlex.shlex("a && b || (c; d) >out", punctuation_chars=True)
print(list(lex), lex.punctuation_chars)
lex = shlex.shlex("~/a.txt -x=1", punctuation_chars="|")
print(list(lex), repr(lex.wordchars[-8:]))
lex = shlex.shlex(io.StringIO("one 'two three' four"), posix=True)
lex.quotes = '"'
lex.wordchars += "'"
print(list(lex))
lex = shlex.shlex("a,b;c", posix=True)
lex.whitespace = ",;"
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("a %x b", posix=True)
lex.commenters = "%"
print(list(lex), lex.lineno)
print(shlex.__all__)

# Output:
# mode 0 [('error', 11), ('ok', 49)] 4f032959c30c6a6b
# mode 1 [('error', 6), ('ok', 54)] 217bf88b64572a1b
# mode 2 [('error', 5), ('ok', 55)] bccc530a662c01ee
# mode 3 [('error', 13), ('ok', 47)] 1ad5522972685e7a
# mode 4 [('error', 12), ('ok', 48)] 579e16ca5e65adec
# mode 5 [('error', 9), ('ok', 51)] 95ad49a980581094
# mode 6 [('error', 17), ('ok', 43)] 48bc03fe07f012b8
# mode 7 [('error', 5), ('ok', 55)] f99300ef97fc262c
# join 80 d024390a845b0acc
# ['a', 'b c', 'd e', 'f g', '#', 'no', 'comment']
# ['a', 'b']
# ['a', "'b c'"]
# ValueError No closing quotation
# ValueError No closing quotation
# ValueError No escaped character
# '' safe-_@%+=:,./x 'a b' 'it'"'"'s' 'é'
# TypeError expected string or bytes-like object, got 'int'
# echo 'a b' '' 'c'"'"'d'
# a 1
# pushed b c ''
# '' None
# ['x', 'y', 'z'] 3 "f.sh", line 3:  "g", line 9: 
# first
# ['inner', 'words', 'second']
# ['a', '&&', 'b', '||', '(', 'c', ';', 'd', ')', '>', 'out'] ();<>|&
# ['~/a.txt', '-x=1'] '_~-./*?='
# ['one', "'two", "three'", 'four']
# ['a', 'b', 'c']
# ['a'] 2
# ['shlex', 'split', 'quote', 'join']
