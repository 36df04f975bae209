def outer():
    def inner():
        def innermost():
            pass
        return innermost
    return inner

print(outer.__qualname__)
print(outer().__qualname__)
print(outer()().__qualname__)

class K:
    def method(self):
        def helper():
            pass
        return helper

print(K.method.__qualname__, K().method().__qualname__)
print((lambda: 0).__qualname__)

# Output:
# outer
# outer.<locals>.inner
# outer.<locals>.inner.<locals>.innermost
# K.method K.method.<locals>.helper
# <lambda>
