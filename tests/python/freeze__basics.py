# sandpy-only: the sandbox module
# freeze makes a deeply immutable copy; the types stay the same.
import sandbox
from sandbox import freeze, is_frozen

data = {"name": "grid", "size": (3, 4), "rows": [[1, 2], [3, 4]], "tags": {"a", "b"},
        "big": 2 ** 100, "raw": b"xy", "span": range(2, 9, 3), "fs": frozenset([1, 2])}
f = freeze(data)
print(type(f) is dict, type(f["rows"]) is list, type(f["tags"]) is set)
print(f == data, f is data)
print(is_frozen(f), is_frozen(f["rows"]), is_frozen(f["rows"][0]), is_frozen(f["size"]))
print(is_frozen(f["name"]), is_frozen(f["big"]), is_frozen(f["raw"]), is_frozen(f["span"]))
print(is_frozen(data), is_frozen(data["rows"]))

# Already frozen: returned as it is.
print(freeze(f) is f, freeze(f["rows"]) is f["rows"])
# Immediates are themselves.
print(freeze(5), freeze(2.5), freeze(None), freeze(True))
# Builtin types are frozen already.
print(freeze(int) is int, is_frozen(len) or True)

# Reading works as before.
print(f["rows"][1][0], len(f["rows"]), f["size"][1], sorted(f["tags"]), f["big"] % 1000)
print(list(f["span"]), f["raw"].decode(), 2 in f["fs"])
print(list(f.keys())[:3], "name" in f, f.get("missing", 0))
print([x * 2 for row in f["rows"] for x in row])
print(f["rows"].index([3, 4]), f["rows"].count([1, 2]), f["rows"] + [[5]])
s = freeze("hello")
d = {s: 1}
print(d["hello"], s == "hello", s.upper(), hash(s) == hash("hello"))

# The original stays mutable and independent.
data["rows"][0].append(9)
print(data["rows"][0], f["rows"][0])

# Copies of a frozen list are mutable.
c = list(f["rows"])
c.append(5)
print(c, f["rows"][:], is_frozen(f["rows"][:]), is_frozen(f["rows"].copy()))
print(repr(f["rows"]), str(f["size"]))

# Output:
# True True True
# True False
# True True True True
# True True True True
# False False
# True True
# 5 2.5 None True
# True True
# 3 2 4 ['a', 'b'] 376
# [2, 5, 8] xy True
# ['name', 'size', 'rows'] True 0
# [2, 4, 6, 8]
# 1 1 [[1, 2], [3, 4], [5]]
# 1 True HELLO True
# [1, 2, 9] [1, 2]
# [[1, 2], [3, 4], 5] [[1, 2], [3, 4]] False False
# [[1, 2], [3, 4]] (3, 4)
