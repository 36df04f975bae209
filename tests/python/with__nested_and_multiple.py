class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False

with CM("a") as a, CM("b") as b:
    print("body", a, b)

with CM("outer"):
    with CM("inner") as i:
        print("body", i)

try:
    with CM("x"), CM("y"):
        raise RuntimeError("fail")
except RuntimeError:
    print("caught")

with (CM("p") as p,
      CM("q") as q):
    print(p + q)

# Output:
# enter a
# enter b
# body A B
# exit b None
# exit a None
# enter outer
# enter inner
# body INNER
# exit inner None
# exit outer None
# enter x
# enter y
# exit y RuntimeError
# exit x RuntimeError
# caught
# enter p
# enter q
# PQ
# exit q None
# exit p None
