# Bad patterns raise re.error with CPython's message, position, line and
# column; bad flags raise ValueError; bad repeat counts OverflowError; bad
# arguments TypeError.
import re

BAD = [
    "*", "a**", "a*??", "a{2}*", "(", "(a", "a)", "())", "[a", "[", "[]",
    "[^]", "a\\", "\\q", "[\\q]", "\\x1", "\\x", "\\u12", "\\U0001234",
    "\\U00110000", "(?<x", "(?<=a+)b", "(?<!a|bc)d", "(?P<1a>x)", "(?P<>x)",
    "(?P<a>x)(?P<a>y)", "(?P=b)", "(?P=a)(?P<a>x)", "(?Px)", "(?P", "(?",
    "(?Z)", "(?#abc", "a{3,2}", "\\1", "(a)\\2", "(a\\1)", "(?(1)a|b|c)",
    "(?(x)a)", "(?(0)a)", "(?(a-b)x)", "(?(2)a)(b)", "a(?i)b", "(?i", "(?i-",
    "(?-", "(?iz:a)", "(?i-z:a)", "(?-a:x)", "(?L)a", "(?a-i", "(?i-i:a)",
    "(?au)x", "\\N{DASH}", "\\N", "[z-a]", "[a-\\w]", "[\\d-z]", "\\400",
    "[\\400]", "[\\9]", "x{1,2", "(?<=(?P<g>a)(?P=g))", "(?<a>b)", "a|*",
    "(?x) * ", "^*", "$+", "\\b*", "(?P<a>a)(?P=a", "(?=a", "(?<=a", "(?<!",
    "a\n(b", "ab\n\ncd)", "(?t:a)",
]
for p in BAD:
    try:
        re.compile(p)
        print(repr(p), "compiled")
    except re.error as e:
        print(repr(p), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
    except (ValueError, OverflowError, TypeError) as e:
        print(repr(p), "|", type(e).__name__, e)

BAD_BYTES = [b"\\u1234", b"(?u)x", b"\\N{X}", b"(?P<\xe9>x)", b"a**", b"[b-a]"]
for p in BAD_BYTES:
    try:
        re.compile(p)
        print(p, "compiled")
    except re.error as e:
        print(p, "|", e, "|", e.pos, e.pattern == p)

FLAGS = [("a", re.L), ("a", re.A | re.U), (b"a", re.U), (b"a", re.A | re.L)]
for p, f in FLAGS:
    try:
        re.compile(p, f)
    except ValueError as e:
        print("ValueError:", e)

for p in ["a{4294967295}", "a{1,4294967296}", "a{4294967294}"]:
    try:
        re.compile(p)
        print(p, "ok")
    except OverflowError as e:
        print("OverflowError:", e)

for args in [(1,), (None,), ([],)]:
    try:
        re.compile(*args)
    except TypeError as e:
        print("TypeError:", e)
for call in [lambda: re.search("a", 1), lambda: re.search("a", b"a"),
             lambda: re.search(b"a", "a"), lambda: re.sub("a", 1, "a"),
             lambda: re.sub(b"a", "x", b"a"), lambda: re.compile(re.compile("a"), re.I),
             lambda: re.match("(a)", "a").group(2), lambda: re.match("(a)", "a").group("x"),
             lambda: re.match("(a)", "a").start(-1), lambda: re.sub("(a)", "\\2", "a"),
             lambda: re.sub("(a)", "\\g<x>", "a"), lambda: re.sub("(a)", "\\g<1", "a"),
             lambda: re.sub("(a)", "\\g<-1>", "a"), lambda: re.sub("(a)", "\\g", "a"),
             lambda: re.sub("(a)", "\\q", "a"), lambda: re.sub("(a)", "a\\", "a"),
             lambda: re.sub("(a)", "\\g<>", "a"), lambda: re.sub("(a)", "\\g<a b>", "a"),
             lambda: re.sub("(a)", "\\777", "a"), lambda: re.sub("a", lambda m: 1, "a")]:
    try:
        print("ok", call())
    except (TypeError, IndexError, ValueError, re.error) as e:
        print(type(e).__name__ if not isinstance(e, re.error) else "re.error", e)

print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
e = re.error("plain")
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno)
e = re.error("msg", b"ab\ncd", 4)
print(e, e.lineno, e.colno)

