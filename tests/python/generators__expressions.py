squares = (x * x for x in range(5))
print(type(squares).__name__)
print(next(squares), next(squares))
print(list(squares))
print(list(squares))
print(sum(x for x in range(101)))
print(max(len(w) for w in ["a", "abc", "ab"]))
print(list((i, j) for i in range(3) for j in range(i)))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [1, 5]))
print(", ".join(str(n) for n in range(4) if n != 2))
gen = (1 / x for x in [1, 0])
print(next(gen))
try:
    next(gen)
except ZeroDivisionError as e:
    print("lazy error:", e)

# Output:
# generator
# 0 1
# [4, 9, 16]
# []
# 5050
# 3
# [(1, 0), (2, 0), (2, 1)]
# True False
# 0, 1, 3
# 1.0
# lazy error: division by zero
