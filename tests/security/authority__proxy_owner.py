# sandpy-only: CPython has no sandboxes
# sandpy-args: --allow-read files_data
# Route: a proxy's owner runs the caller's code when it hashes, compares
# or prints an argument; a caller runs the owner's code when it uses a
# reply. Before, that code ran with the grants of the sandbox running it:
# a caller with no read grant read a file through an owner that had one.
# Now it runs with at most the grants of the sandbox that defined it.
# An owner can also refuse everything but plain data (`plain=True`).
import os
import sandbox


def attempt(label, f):
    try:
        r = f()
        print(label + ":", "OK", repr(r)[:60])
    except Exception as e:
        print(label + ":", type(e).__name__ + ":", str(e).split(" served by ")[-1][:110].rstrip())


class Store:
    def __init__(self):
        self.d = {}

    def put(self, k, v):
        self.d[k] = v
        return len(self.d)

    def show(self, x):
        return repr(x)

    def evil_reply(self):
        class Reply:
            def __repr__(self):
                try:
                    open("/tmp/from_owner", "w").write("x")
                    return "wrote /tmp/from_owner"
                except OSError as e:
                    return "refused: " + type(e).__name__

        return Reply()


def caller(store):
    class Key:
        def __hash__(self):
            try:
                return len(open("files_data/notes.txt").read())
            except OSError as e:
                print("  owner hashed the key:", type(e).__name__, e)
                return 1

        def __eq__(self, other):
            return os.path.exists("files_data/notes.txt")

        def __repr__(self):
            try:
                return open("files_data/notes.txt").read()[:6]
            except OSError as e:
                return "repr refused: " + type(e).__name__

    attempt("caller's own read", lambda: open("files_data/notes.txt").read())
    attempt("put", lambda: store.put(Key(), 1))
    attempt("show", lambda: store.show(Key()))
    return "done"


# The owner may read files_data; the caller may not.
store = sandbox.serve(Store, _config=sandbox.Config(read=["files_data"], write=[]))
print(sandbox.spawn(caller, store, _config=sandbox.Config(read=[], write=[])).join())

# A reply's code runs in the parent with the owner's authority: no writes.
r = store.evil_reply()
attempt("reply repr", lambda: repr(r))
attempt("file created", lambda: os.path.exists("/tmp/from_owner"))

# An owner that takes plain data only.
plain = sandbox.serve(Store, plain=True)
attempt("plain data", lambda: plain.put(("a", 1), [1.5, b"x", {"k": {1, 2}}, None]))
attempt("plain refuses an instance", lambda: plain.put("k", Store()))
attempt("plain refuses a function", lambda: plain.put(len, 1))
attempt("plain refuses a nested str subclass", lambda: plain.put("k", [type("S", (str,), {})("x")]))
attempt("plain refuses a class", lambda: plain.put(Store, 1))
attempt("parent reads", lambda: open("files_data/notes.txt").read()[:6])
# Output:
# caller's own read: FileNotFoundError: [Errno 2] No such file or directory: 'files_data/notes.txt'
#   owner hashed the key: FileNotFoundError [Errno 2] No such file or directory: 'files_data/notes.txt'
# put: OK 1
# show: OK 'repr refused: FileNotFoundError'
# done
# reply repr: OK 'refused: PermissionError'
# file created: OK False
# plain data: OK 1
# plain refuses an instance: TypeError: sandbox 4> accepts plain data only, not an instance of class 'Store' (its owner was served with plain=True): s
# plain refuses a function: TypeError: sandbox 4> accepts plain data only, not a 'builtin_function_or_method' object (its owner was served with plain
# plain refuses a nested str subclass: TypeError: sandbox 4> accepts plain data only, not an instance of class 'S' (its owner was served with plain=True): send
# plain refuses a class: TypeError: sandbox 4> accepts plain data only, not a 'type' object (its owner was served with plain=True): send None, boo
# parent reads: OK 'secret'
