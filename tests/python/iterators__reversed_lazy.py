# reversed() of a sequence class asks for each item only when it is needed,
# and stops at IndexError or StopIteration; reversed(str) walks characters.

class Loud:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        print("get", i)
        if i == 1:
            raise IndexError("stop here")
        return i

r = reversed(Loud(4))
print("made")
print(next(r))
print(list(r))
print(list(r))

class Huge:
    def __len__(self):
        return 10**15
    def __getitem__(self, i):
        return i

r = reversed(Huge())
print(next(r), next(r), r.__length_hint__())

class Stops:
    def __len__(self):
        return 5
    def __getitem__(self, i):
        if i < 3:
            raise StopIteration
        return i

print(list(reversed(Stops())))

class Bad:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        raise KeyError(i)

try:
    list(reversed(Bad()))
except KeyError as e:
    print("KeyError", e)

s = "añ€😀b"
print(list(reversed(s)), "".join(reversed(s)) == s[::-1], type(reversed(s)).__name__)
print(list(reversed("")), list(reversed("abc")))
print(type(iter(s)).__name__, type(iter("abc")).__name__, list(iter(s)))

# Output:
# made
# get 3
# 3
# get 2
# get 1
# [2]
# []
# 999999999999999 999999999999998 999999999999998
# [4, 3]
# KeyError 1
# ['b', '😀', '€', 'ñ', 'a'] True reversed
# [] ['c', 'b', 'a']
# str_iterator str_ascii_iterator ['a', 'ñ', '€', '😀', 'b']
