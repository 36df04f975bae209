a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, 2 in a, 3 not in a)
print("ell" in "hello", "" in "x", "z" in "hello")
print(1 in {1: "a"}, "a" in {1: "a"})
print(2 in range(0, 10, 2), 3 in range(0, 10, 2))
print((1, 2) in [(1, 2), (3, 4)], [1] in [[1]])
try:
    print(1 in 5)
except TypeError as e:
    print(e)
try:
    print(1 in "abc")
except TypeError as e:
    print(e)

# Output:
# True False True True
# True True True
# True True False
# True False
# True False
# True True
# argument of type 'int' is not iterable
# 'in <string>' requires string as left operand, not int
