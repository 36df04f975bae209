# yield from delegates to any iterator: a class's __next__ ending with
# StopIteration(value) gives yield from its value; send, throw and close
# reach a delegate that has them; a generator delegate's return value.
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration(99)
        return self.n
def g():
    r = yield from It()
    print("ret", r)
    r2 = yield from [7, 8]
    print("ret2", r2)
print(list(g()))
def inner():
    try:
        x = yield 1
        print("got", x)
        yield 2
    except KeyError as e:
        print("caught", e)
        yield 3
    finally:
        print("inner closed")
    return "done"
def outer():
    r = yield from inner()
    print("outer got", r)
o = outer()
print(next(o), o.send("hi"), o.throw(KeyError("k")))
o.close()
o = outer(); next(o); o.close()
class Sendable:
    def __init__(self): self.log = []
    def __iter__(self): return self
    def __next__(self): return self.send(None)
    def send(self, v):
        self.log.append(v)
        if len(self.log) > 3: raise StopIteration(tuple(self.log))
        return len(self.log)
    def throw(self, *a): print("throw called", a[0].__name__ if isinstance(a[0], type) else type(a[0]).__name__); return -1
    def close(self): print("close called")
def d():
    r = yield from Sendable()
    print("d got", r)
x = d(); print(next(x), x.send("a"), x.throw(ValueError)); x.close()
x = d(); next(x); print(x.send("p"), x.send("q")); 
try: x.send("r")
except StopIteration: print("stop")

# Output:
# ret 99
# ret2 None
# [1, 2, 3, 7, 8]
# got hi
# caught 'k'
# 1 2 3
# inner closed
# inner closed
# throw called ValueError
# 1 2 -1
# close called
# 2 3
# d got (None, 'p', 'q', 'r')
# stop
