class Greeter:
    def hello(self):
        return "class hello"

g = Greeter()
print(g.hello())
g.hello = lambda: "instance hello"
print(g.hello())
del g.hello
print(g.hello())
Greeter.hello = lambda self: "patched class hello"
print(g.hello())
print(Greeter().hello())

# Output:
# class hello
# instance hello
# class hello
# patched class hello
# patched class hello
