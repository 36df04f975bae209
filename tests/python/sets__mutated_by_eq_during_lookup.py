# sandpy-only: CPython restarts a set lookup whose table an `__eq__` changed
# (here it prints 1 for the first case); sandpy raises RuntimeError instead,
# as it does for dicts, and must never crash. Every mutator is tried from
# inside `__eq__` while `add`, `in` and `discard` search the set.
s = set()
ACTION = None


class K:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        # The key already in the set runs this during the lookup.
        global ACTION
        action, ACTION = ACTION, None
        if action is not None:
            action()
        return False


def ior():
    global s
    s |= {6}


def isub():
    global s
    s -= {6}


mutators = [
    ("clear", lambda: s.clear()),
    ("pop", lambda: s.pop()),
    ("update", lambda: s.update([5])),
    ("ior", ior),
    ("isub", isub),
    ("init", lambda: s.__init__([7])),
]
for name, action in mutators:
    for op in ("add", "in", "discard"):
        s = set()
        s.add(K())
        ACTION = action
        try:
            if op == "add":
                s.add(K())
            elif op == "in":
                K() in s
            else:
                s.discard(K())
            print(name, op, "ok", len(s))
        except RuntimeError as e:
            print(name, op, "RuntimeError:", e)

# `s |= t` whose lookup runs an `__eq__` that mutates `s` in place: `|=`
# adds t's keys to s in place (as CPython's set_merge), so it raises too.
s = set()
s.add(K())
t = {K()}
ACTION = ior
try:
    s |= t
    print("|= during lookup", len(s))
except RuntimeError as e:
    print("|= during lookup RuntimeError:", e)
print("still usable", sorted(x for x in {3, 1, 2}))

# Output:
# clear add RuntimeError: Set changed size during iteration
# clear in RuntimeError: Set changed size during iteration
# clear discard RuntimeError: Set changed size during iteration
# pop add RuntimeError: Set changed size during iteration
# pop in RuntimeError: Set changed size during iteration
# pop discard RuntimeError: Set changed size during iteration
# update add RuntimeError: Set changed size during iteration
# update in RuntimeError: Set changed size during iteration
# update discard RuntimeError: Set changed size during iteration
# ior add RuntimeError: Set changed size during iteration
# ior in RuntimeError: Set changed size during iteration
# ior discard RuntimeError: Set changed size during iteration
# isub add RuntimeError: Set changed size during iteration
# isub in RuntimeError: Set changed size during iteration
# isub discard RuntimeError: Set changed size during iteration
# init add RuntimeError: Set changed size during iteration
# init in RuntimeError: Set changed size during iteration
# init discard RuntimeError: Set changed size during iteration
# |= during lookup RuntimeError: Set changed size during iteration
# still usable [1, 2, 3]
