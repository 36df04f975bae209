# __del__ runs when an instance's last reference goes, once, before the next
# call; instances still alive at exit are finalized then.

class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)

r = Res("a")
del r
print("after del")

def use():
    t = Res("local")
    return 1
use()
print("after use")

r2 = Res("rebound")
r2 = Res("second")
print("after rebind")

# Inherited __del__, and super().__del__ from an override.
class Child(Res):
    def __del__(self):
        print("child del", self.name)
        super().__del__()

c = Child("child")
c = None
print("after child")

# __del__ added to the class after instances exist.
class Late:
    pass

l1 = Late()
Late.__del__ = lambda self: print("late del")
del l1
print("after late")

# Resurrection: __del__ stores self; it is not called a second time.
saved = []
class Phoenix:
    def __del__(self):
        print("phoenix del")
        saved.append(self)

p = Phoenix()
del p
print("saved", len(saved))
saved.clear()
print("after clear")

# An exception in __del__ is reported on stderr and ignored.
class Bad:
    def __del__(self):
        print("bad del")
        1 / 0

b = Bad()
del b
print("after bad")

# Instances in a list go with the list.
items = [Res("l0"), Res("l1")]
items = None
print("after list")

# Objects in an unreachable cycle are freed by the cycle collector without
# __del__ (CPython runs it): not shown here. Still alive at exit:
keep = Res("kept")
print("end")

# Output:
# open a
# close a
# after del
# open local
# close local
# after use
# open rebound
# open second
# close rebound
# after rebind
# open child
# child del child
# close child
# after child
# late del
# after late
# phoenix del
# saved 1
# after clear
# bad del
# after bad
# open l0
# open l1
# close l1
# close l0
# after list
# open kept
# end
# close second
# close kept
