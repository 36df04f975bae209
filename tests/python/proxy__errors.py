# sandpy-only
# An exception raised in the owner is raised again in the caller: the same
# class with the same args, caused by a sandbox.RemoteTraceback holding the
# owner's traceback. The owner keeps serving.
import sandbox


class Oops(Exception):
    pass


class Store:
    def __init__(self):
        self.d = {"a": 1}

    def get(self, k):
        return self.d[k]

    def fail(self):
        raise Oops("custom", 42)

    def gen(self):
        yield 1

    def __getitem__(self, k):
        return self.d[k]


s = sandbox.serve(Store)
try:
    s.get("missing")
except KeyError as e:
    print("KeyError", e.args)
    cause = e.__cause__
    print(type(cause).__name__, isinstance(cause, sandbox.RemoteTraceback))
    tb = str(cause)
    print("in get" in tb, "return self.d[k]" in tb, "KeyError: 'missing'" in tb)
try:
    s["nope"]
except KeyError as e:
    print("getitem KeyError", e)
try:
    s.fail()
except Oops as e:
    print("Oops", e.args, isinstance(e, Exception))
try:
    s.missing_attr
except AttributeError as e:
    print("AttributeError", e)
try:
    s.get()
except TypeError as e:
    print("TypeError", e)
try:
    s.gen()
except TypeError as e:
    print("TypeError", str(e).startswith("cannot freeze"))
try:
    s.get([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    len(s)
except TypeError as e:
    print("TypeError", e)
print("still serving", s.get("a"))

# A factory that raises: serve() raises SandboxError at once.
def bad():
    raise ValueError("no object today")


try:
    sandbox.serve(bad)
except sandbox.SandboxError as e:
    print("serve failed:", e.kind, e.exception_type, e.exception_message)

# Arguments that cannot be frozen are refused in the caller.
try:
    s.get(x for x in [])
except TypeError as e:
    print("TypeError", str(e).startswith("cannot freeze"))


# An owner calling its own proxy would wait for itself: refused.
class Selfish:
    def __init__(self):
        self.me = None

    def keep(self, p):
        self.me = p

    def loop(self):
        return self.me.keep(None)


o = sandbox.serve(Selfish)
o.keep(o)
try:
    o.loop()
except RuntimeError as e:
    print("RuntimeError", str(e).endswith("call the object itself, not its proxy"))

# Output:
# KeyError ('missing',)
# RemoteTraceback True
# True True True
# getitem KeyError 'nope'
# Oops ('custom', 42) True
# AttributeError 'Store' object has no attribute 'missing_attr'
# TypeError Store.get() missing 1 required positional argument: 'k'
# TypeError True
# TypeError unhashable type: 'list'
# TypeError object of type 'Store' has no len()
# still serving 1
# serve failed: exception ValueError no object today
# TypeError True
# RuntimeError True
