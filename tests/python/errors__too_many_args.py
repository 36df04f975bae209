def f(a, b):
    return a + b
print(f(1, 2))
f(1, 2, 3)

# Output:
# 3
# Raise: TypeError: f() takes 2 positional arguments but 3 were given
