# sys.stdout.writelines (and stderr's): each item written in turn, from
# any iterable (a generator's lines appear as it yields them); a non-str
# item is the TypeError write() raises, after the lines before it.
import sys

sys.stdout.writelines(["a\n", "b", "c\n"])
sys.stdout.writelines(x + "\n" for x in "xyz")
sys.stdout.writelines([])
sys.stderr.writelines(["to stderr\n"])
print(sys.stdout.writelines(()))


def lines():
    yield "first\n"
    yield 2


try:
    sys.stdout.writelines(lines())
except TypeError as e:
    print("TypeError", e)
try:
    sys.stdout.writelines(5)
except TypeError as e:
    print("TypeError", e)
try:
    sys.stdout.writelines()
except TypeError as e:
    print("TypeError")

# Output:
# a
# bc
# x
# y
# z
# None
# first
# TypeError write() argument must be str, not int
# TypeError 'int' object is not iterable
# TypeError
