print("a" < "b", "abc" < "abd", "abc" < "ab", "" < "a")
print("Z" < "a", "B" > "a", "apple" == "apple", "a" != "A")
print(sorted(["banana", "Apple", "cherry", "apple", "", "Banana"]))
print(max("hello"), min("hello"))
print("é" > "z", "10" < "9")
print("abc" <= "abc", "abc" >= "abd")

# Output:
# True True False True
# True False True True
# ['', 'Apple', 'Banana', 'apple', 'banana', 'cherry']
# o e
# True True
# True False
