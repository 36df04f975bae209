try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e))
    print(repr(e.__context__))
    print(e.__cause__)
    print(e.__suppress_context__)

try:
    try:
        raise TypeError("a")
    finally:
        print("in finally, no handler")
except TypeError as e:
    print("context of a:", e.__context__)

def chain_three():
    try:
        try:
            raise OSError("one")
        except OSError:
            raise RuntimeError("two")
    except RuntimeError:
        raise LookupError("three")

try:
    chain_three()
except LookupError as e:
    c = e
    names = []
    while c is not None:
        names.append(type(c).__name__ + ":" + str(c))
        c = c.__context__
    print(names)

# Output:
# ValueError('second')
# KeyError('first')
# None
# False
# in finally, no handler
# context of a: None
# ['LookupError:three', 'RuntimeError:two', 'OSError:one']
