# Deep and large patterns: nesting past the recursion limit raises
# RecursionError (as CPython's recursive parser does); long flat patterns,
# wide alternations and long subjects work, and no pattern or subject
# overflows the Rust stack (the matcher keeps its backtracking on the heap).
import re

for p in ["(" * 100000, "(" * 100000 + ")" * 100000, "(?:" * 5000 + "a" + ")" * 5000,
          "[" * 100000, "(?=" * 20000]:
    try:
        re.compile(p)
        print("compiled")
    except RecursionError as e:
        print("RecursionError")
    except re.error as e:
        print("re.error:", e)

print(re.compile("(" * 100 + "a" + ")" * 100).match("a").span(100))
print(len(re.compile("a" * 100000).pattern), re.fullmatch("a" * 20000, "a" * 20000).end())
alt = "|".join("w%d" % i for i in range(3000))
print(re.search("(?:" + alt + ")x", "zz w2999x").span())
print(re.match(r"(?:ab)*", "ab" * 50000).end(), re.match(r"(a|b)*c", "ab" * 20000 + "c").end())
print(re.match(r"(?:(a)|b)*?c", "ab" * 20000 + "c").group(1))
print(len(re.findall(r"\w+", "word " * 20000)), len(re.split(",", "," * 30000)))
print(re.sub(r"(\d)", r"<\1>", "12" * 10000)[:20])
print(re.search(r"x(?=(?:a|b)*$)", "x" + "ab" * 20000).start())

# Output:
# RecursionError
# RecursionError
# RecursionError
# re.error: unterminated character set at position 0
# RecursionError
# (0, 1)
# 100000 20000
# (3, 9)
# 100000 40001
# a
# 20000 30001
# <1><2><1><2><1><2><1
# 0
