# sandpy-only: CPython has no sandboxes
# sandpy-args: --allow-read files_data
# Route: move code of a sandbox without grants to one that has them by
# every other road: a queue item, a function among the frozen globals of
# a function the parent spawns, a grandchild started by the child's code
# (laundering: the grandchild's grants are narrowed from the grants of the
# code that starts it), a finalizer (`__del__`) run when the parent drops a
# thawed copy, and an exception raised out of the foreign code. The
# parent's authority is back in full after each.
import os
import sandbox


def attempt(label, f):
    try:
        r = f()
        print(label + ":", "OK", repr(r)[:60])
    except Exception as e:
        print(label + ":", type(e).__name__ + ":", str(e)[:90])


def secret():
    return open("files_data/notes.txt").read()[:6]


def child(q):
    def sneaky():
        return open("files_data/notes.txt").read()[:6]

    def launder():
        # Started by the child's code: the grandchild gets no more than
        # the child holds, even though the parent is the one running this
        # (here the child has ended, so its code carries no grants at all,
        # builtins included: it fails closed).
        h = sandbox.spawn(secret)
        return h.join()

    def raiser():
        raise ValueError(os.listdir("/"))

    class Doomed:
        def __del__(self):
            try:
                open("/tmp/from_del", "w").write("x")
                print("  __del__ wrote /tmp/from_del")
            except OSError as e:
                print("  __del__ refused:", type(e).__name__)

    q.put(sneaky)
    return {"launder": launder, "raiser": raiser, "doomed": Doomed()}


def uses_global():
    return GLOBAL_FN()


q = sandbox.Queue()
r = sandbox.spawn(child, q, _config=sandbox.Config(read=[], write=[])).join()
attempt("queue item", q.get())
attempt("launder via grandchild", r["launder"])
attempt("exception from foreign code", r["raiser"])
attempt("parent after exception", secret)
d = sandbox.thaw(r["doomed"])
del d
attempt("file created by __del__", lambda: os.path.exists("/tmp/from_del"))


def make_global_child():
    # A child whose code defines the function, sent back, then handed as a
    # frozen global to a new child with full grants.
    def fn():
        return open("files_data/notes.txt").read()[:6]

    return fn


GLOBAL_FN = sandbox.spawn(make_global_child, _config=sandbox.Config(read=[])).join()
attempt("frozen global in a granted child", lambda: sandbox.spawn(uses_global).join())
attempt("parent's own code in a granted child", lambda: sandbox.spawn(secret).join())
attempt("parent reads", secret)
# Output:
# queue item: FileNotFoundError: [Errno 2] No such file or directory: 'files_data/notes.txt'
# launder via grandchild: SandboxError: sandbox raised NameError: name 'open' is not defined
# exception from foreign code: ValueError: []
# parent after exception: OK 'secret'
#   __del__ refused: PermissionError
# file created by __del__: OK False
# frozen global in a granted child: SandboxError: sandbox raised FileNotFoundError: [Errno 2] No such file or directory: 'files_data/notes.t
# parent's own code in a granted child: OK 'secret'
# parent reads: OK 'secret'
