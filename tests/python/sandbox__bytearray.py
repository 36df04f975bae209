# sandpy-only: the sandbox module
# A bytearray crosses sandboxes (spawn arguments, results, queues) frozen;
# a memoryview cannot cross.
import sandbox
def child(b):
    try:
        b.append(1)
    except TypeError as e:
        print("child:", e)
    c = sandbox.thaw(b)
    c.append(33)
    return c, bytearray(b"made in child")
b = bytearray(b"data")
r = sandbox.spawn(child, b).join()
print(r, sandbox.is_frozen(r[0]), b)
q = sandbox.Queue()
q.put(bytearray(b"q"))
x = q.get()
print(x, sandbox.is_frozen(x), x == b"q", memoryview(x).readonly)
try:
    sandbox.spawn(child, memoryview(b"x"))
except TypeError as e:
    print(e)
# Output:
# child: cannot modify frozen bytearray
# (bytearray(b'data!'), bytearray(b'made in child')) True bytearray(b'data')
# bytearray(b'q') True True True
# cannot freeze 'memoryview' object
