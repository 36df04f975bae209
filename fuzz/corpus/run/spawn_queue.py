import sandbox
q = sandbox.Queue()
h = sandbox.spawn(lambda q: q.put(sum(range(10**4))), q)
print(q.get(), h.join())
