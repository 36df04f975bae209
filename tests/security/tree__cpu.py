# sandpy-only: caps (sandbox.Config) exist only in sandpy
# sandpy-args: --cpu 1 --time 60
# Route: outlast the program's CPU cap by burning CPU in several children at
# once, each under the cap alone. CPU time adds up over the tree: when the
# sum passes the program's cap, the program ends (status 124) with its
# whole tree; nothing after the joins runs.
import sandbox


def burn():
    n = 0
    while True:
        n += 1


print("each child may use at most", sandbox.spawn(lambda: sandbox.limits()["cpu"]).join() <= 1)
hs = [sandbox.spawn(burn) for _ in range(3)]
for h in hs:
    h.join()
print("never printed")

# Output:
# each child may use at most True
# Exit: 124
