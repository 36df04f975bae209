x = "outer"
result = [x for x in range(3)]
print(result, x)

i = 100
squares = [i * i for i in range(4)]
print(i)

n = 10
print([n + k for k in range(3)])

def f():
    y = 5
    return [y * k for k in range(3)]
print(f())

try:
    print(k)
except NameError as e:
    print(e)

funcs = [lambda: j for j in range(3)]
print([fn() for fn in funcs])

# Output:
# [0, 1, 2] outer
# 100
# [10, 11, 12]
# [0, 5, 10]
# name 'k' is not defined
# [2, 2, 2]
