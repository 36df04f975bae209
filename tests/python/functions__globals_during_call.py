# A running function's globals stay usable while the call lasts, even when
# every other reference to the function or to its globals dict goes away
# during the call (the frame reads them through the function being called).


def deletes_itself(n):
    global deletes_itself
    if n == 0:
        del deletes_itself
        return "deleted, still running: " + str(counter)
    return deletes_itself(n - 1)


counter = 7
print(deletes_itself(3))
print("deletes_itself" in globals())


def calls_with_new_function():
    # Replace the global binding of a function while it is on the call stack.
    global helper

    def replacement():
        return "replacement"

    old = helper
    helper = replacement
    return old.__name__, helper()


def helper():
    return calls_with_new_function()


print(helper())


def gen():
    # A generator frame (counted globals) calling a plain function (borrowed).
    for i in range(3):
        yield plain(i)


def plain(i):
    return i * counter


print(list(gen()))


def raises(n):
    if n == 0:
        raise ValueError("bottom, counter=%d" % counter)
    return raises(n - 1)


for k in range(3):
    try:
        raises(k)
    except ValueError as e:
        print(k, e)


class C:
    def method(self, x):
        return x + counter


c = C()
print([c.method(i) for i in range(3)])
print(sum(map(plain, range(5))))

# Output:
# deleted, still running: 7
# False
# ('helper', 'replacement')
# [0, 7, 14]
# 0 bottom, counter=7
# 1 bottom, counter=7
# 2 bottom, counter=7
# [7, 8, 9]
# 70
