def tag(name):
    def deco(func):
        def wrapper():
            return "<%s>%s</%s>" % (name, func(), name)
        return wrapper
    return deco

@tag("b")
@tag("i")
def text():
    return "hello"

print(text())

order = []
def trace(label):
    print("applying", label)
    def deco(func):
        order.append(label)
        return func
    return deco

@trace("outer")
@trace("inner")
def f():
    return 1

print(order, f())

# Output:
# <b><i>hello</i></b>
# applying outer
# applying inner
# ['inner', 'outer'] 1
