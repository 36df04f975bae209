# UserDict, UserList, UserString: the wrapped data and the full method sets.
from collections import UserDict, UserList, UserString
import collections.abc as abc


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


# UserDict
ud = UserDict({"a": 1}, b=2)
print(ud, ud.data, len(ud), ud["a"], "b" in ud, list(ud), ud.get("z"), ud.get("z", 0))
ud["c"] = 3
del ud["a"]
print(ud, sorted(ud.keys()), sorted(ud.values()), sorted(ud.items()))
attempt("missing", lambda: ud["zz"])
print(ud.pop("b"), ud.pop("zz", None), ud.setdefault("s", 7), ud)
ud.update({"u": 1}, v=2)
ud.update([("w", 3)])
print(ud, ud == {"c": 3, "s": 7, "u": 1, "v": 2, "w": 3}, isinstance(ud, abc.MutableMapping))
cp = ud.copy()
cp["new"] = 1
print(type(cp).__name__, "new" in ud, UserDict.fromkeys("ab", 0))
print(UserDict(a=1) | {"b": 2}, {"b": 2} | UserDict(a=1), UserDict(a=1) | UserDict(c=3))
u2 = UserDict(a=1)
u2 |= {"z": 26}
print(u2, ud.popitem() is not None, UserDict(dict=5) if False else UserDict([("k", "v")]))
u2.clear()
print(u2, len(u2))


class Defaulting(UserDict):
    def __missing__(self, key):
        return key * 2


dd = Defaulting()
print(dd["ab"], "ab" in dd, dd.get("ab"))


class Tagged(UserDict):
    def __init__(self, *a, **k):
        self.tag = "t"
        super().__init__(*a, **k)


tg = Tagged(x=1)
tc = tg.copy()
print(type(tc).__name__, tc, tc.tag)

# UserList
ul = UserList([3, 1, 2])
print(ul, ul.data, len(ul), ul[0], ul[-1], ul[1:], type(ul[1:]).__name__, 2 in ul)
ul.append(5)
ul.insert(0, 0)
ul.extend([9, 8])
ul.extend(UserList([7]))
print(ul, ul.pop(), ul.pop(0), ul)
ul.remove(9)
ul.reverse()
print(ul, ul.count(1), ul.index(1))
ul.sort()
print(ul)
ul.sort(key=lambda v: -v, reverse=False)
print(ul)
ul[0] = "first"
del ul[1]
print(ul, ul == ["first", 3, 2, 1], ul < ["g"], ul > UserList(["a"]), ul <= ul, ul >= ul)
print(ul + [0], [0] + ul, ul + UserList([1]), (1, 2) + UserList([3]) if False else UserList([1]) * 2, 2 * UserList([1]))
ul2 = UserList([1])
ul2 += [2]
ul2 += (3,)
ul2 *= 2
print(ul2, ul2.copy(), type(ul2.copy()).__name__)
ul2.clear()
print(ul2, UserList(), UserList("ab"), UserList(UserList([1])))
attempt("pop empty", lambda: UserList().pop())
attempt("index missing", lambda: UserList([1]).index(5))
print(isinstance(ul, abc.MutableSequence), list(reversed(UserList([1, 2]))))

