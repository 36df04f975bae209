it = iter([1, 2])
print(next(it), next(it), next(it, "end"), next(it, None))
e = iter([])
print(next(e, 0))
d = iter({"a": 1, "b": 2})
print(next(d), list(d), next(d, "done"))

# Output:
# 1 2 end None
# 0
# a ['b'] done
