class Broken:
    def __enter__(self):
        raise OSError("cannot enter")

    def __exit__(self, *args):
        print("exit should not run")

class Good:
    def __enter__(self):
        print("good enter")
        return self

    def __exit__(self, *args):
        print("good exit")

try:
    with Good(), Broken():
        print("body")
except OSError as e:
    print("caught", e)

class NoExit:
    def __enter__(self):
        return self

try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

# Output:
# good enter
# good exit
# caught cannot enter
# TypeError 'NoExit' object does not support the context manager protocol (missed __exit__ method)
