# sandpy-only: CPython lets an `__eq__` delete an attribute of the instance
# whose `__dict__` is being searched for it (it prints 1 and the dict);
# sandpy raises RuntimeError, as for any dict changed during its own lookup,
# and must never crash. Setting an attribute there is refused the same way.


class A:
    pass


a = A()
a.x = 1
ACTION = None


class K:
    def __hash__(self):
        return 7

    def __eq__(self, other):
        global ACTION
        action, ACTION = ACTION, None
        if action is not None:
            action()
        return True


a.__dict__[K()] = 1


def delete():
    del a.x


def assign():
    a.y = 2


for name, action in (("del", delete), ("set", assign)):
    ACTION = action
    try:
        print(name, a.__dict__[K()])
    except RuntimeError as e:
        print(name, "RuntimeError:", e)
print(sorted(k for k in vars(a) if isinstance(k, str)))
# Output:
# del RuntimeError: instance dict changed during attribute update
# set RuntimeError: instance dict changed during attribute update
# ['x']
