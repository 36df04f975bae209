def documented(x, y=1):
    "Adds things."
    return x + y

print(documented.__name__)
print(documented.__doc__)
print(documented.__defaults__)
documented.custom = "hello"
print(documented.custom)

def nodoc():
    pass

print(nodoc.__doc__)
print(callable(documented), callable(3))
alias = documented
print(alias.__name__, alias(2))

# Output:
# documented
# Adds things.
# (1,)
# hello
# None
# True False
# documented 3
