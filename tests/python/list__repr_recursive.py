a = [1, 2]
a.append(a)
print(a)
print(len(a), a[2] is a)
d = {"k": 1}
d["self"] = d
print(d)

# Output:
# [1, 2, [...]]
# 3 True
# {'k': 1, 'self': {...}}
