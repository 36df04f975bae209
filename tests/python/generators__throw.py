def gen():
    while True:
        try:
            yield "normal"
        except ValueError as e:
            print("handled", e)
            yield "recovered"

g = gen()
print(next(g))
print(g.throw(ValueError("bad")))
print(next(g))
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
print(next(g, "finished"))

# Output:
# normal
# handled bad
# recovered
# normal
# propagated KeyError('unhandled')
# finished
