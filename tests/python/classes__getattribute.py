class Audit:
    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        if not name.startswith("_"):
            print("access", name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "missing:" + name

a = Audit()
print(a.x)
print(a.nothing)

# Output:
# access x
# 1
# access nothing
# missing:nothing
