d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", 0), d.get("a", 99))
print(d.setdefault("a", 5), d.setdefault("b", 7), d.setdefault("c"))
print(d)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)

# Output:
# 1 None 0 1
# 1 7 None
# {'a': 1, 'b': 7, 'c': None}
# {'a': ['apple', 'avocado'], 'b': ['banana', 'blueberry'], 'c': ['cherry']}
# {'m': 1, 'i': 4, 's': 4, 'p': 2}
