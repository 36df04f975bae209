# sandpy-only: caps (sandbox.Config) exist only in sandpy
# sandpy-args: --max-files 5 --max-written 2K --time 60
# Route: create files and write bytes past the program's caps through
# children and grandchildren. Each cap bounds the whole tree; a child gets
# at most what is left of the program's, and the sandbox whose file or
# write would pass a cap is stopped before it happens.
import sandbox


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


def caps():
    return sandbox.limits()["files"], sandbox.limits()["written"]


def attempt(label, f, *args):
    try:
        r = sandbox.spawn(f, *args).join()
        print(label, "ok", r)
    except sandbox.SandboxError as e:
        m = str(e)
        print(label, e.kind, m[m.index(": ") + 2:m.index(" (")])


attempt("files", create, ["f1", "f2"])
attempt("grandchild files", nested, create, ["g1", "g2"])
attempt("child's caps", caps)
attempt("more files", create, ["h1", "h2"])
attempt("written", write_bytes, "f1", 1500)
attempt("grandchild written", nested, write_bytes, "g1", 1500)
u = sandbox.usage()["tree"]
print("tree usage:", u["files"], u["written"] <= 2048)
print(sorted(n for n in __import__("os").listdir("/tmp")))
# Output:
# files ok 2
# grandchild files ok 2
# child's caps ok (1, 2044)
# more files limit file limit 1 exceeded
# written ok 1500
# grandchild written exception sandbox stopped: write limit 543B exceeded
# tree usage: 5 True
# ['f1', 'f2', 'g1', 'g2', 'h1']
