class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, other):
        return self.name + " greets " + other

g = Greeter("ann")
m = g.greet
print(m("bob"))
print(m.__self__ is g, m.__func__ is Greeter.greet)
print(Greeter.greet(g, "cy"))
print(m.__name__)
calls = [Greeter(n).greet for n in ("a", "b")]
print([c("z") for c in calls])
try:
    Greeter.greet("only one")
except TypeError as e:
    print(e)
g.greet()

# Output:
# ann greets bob
# True True
# ann greets cy
# greet
# ['a greets z', 'b greets z']
# Greeter.greet() missing 1 required positional argument: 'other'
# Raise: TypeError: Greeter.greet() missing 1 required positional argument: 'other'
