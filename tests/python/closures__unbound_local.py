x = 10

def reads_then_assigns():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, "-", e)
    x = 5
    return x

print(reads_then_assigns())
print(issubclass(UnboundLocalError, NameError))

def outer():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(e)
    y = 1
    return inner()

print(outer())

def broken():
    counter_value += 1

broken()

# Output:
# UnboundLocalError - cannot access local variable 'x' where it is not associated with a value
# 5
# True
# cannot access free variable 'y' where it is not associated with a value in enclosing scope
# 1
# Raise: UnboundLocalError: cannot access local variable 'counter_value' where it is not associated with a value
