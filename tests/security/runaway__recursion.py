# sandpy-only: caps (sandbox.Config) exist only in sandpy
# Deep and mutual recursion, and recursion through __repr__, __eq__,
# __getattr__ and __hash__, end at the recursion cap (final: nothing
# catches it); without a cap of its own a program that keeps catching
# RecursionError and recursing again ends at its time cap.
import sandbox


def deep(n):
    return deep(n + 1)


def ping(n):
    return pong(n + 1)


def pong(n):
    return ping(n + 1)


class R:
    def __repr__(self):
        return repr(self)


class E:
    def __eq__(self, other):
        return self == other


class G:
    def __getattr__(self, name):
        return self.missing


class H:
    def __hash__(self):
        return hash(self)


def reprs():
    return repr(R())


def eqs():
    return E() == E()


def getattrs():
    return G().x


def hashes():
    return hash(H())


def catches_and_recurses():
    def again(n):
        try:
            return again(n + 1)
        except RecursionError:
            return again(n + 1)
        finally:
            pass
    again(0)


def run(f, cfg):
    try:
        sandbox.spawn(f, _config=cfg).join(timeout=30)
        return "returned"
    except sandbox.SandboxError as e:
        return "%s: %s" % (e.kind, str(e).split(" (")[0].split(" after")[0])


capped = sandbox.Config(recursion=200, time=5)
def deep0():
    return deep(0)


def ping0():
    return ping(0)


for f in (deep0, ping0, reprs, eqs, getattrs, hashes):
    print(f.__name__, run(f, capped))
print("catches_and_recurses", run(catches_and_recurses, sandbox.Config(time=0.5)))
print("catches_and_recurses capped", run(catches_and_recurses, capped))

# Output:
# deep0 limit: sandbox stopped: recursion limit 200 exceeded
# ping0 limit: sandbox stopped: recursion limit 200 exceeded
# reprs limit: sandbox stopped: recursion limit 200 exceeded
# eqs limit: sandbox stopped: recursion limit 200 exceeded
# getattrs limit: sandbox stopped: recursion limit 200 exceeded
# hashes limit: sandbox stopped: recursion limit 200 exceeded
# catches_and_recurses limit: sandbox stopped: time limit 500ms exceeded
# catches_and_recurses capped limit: sandbox stopped: recursion limit 200 exceeded
