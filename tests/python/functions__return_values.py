def nothing():
    pass

def early(x):
    if x < 0:
        return "negative"
    return "non-negative"

def pair():
    return 1, 2

def bare():
    return

print(nothing())
print(early(-1), early(3))
print(pair(), type(pair()).__name__)
a, b = pair()
print(a + b)
print(bare())

# Output:
# None
# negative non-negative
# (1, 2) tuple
# 3
# None
