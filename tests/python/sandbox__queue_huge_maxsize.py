# sandpy-only
# A bounded Queue keeps a slot per item up front, so a maxsize whose slots
# could not be allocated is refused with MemoryError (it used to abort the
# whole process, or panic), and a sane one still works.
from sandbox import Queue

for n in (10**9, 2**62, 2**40):
    try:
        Queue(n)
        print(n, "made")
    except MemoryError as e:
        print(n, "MemoryError:", e)
q = Queue(1000)
q.put(1)
print("small queue", q.get())

# Output:
# 1000000000 MemoryError: Queue maxsize 1000000000 is too large: a queue keeps a 32-byte slot per item up front, and at most 1073741824 bytes of them (maxsize 33554432)
# 4611686018427387904 MemoryError: Queue maxsize 4611686018427387904 is too large: a queue keeps a 32-byte slot per item up front, and at most 1073741824 bytes of them (maxsize 33554432)
# 1099511627776 MemoryError: Queue maxsize 1099511627776 is too large: a queue keeps a 32-byte slot per item up front, and at most 1073741824 bytes of them (maxsize 33554432)
# small queue 1
