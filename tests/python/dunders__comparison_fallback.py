class Left:
    def __eq__(self, other):
        print("Left.__eq__")
        return NotImplemented
    def __lt__(self, other):
        print("Left.__lt__")
        return NotImplemented

class Right:
    def __eq__(self, other):
        print("Right.__eq__")
        return True
    def __gt__(self, other):
        print("Right.__gt__")
        return "reflected gt"

print(Left() == Right())
print(Left() < Right())
print(Left() != Right())
l = Left()
print(l == l)
print(Left() == Left())

# Output:
# Left.__eq__
# Right.__eq__
# True
# Left.__lt__
# Right.__gt__
# reflected gt
# Left.__eq__
# Right.__eq__
# False
# Left.__eq__
# Left.__eq__
# True
# Left.__eq__
# Left.__eq__
# False
