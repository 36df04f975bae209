def self_ref():
    yield next(me)

me = self_ref()
try:
    next(me)
except ValueError as e:
    print(e)

def stop_inside():
    yield 1
    raise StopIteration("inside")

try:
    list(stop_inside())
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__)

# Output:
# generator already executing
# RuntimeError generator raised StopIteration
# StopIteration
