def walk(tree, depth=0):
    name, children = tree
    yield "  " * depth + name
    for child in children:
        yield from walk(child, depth + 1)

tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])])])
for line in walk(tree):
    print(line)

def countdown(n):
    if n > 0:
        yield n
        yield from countdown(n - 1)

print(list(countdown(200))[-3:])

# Output:
# root
#   a
#     a1
#     a2
#   b
#     b1
#       b1x
# [3, 2, 1]
