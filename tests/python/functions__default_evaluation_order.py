def log(v):
    print("evaluating", v)
    return v

def f(a=log("a default"), b=log("b default")):
    return a, b

print("defined")
print(f())
print(f(1))

def g(x, y):
    return x, y

print(g(log(1), log(2)))
print(g(y=log("y"), x=log("x")))
d = {log("k1"): log("v1"), log("k2"): log("v2")}
print(d)

# Output:
# evaluating a default
# evaluating b default
# defined
# ('a default', 'b default')
# (1, 'b default')
# evaluating 1
# evaluating 2
# (1, 2)
# evaluating y
# evaluating x
# ('x', 'y')
# evaluating k1
# evaluating v1
# evaluating k2
# evaluating v2
# {'k1': 'v1', 'k2': 'v2'}
