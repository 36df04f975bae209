d = {"name": "x", "vals": [1, 2.5, None], "sub": {"t": (1,), "b": True}, 3: "it's"}
print(d)
print(repr({}), str({1: {}}))
print({"q": 'a"b'}, {None: None})

# Output:
# {'name': 'x', 'vals': [1, 2.5, None], 'sub': {'t': (1,), 'b': True}, 3: "it's"}
# {} {1: {}}
# {'q': 'a"b'} {None: None}
