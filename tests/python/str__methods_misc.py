print("hello".removeprefix("he"), "hello".removesuffix("lo"), "hello".removeprefix("x"))
print("a\tb".expandtabs(4) + "|")
print("AbC".casefold())
print("x".join(["1", "2"]).upper().replace("X", "-").split("-"))
print("  Mixed Case  ".strip().lower().title())
print(str(12), str(1.5), str(None), str([1, "a"]), str((1,)), str({"k": 1}))
print(repr(str()), str("s"), str(b"ab"))
print(len(""), len("four"))

# Output:
# llo hel hello
# a   b|
# abc
# ['1', '2']
# Mixed Case
# 12 1.5 None [1, 'a'] (1,) {'k': 1}
# '' s b'ab'
# 0 4
