def f():
    pass
class C:
    def method(self):
        pass
class WithCall:
    def __call__(self):
        return 1
print(callable(f), callable(C), callable(C()), callable(WithCall()))
print(callable(len), callable(print), callable(1), callable("s"), callable(None))
print(callable(C().method), callable(lambda: 0), callable(int), callable([].append))

# Output:
# True True False True
# True True False False False
# True True True True
