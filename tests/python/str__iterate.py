for ch in "héllo":
    print(ch, end="|")
print()
print(list("abc"), tuple("xy"))
print([c.upper() for c in "abc"])
it = iter("ab")
print(next(it), next(it), next(it, "done"))
print(sorted("hello"), "".join(sorted("hello")))

# Output:
# h|é|l|l|o|
# ['a', 'b', 'c'] ('x', 'y')
# ['A', 'B', 'C']
# a b done
# ['e', 'h', 'l', 'l', 'o'] ehllo
