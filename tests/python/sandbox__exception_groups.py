# sandpy-only: the sandbox module
# Exception groups cross sandboxes like other exceptions: freeze copies
# the message, the exceptions (frozen themselves) and the args, and the
# notes in the instance dict; a frozen group can be split and raised (a
# local copy is raised, so except* works on it); thaw gives a mutable one.
# A child's uncaught group reaches the joiner with the box traceback text.
import sandbox
from sandbox import freeze, thaw, is_frozen


def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as x:
        print(label, "->", type(x).__name__ + ":", x)


leaf = ValueError("v", 1)
leaf.add_note("leaf note")
eg = ExceptionGroup("outer", [leaf, ExceptionGroup("inner", [TypeError("t")])])
eg.add_note("group note")
f = freeze(eg)
print(type(f).__name__, is_frozen(f), is_frozen(f.exceptions), is_frozen(f.exceptions[0]))
print(repr(f), "|", f, "|", f.message, f.exceptions[0].__notes__, f.__notes__)
print(f.args[1][0] is f.exceptions[0], freeze(f) is f)
attempt("split frozen", lambda: f.split(ValueError))
attempt("subgroup frozen", lambda: repr(f.subgroup(TypeError)))
attempt("add_note frozen", lambda: f.add_note("x"))
attempt("add_note frozen leaf", lambda: f.exceptions[1].exceptions[0].add_note("x"))
attempt("set message", lambda: setattr(f, "message", "x"))
t = thaw(f)
print(type(t).__name__, is_frozen(t), is_frozen(t.exceptions[0]), repr(t), t.__notes__)
t.add_note("more")
print(t.__notes__, f.__notes__)
try:
    raise f
except* ValueError as m:
    print("caught frozen", repr(m), is_frozen(m))
except* TypeError as m:
    print("caught frozen T", repr(m))


def child(n):
    try:
        raise ExceptionGroup("from child %d" % n, [ValueError(n), KeyError("k")])
    except ExceptionGroup as g:
        return g


r = sandbox.spawn(child, 5).join()
print("result", type(r).__name__, repr(r), is_frozen(r))
try:
    raise r
except* KeyError as k:
    print("keys", repr(k))
except* ValueError as v:
    print("values", repr(v))


def fails():
    raise ExceptionGroup("child failed", [ValueError(1), TypeError(2)])


try:
    sandbox.spawn(fails).join()
except sandbox.SandboxError as e:
    print("child:", e.exception_type, "|", e.exception_message)
    lines = e.traceback.splitlines()
    print(lines[0])
    print("\n".join(lines[3:]))

q = sandbox.Queue()
q.put(BaseExceptionGroup("queued", [KeyboardInterrupt(), OSError(3)]))
got = q.get()
print("queue", type(got).__name__, repr(got), is_frozen(got))

# A member that cannot be frozen is refused with the path to it.
bad = ValueError("holds a generator")
bad.gen = (i for i in range(3))
attempt("unfreezable member", lambda: freeze([ExceptionGroup("m", [TypeError(), bad])]))

# Output:
# ExceptionGroup True True True
# ExceptionGroup('outer', [ValueError('v', 1), ExceptionGroup('inner', [TypeError('t')])]) | outer (2 sub-exceptions) | outer ['leaf note'] ['group note']
# True True
# split frozen -> (ExceptionGroup('outer', [ValueError('v', 1)]), ExceptionGroup('outer', [ExceptionGroup('inner', [TypeError('t')])]))
# subgroup frozen -> ExceptionGroup('outer', [ExceptionGroup('inner', [TypeError('t')])])
# add_note frozen -> TypeError: cannot modify frozen list
# add_note frozen leaf -> TypeError: cannot modify frozen 'TypeError' object
# set message -> TypeError: cannot modify frozen 'ExceptionGroup' object
# ExceptionGroup False False ExceptionGroup('outer', [ValueError('v', 1), ExceptionGroup('inner', [TypeError('t')])]) ['group note']
# ['group note', 'more'] ['group note']
# caught frozen ExceptionGroup('outer', [ValueError('v', 1)]) False
# caught frozen T ExceptionGroup('outer', [ExceptionGroup('inner', [TypeError('t')])])
# result ExceptionGroup ExceptionGroup('from child 5', [ValueError(5), KeyError('k')]) True
# keys ExceptionGroup('from child 5', [KeyError('k')])
# values ExceptionGroup('from child 5', [ValueError(5)])
# child: ExceptionGroup | child failed (2 sub-exceptions)
#   + Exception Group Traceback (most recent call last):
#   | ExceptionGroup: child failed (2 sub-exceptions)
#   +-+---------------- 1 ----------------
#     | ValueError: 1
#     +---------------- 2 ----------------
#     | TypeError: 2
#     +------------------------------------
# queue BaseExceptionGroup BaseExceptionGroup('queued', [KeyboardInterrupt(), OSError(3)]) True
# unfreezable member -> TypeError: cannot freeze 'generator' object (reached via [0].exceptions[1].gen)
