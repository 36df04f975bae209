a = [3, 1, 4, 1, 5, 9, 2, 6]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "date", "fig", "Elder"]
words.sort(key=str.lower)
print(words)
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
pairs.sort(key=lambda p: p[0])
print(pairs)
print(sorted(pairs))
print(a.sort() is None)

# Output:
# [1, 1, 2, 3, 4, 5, 6, 9]
# [9, 6, 5, 4, 3, 2, 1, 1]
# ['Apple', 'banana', 'cherry', 'date', 'Elder', 'fig']
# ['fig', 'date', 'Apple', 'Elder', 'banana', 'cherry']
# ['banana', 'cherry', 'Apple', 'Elder', 'date', 'fig']
# [(1, 'z'), (1, 'a'), (2, 'b'), (2, 'a')]
# [(1, 'a'), (1, 'z'), (2, 'a'), (2, 'b')]
# True
