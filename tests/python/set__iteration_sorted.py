words = "the quick brown fox jumps over the lazy dog the end".split()
unique = set(words)
print(len(words), len(unique))
print(sorted(unique))
print(sorted(unique, key=lambda w: (len(w), w)))
seen = set()
order = []
for w in words:
    if w not in seen:
        seen.add(w)
        order.append(w)
print(order)
print(sorted(set("hello") & set("world")), sorted(set("abc") - set("b")))

# Output:
# 11 9
# ['brown', 'dog', 'end', 'fox', 'jumps', 'lazy', 'over', 'quick', 'the']
# ['dog', 'end', 'fox', 'the', 'lazy', 'over', 'brown', 'jumps', 'quick']
# ['the', 'quick', 'brown', 'fox', 'jumps', 'over', 'lazy', 'dog', 'end']
# ['l', 'o'] ['a', 'c']
