# eval: expressions with the caller's scope, explicit globals and locals,
# str and bytes sources, code objects, and leading whitespace.
x = 10
print(eval("x * 2 + 1"))
print(eval("  \t[i * i for i in range(4)]"))
print(eval(b"'bytes source'.upper()"))
print(eval("\xef\xbb\xbf1".encode("latin-1")) if False else eval(b"\xef\xbb\xbf40 + 2"))


def f(a):
    b = a + 1
    return eval("a + b + x")


print(f(1))


class K:
    y = 5
    z = eval("y * 3")


print(K.z)
g = {"x": 1}
print(eval("x + 1", g), sorted(g), g["__builtins__"] is eval("__builtins__", g))
print(eval("x + y", {"x": 2}, {"y": 3}))
print(eval("len('abc') + x", {"x": 4}))


class Mapping:
    def __getitem__(self, k):
        if k == "magic":
            return 42
        raise KeyError(k)


print(eval("magic + x", {"x": 1}, Mapping()))
print(eval("lambda q: q + x", {"x": 100})(1))
code = compile("x * 3", "<calc>", "eval")
print(eval(code), eval(code, {"x": 2}))
print(eval(compile("y = 7", "<s>", "exec"), d := {}), d["y"])
print(eval("(1, 2.5, 'a', None, True, ...)"))
print(eval("{'a': [1, {2, 3}], 'b': (4,)}"))
print(eval("1 if x > 5 else 2"), eval("x > 5 and 'big'"))
g2 = {}
print(eval("[globals() is g2, sorted(locals())]", g2, {"loc": 1, "g2": g2}))
print(eval("\n\n3\n\n"))
try:
    eval("\n\n  3\n")
except IndentationError as e:
    print("IndentationError:", e.msg, e.lineno)
print(eval("sum(i for i in range(10) if i % 2)"))
try:
    eval("nosuchname")
except NameError as e:
    print("NameError:", e)
try:
    eval("1 / 0")
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    eval("x + 1", {"x": "s"})
except TypeError as e:
    print("TypeError:", e)

# Output:
# 21
# [0, 1, 4, 9]
# BYTES SOURCE
# 42
# 13
# 15
# 2 ['__builtins__', 'x'] True
# 5
# 7
# 43
# 101
# 30 6
# None 7
# (1, 2.5, 'a', None, True, Ellipsis)
# {'a': [1, {2, 3}], 'b': (4,)}
# 1 big
# [True, ['g2', 'loc']]
# 3
# IndentationError: unexpected indent 3
# 25
# NameError: name 'nosuchname' is not defined
# ZeroDivisionError: division by zero
# TypeError: can only concatenate str (not "int") to str
