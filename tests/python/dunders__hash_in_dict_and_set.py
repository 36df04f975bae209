class Color:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return isinstance(other, Color) and self.name.lower() == other.name.lower()
    def __hash__(self):
        return len(self.name)
    def __repr__(self):
        return "Color(%s)" % self.name

seen = set()
for c in [Color("Red"), Color("RED"), Color("blue"), Color("Blue"), Color("green")]:
    seen.add(c)
print(len(seen))
print(sorted(c.name for c in seen))
d = {Color("red"): 1}
d[Color("RED")] += 1
print(d)
print(Color("Blue") in seen)

# Output:
# 3
# ['Red', 'blue', 'green']
# {Color(red): 2}
# True
