a = []
a.append(a)
d = {}
d["d"] = d
print(a, d)
import sandbox
print(sandbox.freeze(a))
