class Lazy:
    def __init__(self):
        self.real = "real value"

    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError("Lazy has no %r" % name)

obj = Lazy()
print(obj.real)
print(obj.auto_hello)
try:
    obj.other
except AttributeError as e:
    print(e)
print(getattr(obj, "other", "fallback"))
print(hasattr(obj, "auto_x"), hasattr(obj, "zzz"))

class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        print("forwarding", name)
        return getattr(self._target, name)

p = Proxy([3, 1, 2])
p.append(0)
print(p._target)
p.sort()
print(p._target)

# Output:
# real value
# HELLO
# Lazy has no 'other'
# fallback
# True False
# forwarding append
# [3, 1, 2, 0]
# forwarding sort
# [0, 1, 2, 3]
