class BadLenType:
    def __len__(self):
        return "three"

class BigLen:
    def __len__(self):
        return 2 ** 70

for obj in (BadLenType(), BigLen(), 5):
    try:
        print(len(obj))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

class NoGetItem:
    pass

try:
    NoGetItem()[0]
except TypeError as e:
    print(e)
try:
    NoGetItem()[0] = 1
except TypeError as e:
    print(e)
try:
    del NoGetItem()[0]
except TypeError as e:
    print(e)

# Output:
# TypeError: 'str' object cannot be interpreted as an integer
# OverflowError: cannot fit 'int' into an index-sized integer
# TypeError: object of type 'int' has no len()
# 'NoGetItem' object is not subscriptable
# 'NoGetItem' object does not support item assignment
# 'NoGetItem' object doesn't support item deletion
