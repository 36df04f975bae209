# sandpy-only: CPython has no sandboxes
# sandpy-args: --allow-read files_data
# Route: a function of a sandbox with file grants is sent to a worker
# without them; the worker makes it local with sandbox.localize (as the
# pools do), points its globals elsewhere and calls it, and calls the
# original too. The copy keeps its author's authority, so it runs with the
# intersection of both sandboxes' grants: no file opens in the worker,
# whatever path its globals name; the parent's globals and grants are
# untouched afterwards. The other way round: a function written by a live
# child without grants, made local by the parent (or run by the parent's
# Pool, whose workers localize it), still opens nothing.
import multiprocessing
import sandbox

PATH = "files_data/notes.txt"


def reader():
    return open(PATH).read()[:6]


def worker(f):
    ns = {}
    g = sandbox.localize(f, ns)
    out = []
    for path in ["files_data/notes.txt", "/etc/passwd", "files_data"]:
        ns["__main__"]["PATH"] = path
        try:
            out.append(("local", path, "OK", g()))
        except Exception as e:
            out.append(("local", path, type(e).__name__, str(e)[:70]))
    try:
        out.append(("sent", "OK", f()))
    except Exception as e:
        out.append(("sent", type(e).__name__, str(e)[:70]))
    out.append(("namespace", sorted(ns), ns["__main__"]["PATH"]))
    return out


print(reader())
for row in sandbox.spawn(worker, reader, _config=sandbox.Config(read=[], write=[])).join():
    print(row)
print(PATH)
print(reader())


def holder(q, done):
    def sneaky():
        return open(PATH).read()[:6]

    q.put(sneaky)
    done.get()


def attempt(label, f):
    try:
        print(label + ":", "OK", repr(f())[:60])
    except Exception as e:
        print(label + ":", type(e).__name__ + ":", str(e)[:80])


q, done = sandbox.Queue(), sandbox.Queue()
h = sandbox.spawn(holder, q, done, _config=sandbox.Config(read=[], write=[]))
sneaky = q.get()
ns = {}
local = sandbox.localize(sneaky, ns)
ns["__main__"]["PATH"] = "files_data/notes.txt"
attempt("child's function, localized by the parent", local)
attempt("child's function, called by the parent", sneaky)
with multiprocessing.Pool(1) as pool:
    attempt("child's function in the parent's Pool", lambda: pool.apply(sneaky))
done.put(1)
h.join()
attempt("parent reads after", reader)
# Output:
# secret
# ('local', 'files_data/notes.txt', 'FileNotFoundError', "[Errno 2] No such file or directory: 'files_data/notes.txt'")
# ('local', '/etc/passwd', 'FileNotFoundError', "[Errno 2] No such file or directory: '/etc/passwd'")
# ('local', 'files_data', 'FileNotFoundError', "[Errno 2] No such file or directory: 'files_data'")
# ('sent', 'FileNotFoundError', "[Errno 2] No such file or directory: 'files_data/notes.txt'")
# ('namespace', ['__main__'], 'files_data')
# files_data/notes.txt
# secret
# child's function, localized by the parent: FileNotFoundError: [Errno 2] No such file or directory: 'files_data/notes.txt'
# child's function, called by the parent: FileNotFoundError: [Errno 2] No such file or directory: 'files_data/notes.txt'
# child's function in the parent's Pool: FileNotFoundError: [Errno 2] No such file or directory: 'files_data/notes.txt'
# parent reads after: OK 'secret'
