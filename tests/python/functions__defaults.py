def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", "Yo", "?"))
print(greet("Di", punct="."))

def append_to(item, acc=[]):
    acc.append(item)
    return acc

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to.__defaults__)

def safe_append(item, acc=None):
    if acc is None:
        acc = []
    acc.append(item)
    return acc

print(safe_append(1), safe_append(2))
x = 10
def captured(v=x):
    return v
x = 20
print(captured())

# Output:
# Hello, Ann!
# Hi, Bob!
# Yo, Cy?
# Hello, Di.
# [1]
# [1, 2]
# [3]
# ([1, 2],)
# [1] [2]
# 10
