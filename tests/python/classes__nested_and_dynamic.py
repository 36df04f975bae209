class Outer:
    class Inner:
        value = "inner"

        def show(self):
            return "Inner.show"

    def make(self):
        return self.Inner()

print(Outer.Inner.value, Outer().make().show())
print(Outer.Inner.__qualname__)

Dynamic = type("Dynamic", (Outer,), {"extra": 5, "twice": lambda self: self.extra * 2})
d = Dynamic()
print(d.extra, d.twice(), isinstance(d, Outer), type(d).__name__)
print(type(d) is Dynamic, type(Dynamic) is type, type(type))

# Output:
# inner Inner.show
# Outer.Inner
# 5 10 True Dynamic
# True True <class 'type'>
