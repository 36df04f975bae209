def make():
    return None
f = make()
print(f)
f()

# Output:
# None
# Raise: TypeError: 'NoneType' object is not callable
