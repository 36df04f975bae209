# len() and truth of deques (a native answer without a call through the
# class) against subclasses that override __len__ or __bool__, and the
# fast-layer native calls: bound methods, plain natives, errors.
from collections import deque
import math


class Short(deque):
    def __len__(self):
        return 1


class Never(deque):
    def __bool__(self):
        return False


class Plain(deque):
    pass


def check():
    d = deque()
    print(len(d), bool(d), not d)
    d.extend(range(5))
    print(len(d), bool(d), not d)
    n = 0
    while d:
        d.pop()
        n += 1
    print(n, len(d), bool(d))
    s = Short([1, 2, 3])
    print(len(s), bool(s))
    v = Never([1])
    print(len(v), bool(v), "yes" if v else "no")
    p = Plain([1, 2])
    print(len(p), bool(p))
    p.clear()
    print(len(p), bool(p))
    w = deque(maxlen=3)
    for i in range(10):
        w.append(i)
        if len(w) > 2:
            w.popleft()
    print(w, len(w))
    app, pl = w.append, w.popleft
    app(7)
    print(pl(), w)
    try:
        pl(1)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        app()
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        deque().popleft()
    except IndexError as e:
        print(type(e).__name__, e)
    print(math.sqrt(16), abs(-2), len("abc"), len(range(3)))
    try:
        len(3)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        abs("x")
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        len()
    except TypeError as e:
        print(type(e).__name__, e)


check()

# Output:
# 0 False True
# 5 True False
# 5 0 False
# 1 True
# 1 False no
# 2 True
# 0 False
# deque([8, 9], maxlen=3) 2
# 8 deque([9, 7], maxlen=3)
# TypeError deque.popleft() takes no arguments (1 given)
# TypeError deque.append() takes exactly one argument (0 given)
# IndexError pop from an empty deque
# 4.0 2 3 3
# TypeError object of type 'int' has no len()
# TypeError bad operand type for abs(): 'str'
# TypeError len() takes exactly one argument (0 given)
