x = 5
y = [1]
del x
try:
    print(x)
except NameError as e:
    print(e)
a = b = 3
del a, b
print("a" in dir(), "y" in dir())

def f():
    local = 1
    del local
    try:
        return local
    except UnboundLocalError as e:
        return str(e)

print(f())
del undefined_name_qwerty

# Output:
# name 'x' is not defined
# False True
# cannot access local variable 'local' where it is not associated with a value
# Raise: NameError: name 'undefined_name_qwerty' is not defined
