# sandpy-only: complex values cross sandboxes frozen, as values
import sandbox

z = sandbox.freeze(1 + 2j)
print(z == 1 + 2j, z is sandbox.freeze(z), sandbox.freeze([1j, 2j]))
print(sandbox.spawn(lambda z: z * 2, 1 + 1j).join())
print(sandbox.map(abs, [3 + 4j, 1j]))
q = sandbox.Queue()
q.put((1j, -2.5 + 0j))
print(q.get(), hash(sandbox.freeze(2 + 0j)) == hash(2))
print(sandbox.thaw(sandbox.freeze({1j: [2j]})))
# Output:
# True True [1j, 2j]
# (2+2j)
# [5.0, 1.0]
# (1j, (-2.5+0j)) True
# {1j: [2j]}
