class Strict:
    def __init__(self):
        self.allowed = 1

    def __setattr__(self, name, value):
        print("setattr", name, value)
        if name.startswith("_"):
            raise AttributeError("private: " + name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)

s = Strict()
s.x = 5
print(s.x, s.allowed)
del s.x
print(hasattr(s, "x"))
try:
    s._secret = 1
except AttributeError as e:
    print(e)

# Output:
# setattr allowed 1
# setattr x 5
# 5 1
# delattr x
# False
# setattr _secret 1
# private: _secret
