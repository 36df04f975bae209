def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "inner recovered"
    finally:
        print("inner finally")

def outer():
    yield from inner()
    yield "outer continues"

g = outer()
print(next(g))
print(g.throw(ValueError("oops")))
print(next(g))
g2 = outer()
next(g2)
g2.close()
print("closed g2")

# Output:
# 1
# inner caught oops
# inner recovered
# inner finally
# outer continues
# inner finally
# closed g2
