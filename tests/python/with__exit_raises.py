class FailingExit:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError("exit failed")

try:
    with FailingExit():
        print("body ran")
except RuntimeError as e:
    print("caught", e, "context:", e.__context__)

try:
    with FailingExit():
        raise ValueError("body error")
except RuntimeError as e:
    print("caught", e, "context:", repr(e.__context__))

# Output:
# body ran
# caught exit failed context: None
# caught exit failed context: ValueError('body error')
