data = [5, 2, 8, 1, 9]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted("Hello"), sorted("Hello", key=str.lower))
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
words = ["bb", "a", "ccc", "dd", "e"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted([3.5, 1, -2]), sorted([]), sorted((3, 1)), sorted(range(3), reverse=True))
print(sorted([[2, "b"], [1, "c"], [2, "a"]]))

# Output:
# [1, 2, 5, 8, 9] [9, 8, 5, 2, 1] [5, 2, 8, 1, 9]
# ['H', 'e', 'l', 'l', 'o'] ['e', 'H', 'l', 'l', 'o']
# ['a', 'b'] [('b', 1), ('a', 2)]
# ['a', 'e', 'bb', 'dd', 'ccc'] ['ccc', 'bb', 'dd', 'a', 'e']
# [-2, 1, 3.5] [] [1, 3] [2, 1, 0]
# [[1, 'c'], [2, 'a'], [2, 'b']]