# UserString
us = UserString("Hello World")
print(us, repr(us), len(us), us[0], us[-5:], type(us[1:]).__name__, "World" in us, UserString("lo") in us)
print(us.upper(), us.lower(), us.swapcase(), us.title(), us.capitalize(), us.casefold())
print(us.center(15, "*"), us.ljust(13, "-"), us.rjust(13), us.zfill(14), UserString("a\tb").expandtabs(4))
print(us.count("o"), us.count(UserString("l")), us.find("o"), us.rfind("o"), us.index("W"), us.rindex("l"))
print(us.startswith("He"), us.endswith(("x", "ld")), us.split(), us.rsplit("o", 1), us.partition(" "), us.rpartition("o"))
print(us.replace("l", "L", 2), us.replace(UserString("World"), UserString("There")), us.strip("Hd"), us.lstrip("H"), us.rstrip("d"))
print(UserString("a\nb\r\nc").splitlines(), UserString("a\nb").splitlines(True), UserString(",").join(["x", "y"]))
print(us.isalpha(), UserString("abc").isalpha(), UserString("12").isdigit(), UserString("12").isdecimal(), UserString("12").isnumeric())
print(UserString("ab1").isalnum(), UserString("ab").isascii(), UserString("x_1").isidentifier(), UserString("ab").islower())
print(UserString("AB").isupper(), UserString(" ").isspace(), UserString("Ab Cd").istitle(), UserString("a\x00").isprintable())
print(us.encode(), us.encode("ascii", "strict"), UserString("{0}-{x}").format(1, x=2), UserString("{a}").format_map({"a": 5}))
print(UserString("prefix-x").removeprefix("prefix-"), UserString("x.py").removesuffix(".py"))
print(us.translate(str.maketrans("lo", "01")), UserString.maketrans("a", "b"))
print(us + "!", "<" + us, us + UserString("?"), us * 2, 2 * UserString("ab"), UserString("%s-%d") % ("a", 1), UserString(5), UserString(UserString("u")))
print(us == "Hello World", us < "Z", us > UserString("A"), us <= us, us >= "Hello", hash(UserString("k")) == hash("k"))
print(int(UserString("42")), float(UserString("1.5")), complex(UserString("1+2j")), str(us), UserString("ab").__getnewargs__())
print(isinstance(us, abc.Sequence), list(UserString("abc")), list(reversed(UserString("abc"))))

# Output:
# {'a': 1, 'b': 2} {'a': 1, 'b': 2} 2 1 True ['a', 'b'] None 0
# {'b': 2, 'c': 3} ['b', 'c'] [2, 3] [('b', 2), ('c', 3)]
# missing KeyError 'zz'
# 2 None 7 {'c': 3, 's': 7}
# {'c': 3, 's': 7, 'u': 1, 'v': 2, 'w': 3} True True
# UserDict False {'a': 0, 'b': 0}
# {'a': 1, 'b': 2} {'b': 2, 'a': 1} {'a': 1, 'c': 3}
# {'a': 1, 'z': 26} True {'k': 'v'}
# {} 0
# abab False abab
# Tagged {'x': 1} t
# [3, 1, 2] [3, 1, 2] 3 3 2 [1, 2] UserList True
# [3, 1, 2, 5, 9, 8] 7 0 [3, 1, 2, 5, 9, 8]
# [8, 5, 2, 1, 3] 1 3
# [1, 2, 3, 5, 8]
# [8, 5, 3, 2, 1]
# ['first', 3, 2, 1] True True True True True
# ['first', 3, 2, 1, 0] [0, 'first', 3, 2, 1] ['first', 3, 2, 1, 1] [1, 1] [1, 1]
# [1, 2, 3, 1, 2, 3] [1, 2, 3, 1, 2, 3] UserList
# [] [] ['a', 'b'] [1]
# pop empty IndexError pop from empty list
# index missing ValueError 5 is not in list
# True [2, 1]
# Hello World 'Hello World' 11 H World UserString True True
# HELLO WORLD hello world hELLO wORLD Hello World Hello world hello world
# **Hello World** Hello World--   Hello World 000Hello World a   b
# 2 3 4 7 6 9
# True True ['Hello', 'World'] ['Hello W', 'rld'] ('Hello', ' ', 'World') ('Hello W', 'o', 'rld')
# HeLLo World Hello There ello Worl ello World Hello Worl
# ['a', 'b', 'c'] ['a\n', 'b'] x,y
# False True True True True
# True True True True
# True True True False
# b'Hello World' b'Hello World' 1-2 5
# x x
# He001 W1r0d {97: 98}
# Hello World! <Hello World Hello World? Hello WorldHello World abab a-1 5 u
# True True True True True True
# 42 1.5 (1+2j) Hello World ('ab',)
# True ['a', 'b', 'c'] ['c', 'b', 'a']
