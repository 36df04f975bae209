# sandpy-only
# Four children work at once; the order in which they finish is not fixed,
# so they return their lines and the parent prints them sorted. Each child
# also builds and freezes a sizeable structure, and the parent checks it.
import sandbox

TEXT = "the quick brown fox jumps over the lazy dog, sandboxed: %04d"


def child(k, count):
    lines = []
    for i in range(count):
        lines.append("%d:%03d %s" % (k, i, TEXT % k))
    table = {}
    for i in range(count):
        table[i] = [k, i, (k * i) % 7]
    return {"k": k, "lines": lines, "table": table}


hs = [sandbox.spawn(child, k, 200) for k in range(4)]
results = [h.join() for h in hs]
print("kinds", sorted(r["k"] for r in results))
all_lines = []
for r in results:
    all_lines.extend(r["lines"])
all_lines.sort()
print("lines", len(all_lines), "widths", sorted(set(len(l.split(" ", 1)[1]) for l in all_lines)))
for line in all_lines[:2] + all_lines[199:201] + all_lines[-1:]:
    print(line)
ok = all(r["table"][i] == [r["k"], i, (r["k"] * i) % 7] for r in results for i in range(200))
print("tables ok", ok)


# A map of four children returning lines, printed in order.
def shout(word):
    return (word.upper() + "!") * 2


for line in sandbox.map(shout, ["alpha", "beta", "gamma", "delta"], workers=4):
    print(line)

# Output:
# kinds [0, 1, 2, 3]
# lines 800 widths [60]
# 0:000 the quick brown fox jumps over the lazy dog, sandboxed: 0000
# 0:001 the quick brown fox jumps over the lazy dog, sandboxed: 0000
# 0:199 the quick brown fox jumps over the lazy dog, sandboxed: 0000
# 1:000 the quick brown fox jumps over the lazy dog, sandboxed: 0001
# 3:199 the quick brown fox jumps over the lazy dog, sandboxed: 0003
# tables ok True
# ALPHA!ALPHA!
# BETA!BETA!
# GAMMA!GAMMA!
# DELTA!DELTA!
