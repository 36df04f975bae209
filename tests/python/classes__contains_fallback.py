class WithIter:
    def __iter__(self):
        print("iterating")
        yield from [1, 2, 3]

class WithContains:
    def __contains__(self, item):
        print("contains", item)
        return item == "yes"

print(2 in WithIter())
print(9 in WithIter())
print("yes" in WithContains(), "no" in WithContains())
print("no" not in WithContains())

class Truthy:
    def __contains__(self, item):
        return 5

print(1 in Truthy())

# Output:
# iterating
# True
# iterating
# False
# contains yes
# contains no
# True False
# contains no
# True
# True
