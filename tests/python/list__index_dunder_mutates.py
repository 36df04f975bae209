# A subscript whose key's `__index__` changes the list being indexed: the
# index is checked against the list as it is after `__index__` ran.
lst = [10, 20, 30]


class Shrinks:
    def __index__(self):
        lst.clear()
        return 1


class Grows:
    def __index__(self):
        lst.extend([40, 50])
        return 4


try:
    print(lst[Shrinks()])
except IndexError as e:
    print("IndexError:", e)
lst[:] = [10, 20, 30]
print(lst[Grows()])
lst[:] = [10, 20, 30]
print(lst[-1], lst[Grows()], len(lst))
t = (1, 2, 3)


class Plain:
    def __index__(self):
        return -2


print(t[Plain()], "abc"[Plain()], lst[Plain()])

# The same for stores, deletes, pop and insert.
lst[:] = [10, 20, 30]
class Shrinks:
    def __index__(self):
        lst.clear()
        return 1
try:
    lst[Shrinks()] = 5
    print(lst)
except IndexError as e:
    print("IndexError:", e)
lst[:] = [1, 2, 3]
try:
    del lst[Shrinks()]
    print(lst)
except IndexError as e:
    print("IndexError:", e)
lst[:] = [1, 2, 3]
try:
    print(lst.pop(Shrinks()))
except IndexError as e:
    print("IndexError:", e)
lst[:] = [1, 2, 3]
lst.insert(Shrinks(), 9); print(lst)

# Output:
# IndexError: list index out of range
# 50
# 30 50 5
# 2 b 40
# IndexError: list assignment index out of range
# IndexError: list assignment index out of range
# IndexError: pop from empty list
# [9]
