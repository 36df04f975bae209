d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
for k in d:
    d[k] = d[k] * 10
print(d)

# Output:
# {'b': 2}
# {'b': 20}
