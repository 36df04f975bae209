class Empty:
    def __len__(self):
        return 0

class Full:
    def __len__(self):
        return 3

class No:
    def __bool__(self):
        return False

class Plain:
    pass

print(bool(Empty()), bool(Full()), bool(No()), bool(Plain()))
if not Empty():
    print("empty is falsy")
print([x.__class__.__name__ for x in [Empty(), Full(), No(), Plain()] if x])

# Output:
# False True False True
# empty is falsy
# ['Full', 'Plain']
