class Tracked:
    instances = 0

    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        obj = super().__new__(cls)
        Tracked.instances += 1
        return obj

    def __init__(self, value):
        print("__init__", value)
        self.value = value

t = Tracked(7)
print(t.value, Tracked.instances)

class NotMine:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never called")

print(NotMine())

class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())

u = Upper("shout")
print(u, isinstance(u, str), len(u))

# Output:
# __new__ Tracked (7,)
# __init__ 7
# 7 1
# 42
# SHOUT True 5
