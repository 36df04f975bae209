# print() with no file writes to sys.stdout, whatever the program put there
# (a StringIO, an object with write, None), and to the sandbox's output
# again once sys.stdout is sys.__stdout__.
import sys, io
buf = io.StringIO()
sys.stdout = buf
print("a", 1, sep="-", end="!\n")
print("b", flush=True)
sys.stdout = None
print("dropped")
sys.stdout = sys.__stdout__
print(repr(buf.getvalue()))


class W:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("<flush>")


w = W()
sys.stdout = w
print("x", "y", flush=True)
print()
sys.stdout = sys.__stdout__
print(w.parts)


class NoWrite:
    pass


sys.stdout = NoWrite()
try:
    print("z")
except AttributeError as e:
    sys.stdout = sys.__stdout__
    print("AttributeError", e)

# Output:
# 'a-1!\nb\n'
# ['x', ' ', 'y', '\n', '<flush>', '\n']
# AttributeError 'NoWrite' object has no attribute 'write'
