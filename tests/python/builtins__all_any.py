print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, "", None]), any([0, "x"]))
print(all(x > 0 for x in [1, 2, 3]), any(x > 2 for x in [1, 2, 3]))
print(all("abc"), any(""), all([[]]), any([[0]]))
calls = []
def check(v):
    calls.append(v)
    return v
print(any(check(v) for v in [0, 1, 2, 3]), calls)
calls.clear()
print(all(check(v) for v in [1, 0, 2]), calls)

# Output:
# True False True False False True
# True True
# True False False True
# True [0, 1]
# False [1, 0]
