def worker():
    try:
        while True:
            yield "working"
    except GeneratorExit:
        print("GeneratorExit received")
        raise
    finally:
        print("cleanup")

w = worker()
print(next(w))
w.close()
print("closed")
w.close()
try:
    next(w)
except StopIteration:
    print("exhausted after close")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)

unstarted = worker()
unstarted.close()
print("unstarted close ok")

# Output:
# working
# GeneratorExit received
# cleanup
# closed
# exhausted after close
# generator ignored GeneratorExit
# unstarted close ok
