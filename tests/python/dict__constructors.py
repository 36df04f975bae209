print(dict(zip(["a", "b", "c"], [1, 2, 3])))
print(dict(a=1, b=2))
kw = {"x": 1, "y": 2}
print(dict(**kw), dict(kw, z=3))
print(dict([("k", "v"), ("k2", "v2")]), dict())
print(dict.fromkeys("abc", 0), dict.fromkeys([1, 2]))
print(dict({"a": 1}.items()))
def f(**kwargs):
    return kwargs
print(f(p=1, q=2))

# Output:
# {'a': 1, 'b': 2, 'c': 3}
# {'a': 1, 'b': 2}
# {'x': 1, 'y': 2} {'x': 1, 'y': 2, 'z': 3}
# {'k': 'v', 'k2': 'v2'} {}
# {'a': 0, 'b': 0, 'c': 0} {1: None, 2: None}
# {'a': 1}
# {'p': 1, 'q': 2}
