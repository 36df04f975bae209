# sandpy-only
# import_isolated: a module imported into an owner sandbox of its own; its
# functions run there, its state stays there (one copy, whoever calls).
# A proxy is a capability: it reaches a sandbox only by being given it.
import sandbox

m = sandbox.import_isolated("_helper_counter")
print(type(m).__name__)
print(m.bump(), m.bump(), m.count)


def use(mod):
    return mod.bump()


print(sandbox.spawn(use, m).join(), m.count)
print(sorted(sandbox.map(use, [m, m, m], workers=3)), m.count)

# Imports in this sandbox are separate: its own module starts at zero.
import _helper_counter
print(_helper_counter.bump(), m.count)

try:
    sandbox.import_isolated("no_such_module_here")
except sandbox.SandboxError as e:
    print(e.kind, e.exception_type, e.exception_message)
try:
    sandbox.import_isolated(42)
except TypeError as e:
    print("TypeError:", e)

# No ambient authority: a proxy cannot be made or looked up, only handed.
try:
    sandbox.Proxy()
except TypeError as e:
    print("TypeError:", e)


def snoop():
    import sandbox
    return sorted(n for n in dir(sandbox) if "proxy" in n.lower())


print(sandbox.spawn(snoop).join())

# A proxy passes through a frozen container and still works.
box = sandbox.freeze({"counter": m})
print(box["counter"].bump())


# Copies of one proxy (through a queue, a freeze) are equal and hash alike;
# another proxy of the same kind is not equal.
q = sandbox.Queue()
q.put(m)
m2 = q.get()
print(m2 == m, m2 != m, m2 is m, hash(m2) == hash(m), len({m, m2}))
print(m == sandbox.import_isolated("_helper_counter"), m == 1)

# Output:
# executing _helper_counter body
# Proxy
# 1 2 2
# 3 3
# [4, 5, 6] 6
# executing _helper_counter body
# 1 6
# exception ModuleNotFoundError No module named 'no_such_module_here'
# TypeError: import_isolated() argument must be a module name (str), not 'int'
# TypeError: cannot create 'sandbox.Proxy' objects directly (sandbox.serve and sandbox.import_isolated return them)
# ['Proxy', 'ProxyClosed']
# 7
# True False False True 1
# executing _helper_counter body
# False False
