# __init__ must return None. The TypeError is raised at the call that made
# the instance, in the caller's frame: caught there, or in a function further
# up, or escaping with the caller's line in the traceback.


class ReturnsInt:
    def __init__(self):
        return 1


class ReturnsSelf:
    def __init__(self, x):
        self.x = x
        return self


class ReturnsNoneExplicitly:
    def __init__(self):
        self.ok = True
        return None


def make_in_function():
    try:
        ReturnsInt()
    except TypeError as e:
        print("caught in function:", e)
    return "after"


print(make_in_function())

try:
    ReturnsSelf(5)
except TypeError as e:
    print("caught at module level:", e)


def inner():
    return ReturnsInt()


def outer():
    try:
        inner()
    except TypeError as e:
        print("caught two frames up:", e)
    # The failed call left nothing behind on the operand stack.
    return [1, 2, 3] + [inner2() for inner2 in [lambda: 4]]


print(outer())
print(ReturnsNoneExplicitly().ok)

for i in range(3):
    try:
        ReturnsSelf(i)
    except TypeError as e:
        print(i, e)


def deep(n):
    if n == 0:
        return ReturnsInt()
    return deep(n - 1)


deep(3)

# Output:
# caught in function: __init__() should return None, not 'int'
# after
# caught at module level: __init__() should return None, not 'ReturnsSelf'
# caught two frames up: __init__() should return None, not 'int'
# [1, 2, 3, 4]
# True
# 0 __init__() should return None, not 'ReturnsSelf'
# 1 __init__() should return None, not 'ReturnsSelf'
# 2 __init__() should return None, not 'ReturnsSelf'
# Traceback:
# Traceback (most recent call last):
#   File "classes__init_returns_value.py", line 68, in <module>
#     deep(3)
#   File "classes__init_returns_value.py", line 65, in deep
#     return deep(n - 1)
#   File "classes__init_returns_value.py", line 65, in deep
#     return deep(n - 1)
#   File "classes__init_returns_value.py", line 65, in deep
#     return deep(n - 1)
#   File "classes__init_returns_value.py", line 64, in deep
#     return ReturnsInt()
# TypeError: __init__() should return None, not 'int'
