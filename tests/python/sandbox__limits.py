# sandpy-only: caps and grants of sandboxes
# sandbox.limits(), usage(), capabilities(), allowed() and Config(); a
# child's caps and grants are narrowed to its parent's; a parent reads a
# child's usage live and changes its caps while it runs; a failure at a
# cap has kind 'limit' and names the cap.
import sandbox
import time

print(sorted(sandbox.limits()))
print(sorted(sandbox.usage()))
print(sandbox.limits()["time"], sandbox.usage()["instructions"] > 0)
caps = sandbox.capabilities()
print(sorted(caps), caps["builtins"], caps["stdin"])
print(sandbox.allowed("import", "math"), sandbox.allowed("read", "/etc/passwd"))

# Config checks its keywords and values, and gives a dict.
cfg = sandbox.Config(memory="64M", time=2, cpu="500ms", instructions=10**6, modules=["math"])
print(type(cfg).__name__, sorted(cfg))
for bad in [dict(tme=1), dict(memory="lots"), dict(time=-1), dict(instructions=1.5),
            dict(builtins="yes"), dict(modules=[1])]:
    try:
        sandbox.Config(**bad)
        print("accepted", bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    sandbox.Config(1)
except TypeError as e:
    print(e)


def report():
    return (sandbox.limits()["memory"], sandbox.limits()["time"],
            sandbox.limits()["instructions"], sandbox.capabilities()["modules"])


# The child sees the caps it was given.
print(sandbox.spawn(report, _config=cfg).join())


def grandchild_caps():
    # Asking for more than the parent holds gets at most what is left of
    # the parent's caps (its own usage and its children's count against
    # them).
    inner = sandbox.Config(memory="1G", time=100, modules=["math", "random"])
    m, t, i, mods = sandbox.spawn(report, _config=inner).join()
    return (m <= 67108864, 1.5 < t <= 2.0, 900000 < i < 1000000, mods)


print(sandbox.spawn(grandchild_caps, _config=cfg).join())


def builtin_sets():
    return sandbox.capabilities()["builtins"], sandbox.capabilities()["stdin"]


for kind in ("none", "pure", "all"):
    try:
        print(kind, sandbox.spawn(builtin_sets, _config=sandbox.Config(builtins=kind)).join())
    except sandbox.SandboxError as e:
        print(kind, e.exception_type)
try:
    sandbox.Config(builtins="some")
except ValueError as e:
    print(e)


def no_math():
    import math
    return math.pi


try:
    sandbox.spawn(no_math, _config=sandbox.Config(modules=["random"])).join()
except sandbox.SandboxError as e:
    print(e.kind, e.exception_type, e)


def spin():
    n = 0
    while True:
        n += 1


# Usage is live, and caps can be changed while the child runs.
h = sandbox.spawn(spin)
time.sleep(0.05)
u = h.usage()
print(u["instructions"] > 0, u["time"] > 0, h.limits()["instructions"])
h.set_limits(instructions=u["instructions"] + 1000)
try:
    h.join(timeout=10)
except sandbox.SandboxError as e:
    print(e.kind, str(e).split(" limit ")[0])
try:
    h.set_limits(colour=3)
except TypeError as e:
    print(e)

# A kind 'limit' failure carries no traceback: the child's code was stopped.
try:
    sandbox.spawn(spin, _config=sandbox.Config(time=0.1)).join()
except sandbox.SandboxError as e:
    print(e.kind, repr(e.traceback), str(e).split(" after")[0])

# Output:
# ['cpu', 'files', 'instructions', 'memory', 'output', 'recursion', 'sandboxes', 'time', 'written']
# ['cpu', 'files', 'instructions', 'memory', 'output', 'recursion', 'sandboxes', 'time', 'tree', 'written']
# None True
# ['builtins', 'limits', 'modules', 'read', 'stdin', 'write'] True True
# True False
# dict ['cpu', 'instructions', 'memory', 'modules', 'time']
# TypeError Config() got an unexpected keyword argument 'tme' (it takes memory, instructions, time, cpu, recursion, output, files, written, sandboxes, builtins, modules, read, write, stdin)
# ValueError invalid memory 'lots': use a size such as 64M, 512K, 1G or 4096
# ValueError time must be None or seconds (a number) or a duration such as '500ms'
# ValueError instructions must be None or a non-negative int
# ValueError builtins must be 'none', 'pure', 'all', True or False, not "yes"
# TypeError modules must be a list of module names
# Config() takes keyword arguments only
# (67108864, 2.0, 1000000, ['math'])
# (True, True, True, ['math'])
# none (False, True)
# pure (True, False)
# all (True, True)
# builtins must be 'none', 'pure', 'all', True or False, not "some"
# exception PermissionError sandbox raised PermissionError: import of module 'math' is not granted to this sandbox (grant it with sandbox.Config(modules=[..., 'math']) or SandboxBuilder::module("math"))
# True True None
# limit sandbox stopped: instruction
# set_limits() got an unexpected keyword argument 'colour' (it takes memory, instructions, time, cpu, recursion, output, files, written, sandboxes, builtins, modules, read, write, stdin)
# limit '' sandbox stopped: time limit 100ms exceeded
