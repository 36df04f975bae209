s = {"a"}
s.remove("a")
print(s)
s.add("c")
s.remove("b")

# Output:
# set()
# Raise: KeyError: 'b'
