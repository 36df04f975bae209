class Code:
    def __init__(self, c):
        self.c = c
    def __eq__(self, other):
        print("__eq__ called")
        return isinstance(other, Code) and self.c == other.c

print(Code(1) != Code(1))
print(Code(1) != Code(2))

class ExplicitNe(Code):
    def __ne__(self, other):
        print("__ne__ called")
        return "custom"

print(ExplicitNe(1) != ExplicitNe(1))
print(ExplicitNe(1) == ExplicitNe(1))

# Output:
# __eq__ called
# False
# __eq__ called
# True
# __ne__ called
# custom
# __eq__ called
# True
