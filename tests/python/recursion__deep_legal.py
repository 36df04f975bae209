def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(depth(500))

def sum_list(items):
    if not items:
        return 0
    return items[0] + sum_list(items[1:])

print(sum_list(list(range(400))))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print(ackermann(2, 3))

class Node:
    def __init__(self, value, child=None):
        self.value = value
        self.child = child

    def total(self):
        return self.value + (self.child.total() if self.child else 0)

chain = None
for i in range(300):
    chain = Node(i, chain)
print(chain.total())

# Output:
# 500
# 79800
# 9
# 44850
