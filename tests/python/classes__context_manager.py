class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return False

with Resource("a") as r:
    print("using", r.name)

try:
    with Resource("b"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)

def early():
    with Resource("c"):
        return "returned"

print(early())

# Output:
# enter a
# using a
# exit a None None
# enter b
# exit b ValueError boom
# propagated: boom
# enter c
# exit c None None
# returned
