items = [1, 2, 3]
for x in items:
    if x == 1:
        items.append(4)
print(items)

d = {"a": 1, "b": 2}
try:
    for k in d:
        d["new_" + k] = 0
except RuntimeError as e:
    print(e)

s = {1, 2}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print(e)

# Output:
# [1, 2, 3, 4]
# dictionary changed size during iteration
# Set changed size during iteration
