# sandpy-only: caps (sandbox.Config) exist only in sandpy
# sandpy-args: --max-sandboxes 6 --time 60
# Route: exhaust the host with sandboxes: thousands of sleeping children
# (each a thread and its stack), directly or through grandchildren. The cap
# counts the sandboxes alive at once in the program's tree, its own
# included; past it `spawn` raises RuntimeError in the sandbox that asked,
# which can join some and go on.
import sandbox

q = sandbox.Queue()


def wait(q):
    q.get()
    return "done"


def fan(q, n):
    hs = []
    why = None
    try:
        for _ in range(n):
            hs.append(sandbox.spawn(wait, q))
    except RuntimeError as e:
        why = str(e).split(":")[0]
    for h in hs:
        h.join()
    return len(hs), why


print("cap", sandbox.limits()["sandboxes"])
handles = []
try:
    for i in range(10_000):
        handles.append(sandbox.spawn(wait, q))
except RuntimeError as e:
    print("refused after", len(handles), "children:", str(e).split(":")[0])
print("alive:", sandbox.usage()["tree"]["sandboxes"])
for _ in handles:
    q.put(1)
print([h.join() for h in handles])
print("alive after joins:", sandbox.usage()["tree"]["sandboxes"])
# Grandchildren count too.
h = sandbox.spawn(fan, q, 100)
while sandbox.usage()["tree"]["sandboxes"] < 6:
    pass
for _ in range(4):
    q.put(1)
print("child started", h.join())
print("the cap for a child is what is left:",
      sandbox.spawn(lambda: sandbox.limits()["sandboxes"]).join())
# Output:
# cap 6
# refused after 5 children: sandbox limit 6 reached (6 sandboxes alive in this program)
# alive: 6
# ['done', 'done', 'done', 'done', 'done']
# alive after joins: 1
# child started (4, 'sandbox limit 5 reached (5 sandboxes alive in this program)')
# the cap for a child is what is left: 5
