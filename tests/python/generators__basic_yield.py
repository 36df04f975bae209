def count_up(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")

g = count_up(3)
print(type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
print(list(g))
print(sum(count_up(5)))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

# Output:
# generator
# start
# 0
# 1
# end
# [2]
# []
# start
# end
# 10
# StopIteration None
