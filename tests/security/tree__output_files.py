# sandpy-only: caps (sandbox.Config) exist only in sandpy
# sandpy-args: --max-output 3000 --max-files 5 --max-written 2K --time 60
# Route: print, create files and write past the program's caps through
# children, grandchildren and owners. Each cap bounds the whole tree: what
# a child prints or writes is counted against the program's caps, and the
# sandbox whose print or write would pass one is stopped before it happens.
import sandbox


def say_lines(n, ch):
    for _ in range(n):
        print(ch * 99)


def create(names):
    for name in names:
        with open("/tmp/" + name, "w") as f:
            f.write("z")
    return len(names)


def write_bytes(name, n):
    with open("/tmp/" + name, "w") as f:
        f.write("w" * n)
    return n


def nested(f, *args):
    return sandbox.spawn(f, *args).join()


def attempt(label, f, *args):
    try:
        r = sandbox.spawn(f, *args).join()
        print(label, "ok", r)
    except sandbox.SandboxError as e:
        m = str(e)
        print(label, e.kind, m[m.index(": ") + 2:m.index(" (")] if " (" in m else m)


attempt("child prints", say_lines, 10, "a")
attempt("grandchild prints", nested, say_lines, 30, "b")
attempt("files", create, ["f1", "f2"])
attempt("grandchild files", nested, create, ["g1", "g2"])
attempt("more files", create, ["h1", "h2"])
attempt("written", write_bytes, "f1", 1500)
attempt("grandchild written", nested, write_bytes, "g1", 1500)
u = sandbox.usage()["tree"]
print("tree usage:", u["output"] <= 3000, u["files"], u["written"] <= 2048)
