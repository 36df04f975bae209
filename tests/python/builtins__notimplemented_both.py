class X:
    def __lt__(self, other):
        return NotImplemented
print(X() == X())
X() < X()

# Output:
# False
# Raise: TypeError: '<' not supported between instances of 'X' and 'X'
