# sandpy-only: caps (sandbox.Config) exist only in sandpy
# sandpy-args: --memory 64M --time 60
# Route: get past the program's memory cap through children. Caps bound a
# sandbox with all its descendants: each child draws from what the program
# has left, and the frozen results it leaves behind stay charged to it (and
# so to the program) until they are collected.
import sandbox

M = 1 << 20


def make(n):
    return b"x" * n


def grow(n):
    # Built step by step: stopped by the allocator's count, not a size check.
    out = []
    for _ in range(n):
        out.append("y" * 1000)
    return len(out)


def nested(n):
    return sandbox.spawn(make, n).join()


def attempt(label, f, *args, **kw):
    try:
        r = sandbox.spawn(f, *args, **kw).join()
        print(label, "made", r if isinstance(r, int) else len(r))
        return r
    except sandbox.SandboxError as e:
        # (The cap named is the child's: what the program had left.)
        print(label, e.kind, "memory limit" in str(e))


print("limit", sandbox.limits()["memory"] // M, "M")
kept = attempt("first", make, 40 * M)
# (Less a little: the program's tree figure starts with up to a few
# hundred KB of start-up noise either way, and the result is exactly 40M.)
print("tree holds the result:", sandbox.usage()["tree"]["memory"] > 39 * M)
attempt("second", make, 40 * M)
attempt("grown", grow, 60_000)
attempt("grandchild", nested, 40 * M)
attempt("asks for more", make, 40 * M, _config=sandbox.Config(memory="1G"))
print("child's cap is what is left:", sandbox.spawn(
    lambda: sandbox.limits()["memory"] < 30 * M).join())
del kept
sandbox.collect()
print("released:", sandbox.usage()["tree"]["memory"] < 20 * M)
attempt("after release", make, 40 * M)

# Output:
# limit 64 M
# first made 41943040
# tree holds the result: True
# second limit True
# grown limit True
# grandchild exception True
# asks for more limit True
# child's cap is what is left: True
# released: True
# after release made 41943040
