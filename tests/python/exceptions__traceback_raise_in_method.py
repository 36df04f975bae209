class Stack:
    def __init__(self):
        self.items = []

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty Stack")
        return self.items.pop()

s = Stack()
s.items.append(1)
print(s.pop())
s.pop()

# Output:
# 1
# Traceback:
# Traceback (most recent call last):
#   File "exceptions__traceback_raise_in_method.py", line 13, in <module>
#     s.pop()
#   File "exceptions__traceback_raise_in_method.py", line 7, in pop
#     raise IndexError("pop from empty Stack")
# IndexError: pop from empty Stack
