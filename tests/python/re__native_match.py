# Matches made by the engine itself (search, finditer, scanner, sub with a
# callable) and Match.group / m[g] for every kind of subject and argument.
import re


class S(str):
    pass


class B(bytes):
    pass


def show(f):
    try:
        return repr(f())
    except (TypeError, IndexError, ValueError) as e:
        return "%s: %s" % (type(e).__name__, e)


sp = re.compile(r"(?P<w>\w)(\d)?")
bp = re.compile(rb"(?P<w>\w)(\d)?")
for s in ("ab1c", S("ab1c"), "é1ß", b"ab1c", B(b"ab1c"), bytearray(b"ab1c"), memoryview(b"ab1c")):
    p = sp if isinstance(s, str) else bp
    m = p.search(s, 1)
    print(type(s).__name__, m.span(), m.group(), m.group(0), m[1], m.group(2), m.group(1, 2, "w"),
          type(m.group()).__name__, m.pos, m.endpos, m.string is s, m.re is p)
    print(" ", [(x.span(), x.group(), x["w"], x.pos, x.endpos) for x in p.finditer(s, -5, 3)])
    print(" ", p.sub(lambda x: x.group(), s), p.subn(lambda x: None, s)[1], show(lambda: p.sub(lambda x: 1, s)))
    sc = p.scanner(s, 1)
    print(" ", [(x.span(), x.group(), x.pos) for x in iter(sc.search, None)])
    print(" ", [m and (m.span(), m.pos, m.endpos) for m in (p.match(s, 2, 99), p.fullmatch(s, -1, 2), p.search(s, 9))])

m = re.search(r"(a)(b)?", "ac")
print(m.group(2), m[2], m.group(True), m.group(False), m.group(1, 2), m.group("1") if False else None)
for g in (3, -1, "x", 1.0, None, 2**70):
    print(show(lambda: m.group(g)), show(lambda: m[g]))
print(show(lambda: m.group(x=1)), show(lambda: m.group(0, x=1)))


class I:
    def __index__(self):
        return 1


print(m.group(I()), m[I()], m.group(I(), 0))
print(re.sub("a", lambda x: x.group().upper() + str(x.start()), "banana"))
print(re.Match.group(m), show(lambda: re.Match.group()), show(lambda: re.Match.group(1)))


# Output:
# str (1, 3) b1 b1 b 1 ('b', '1', 'b') str 1 4 True True
#   [((0, 1), 'a', 'a', 0, 3), ((1, 3), 'b1', 'b', 0, 3)]
#   ab1c 3 TypeError: sequence item 0: expected str instance, int found
#   [((1, 3), 'b1', 1), ((3, 4), 'c', 1)]
#   [((2, 3), 2, 4), None, None]
# S (1, 3) b1 b1 b 1 ('b', '1', 'b') str 1 4 True True
#   [((0, 1), 'a', 'a', 0, 3), ((1, 3), 'b1', 'b', 0, 3)]
#   ab1c 3 TypeError: sequence item 0: expected str instance, int found
#   [((1, 3), 'b1', 1), ((3, 4), 'c', 1)]
#   [((2, 3), 2, 4), None, None]
# str (1, 2) 1 1 1 None ('1', None, '1') str 1 3 True True
#   [((0, 2), 'é1', 'é', 0, 3), ((2, 3), 'ß', 'ß', 0, 3)]
#   é1ß 2 TypeError: sequence item 0: expected str instance, int found
#   [((1, 2), '1', 1), ((2, 3), 'ß', 1)]
#   [((2, 3), 2, 3), ((0, 2), 0, 2), None]
# bytes (1, 3) b'b1' b'b1' b'b' b'1' (b'b', b'1', b'b') bytes 1 4 True True
#   [((0, 1), b'a', b'a', 0, 3), ((1, 3), b'b1', b'b', 0, 3)]
#   b'ab1c' 3 TypeError: sequence item 0: expected a bytes-like object, int found
#   [((1, 3), b'b1', 1), ((3, 4), b'c', 1)]
#   [((2, 3), 2, 4), None, None]
# B (1, 3) b'b1' b'b1' b'b' b'1' (b'b', b'1', b'b') bytes 1 4 True True
#   [((0, 1), b'a', b'a', 0, 3), ((1, 3), b'b1', b'b', 0, 3)]
#   b'ab1c' 3 TypeError: sequence item 0: expected a bytes-like object, int found
#   [((1, 3), b'b1', 1), ((3, 4), b'c', 1)]
#   [((2, 3), 2, 4), None, None]
# bytearray (1, 3) b'b1' b'b1' b'b' b'1' (b'b', b'1', b'b') bytes 1 4 True True
#   [((0, 1), b'a', b'a', 0, 3), ((1, 3), b'b1', b'b', 0, 3)]
#   b'ab1c' 3 TypeError: sequence item 0: expected a bytes-like object, int found
#   [((1, 3), b'b1', 1), ((3, 4), b'c', 1)]
#   [((2, 3), 2, 4), None, None]
# memoryview (1, 3) b'b1' b'b1' b'b' b'1' (b'b', b'1', b'b') bytes 1 4 True True
#   [((0, 1), b'a', b'a', 0, 3), ((1, 3), b'b1', b'b', 0, 3)]
#   b'ab1c' 3 TypeError: sequence item 0: expected a bytes-like object, int found
#   [((1, 3), b'b1', 1), ((3, 4), b'c', 1)]
#   [((2, 3), 2, 4), None, None]
# None None a a ('a', None) None
# IndexError: no such group IndexError: no such group
# IndexError: no such group IndexError: no such group
# IndexError: no such group IndexError: no such group
# IndexError: no such group IndexError: no such group
# IndexError: no such group IndexError: no such group
# IndexError: no such group IndexError: no such group
# TypeError: Match.group() takes no keyword arguments TypeError: Match.group() takes no keyword arguments
# a a ('a', 'a')
# bA1nA3nA5
# a TypeError: unbound method Match.group() needs an argument TypeError: descriptor 'group' for 're.Match' objects doesn't apply to a 'int' object