# Output:
# '*' | nothing to repeat at position 0 | nothing to repeat 0 1 1 True
# 'a**' | multiple repeat at position 2 | multiple repeat 2 1 3 True
# 'a*??' | multiple repeat at position 3 | multiple repeat 3 1 4 True
# 'a{2}*' | multiple repeat at position 4 | multiple repeat 4 1 5 True
# '(' | missing ), unterminated subpattern at position 0 | missing ), unterminated subpattern 0 1 1 True
# '(a' | missing ), unterminated subpattern at position 0 | missing ), unterminated subpattern 0 1 1 True
# 'a)' | unbalanced parenthesis at position 1 | unbalanced parenthesis 1 1 2 True
# '())' | unbalanced parenthesis at position 2 | unbalanced parenthesis 2 1 3 True
# '[a' | unterminated character set at position 0 | unterminated character set 0 1 1 True
# '[' | unterminated character set at position 0 | unterminated character set 0 1 1 True
# '[]' | unterminated character set at position 0 | unterminated character set 0 1 1 True
# '[^]' | unterminated character set at position 0 | unterminated character set 0 1 1 True
# 'a\\' | bad escape (end of pattern) at position 1 | bad escape (end of pattern) 1 1 2 True
# '\\q' | bad escape \q at position 0 | bad escape \q 0 1 1 True
# '[\\q]' | bad escape \q at position 1 | bad escape \q 1 1 2 True
# '\\x1' | incomplete escape \x1 at position 0 | incomplete escape \x1 0 1 1 True
# '\\x' | incomplete escape \x at position 0 | incomplete escape \x 0 1 1 True
# '\\u12' | incomplete escape \u12 at position 0 | incomplete escape \u12 0 1 1 True
# '\\U0001234' | incomplete escape \U0001234 at position 0 | incomplete escape \U0001234 0 1 1 True
# '\\U00110000' | bad escape \U00110000 at position 0 | bad escape \U00110000 0 1 1 True
# '(?<x' | unknown extension ?<x at position 1 | unknown extension ?<x 1 1 2 True
# '(?<=a+)b' | look-behind requires fixed-width pattern | look-behind requires fixed-width pattern None None None False
# '(?<!a|bc)d' | look-behind requires fixed-width pattern | look-behind requires fixed-width pattern None None None False
# '(?P<1a>x)' | bad character in group name '1a' at position 4 | bad character in group name '1a' 4 1 5 True
# '(?P<>x)' | missing group name at position 4 | missing group name 4 1 5 True
# '(?P<a>x)(?P<a>y)' | redefinition of group name 'a' as group 2; was group 1 at position 12 | redefinition of group name 'a' as group 2; was group 1 12 1 13 True
# '(?P=b)' | unknown group name 'b' at position 4 | unknown group name 'b' 4 1 5 True
# '(?P=a)(?P<a>x)' | unknown group name 'a' at position 4 | unknown group name 'a' 4 1 5 True
# '(?Px)' | unknown extension ?Px at position 1 | unknown extension ?Px 1 1 2 True
# '(?P' | unexpected end of pattern at position 3 | unexpected end of pattern 3 1 4 True
# '(?' | unexpected end of pattern at position 2 | unexpected end of pattern 2 1 3 True
# '(?Z)' | unknown extension ?Z at position 1 | unknown extension ?Z 1 1 2 True
# '(?#abc' | missing ), unterminated comment at position 0 | missing ), unterminated comment 0 1 1 True
# 'a{3,2}' | min repeat greater than max repeat at position 2 | min repeat greater than max repeat 2 1 3 True
# '\\1' | invalid group reference 1 at position 1 | invalid group reference 1 1 1 2 True
# '(a)\\2' | invalid group reference 2 at position 4 | invalid group reference 2 4 1 5 True
# '(a\\1)' | cannot refer to an open group at position 2 | cannot refer to an open group 2 1 3 True
# '(?(1)a|b|c)' | conditional backref with more than two branches at position 8 | conditional backref with more than two branches 8 1 9 True
# '(?(x)a)' | unknown group name 'x' at position 3 | unknown group name 'x' 3 1 4 True
# '(?(0)a)' | bad group number at position 3 | bad group number 3 1 4 True
# '(?(a-b)x)' | bad character in group name 'a-b' at position 3 | bad character in group name 'a-b' 3 1 4 True
# '(?(2)a)(b)' | invalid group reference 2 at position 3 | invalid group reference 2 3 1 4 True
# 'a(?i)b' | global flags not at the start of the expression at position 1 | global flags not at the start of the expression 1 1 2 True
# '(?i' | missing -, : or ) at position 3 | missing -, : or ) 3 1 4 True
# '(?i-' | missing flag at position 4 | missing flag 4 1 5 True
# '(?-' | missing flag at position 3 | missing flag 3 1 4 True
# '(?iz:a)' | unknown flag at position 3 | unknown flag 3 1 4 True
# '(?i-z:a)' | unknown flag at position 4 | unknown flag 4 1 5 True
# '(?-a:x)' | bad inline flags: cannot turn off flags 'a', 'u' and 'L' at position 4 | bad inline flags: cannot turn off flags 'a', 'u' and 'L' 4 1 5 True
# '(?L)a' | bad inline flags: cannot use 'L' flag with a str pattern at position 3 | bad inline flags: cannot use 'L' flag with a str pattern 3 1 4 True
# '(?a-i' | missing : at position 5 | missing : 5 1 6 True
# '(?i-i:a)' | bad inline flags: flag turned on and off at position 5 | bad inline flags: flag turned on and off 5 1 6 True
# '(?au)x' | bad inline flags: flags 'a', 'u' and 'L' are incompatible at position 4 | bad inline flags: flags 'a', 'u' and 'L' are incompatible 4 1 5 True
# '\\N{DASH}' | undefined character name 'DASH' at position 0 | undefined character name 'DASH' 0 1 1 True
# '\\N' | missing { at position 2 | missing { 2 1 3 True
# '[z-a]' | bad character range z-a at position 1 | bad character range z-a 1 1 2 True
# '[a-\\w]' | bad character range a-\w at position 1 | bad character range a-\w 1 1 2 True
# '[\\d-z]' | bad character range \d-z at position 1 | bad character range \d-z 1 1 2 True
# '\\400' | octal escape value \400 outside of range 0-0o377 at position 0 | octal escape value \400 outside of range 0-0o377 0 1 1 True
# '[\\400]' | octal escape value \400 outside of range 0-0o377 at position 1 | octal escape value \400 outside of range 0-0o377 1 1 2 True
# '[\\9]' | bad escape \9 at position 1 | bad escape \9 1 1 2 True
# 'x{1,2' compiled
# '(?<=(?P<g>a)(?P=g))' | cannot refer to group defined in the same lookbehind subpattern at position 18 | cannot refer to group defined in the same lookbehind subpattern 18 1 19 True
# '(?<a>b)' | unknown extension ?<a at position 1 | unknown extension ?<a 1 1 2 True
# 'a|*' | nothing to repeat at position 2 | nothing to repeat 2 1 3 True
# '(?x) * ' | nothing to repeat at position 5 | nothing to repeat 5 1 6 True
# '^*' | nothing to repeat at position 1 | nothing to repeat 1 1 2 True
# '$+' | nothing to repeat at position 1 | nothing to repeat 1 1 2 True
# '\\b*' | nothing to repeat at position 2 | nothing to repeat 2 1 3 True
# '(?P<a>a)(?P=a' | missing ), unterminated name at position 12 | missing ), unterminated name 12 1 13 True
# '(?=a' | missing ), unterminated subpattern at position 0 | missing ), unterminated subpattern 0 1 1 True
# '(?<=a' | missing ), unterminated subpattern at position 0 | missing ), unterminated subpattern 0 1 1 True
# '(?<!' | missing ), unterminated subpattern at position 0 | missing ), unterminated subpattern 0 1 1 True
# 'a\n(b' | missing ), unterminated subpattern at position 2 (line 2, column 1) | missing ), unterminated subpattern 2 2 1 True
# 'ab\n\ncd)' | unbalanced parenthesis at position 6 (line 3, column 3) | unbalanced parenthesis 6 3 3 True
# '(?t:a)' | bad inline flags: cannot turn on global flag at position 3 | bad inline flags: cannot turn on global flag 3 1 4 True
# b'\\u1234' | bad escape \u at position 0 | 0 True
# b'(?u)x' | bad inline flags: cannot use 'u' flag with a bytes pattern at position 3 | 3 True
# b'\\N{X}' | bad escape \N at position 0 | 0 True
# b'(?P<\xe9>x)' compiled
# b'a**' | multiple repeat at position 2 | 2 True
# b'[b-a]' | bad character range b-a at position 1 | 1 True
# ValueError: cannot use LOCALE flag with a str pattern
# ValueError: ASCII and UNICODE flags are incompatible
# ValueError: cannot use UNICODE flag with a bytes pattern
# ValueError: ASCII and LOCALE flags are incompatible
# OverflowError: the repetition number is too large
# OverflowError: the repetition number is too large
# a{4294967294} ok
# TypeError: first argument must be string or compiled pattern
# TypeError: first argument must be string or compiled pattern
# TypeError: unhashable type: 'list'
# TypeError expected string or bytes-like object, got 'int'
# TypeError cannot use a string pattern on a bytes-like object
# TypeError cannot use a bytes pattern on a string-like object
# TypeError decoding to str: need a bytes-like object, int found
# TypeError sequence item 0: expected a bytes-like object, str found
# ValueError cannot process flags argument with a compiled pattern
# IndexError no such group
# IndexError no such group
# IndexError no such group
# re.error invalid group reference 2 at position 1
# IndexError unknown group name 'x'
# re.error missing >, unterminated name at position 3
# re.error bad character in group name '-1' at position 3
# re.error missing < at position 2
# re.error bad escape \q at position 0
# re.error bad escape (end of pattern) at position 1
# re.error missing group name at position 3
# re.error bad character in group name 'a b' at position 3
# re.error octal escape value \777 outside of range 0-0o377 at position 0
# TypeError sequence item 0: expected str instance, int found
# True error re
# plain plain None None None None
# msg at position 4 (line 2, column 2) 2 2
