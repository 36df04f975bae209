# sandpy-only
# Queues shared with child sandboxes: passed as spawn arguments, found inside
# a frozen structure, and used both ways (jobs out, results back).
import sandbox


def square_worker(jobs, results):
    # Take numbers until the queue is closed and drained.
    done = 0
    while True:
        try:
            n = jobs.get()
        except sandbox.QueueClosed:
            return done
        results.put((n, n * n))
        done += 1


jobs = sandbox.Queue()
results = sandbox.Queue()
workers = [sandbox.spawn(square_worker, jobs, results) for _ in range(3)]
for n in range(30):
    jobs.put(n)
jobs.close()
counts = [w.join() for w in workers]
print("jobs done in all", sum(counts))
got = []
while not results.empty():
    got.append(results.get())
got.sort()
print("results", len(got), got[:4], got[-1])
print("all squares", all(sq == n * n for n, sq in got))
print("every job once", [n for n, _ in got] == list(range(30)))


# A queue inside a frozen structure keeps working: the frozen dict refers
# to the same channel.
def tagged_writer(config, k):
    q = config["out"]
    for i in range(config["count"]):
        q.put((config["tag"], k, i))
    return k


out = sandbox.Queue()
config = sandbox.freeze({"out": out, "count": 3, "tag": "w"})
print("config frozen", sandbox.is_frozen(config))
hs = [sandbox.spawn(tagged_writer, config, k) for k in range(3)]
print("writers", [h.join() for h in hs])
items = []
while out.qsize() > 0:
    items.append(out.get_nowait())
items.sort()
print("items", len(items), items[0], items[-1])


# A child blocked on a bounded queue goes on when the parent makes room.
def producer(q, n):
    for i in range(n):
        q.put(i)
    q.close()
    return "produced %d" % n


small = sandbox.Queue(2)
p = sandbox.spawn(producer, small, 20)
seen = []
while True:
    try:
        seen.append(small.get())
    except sandbox.QueueClosed:
        break
print(p.join(), "consumed in order", seen == list(range(20)))


# A ping-pong between parent and child keeps order.
def echo(inbox, outbox):
    while True:
        msg = inbox.get()
        if msg is None:
            return "bye"
        outbox.put(msg + "!")


a = sandbox.Queue()
b = sandbox.Queue()
e = sandbox.spawn(echo, a, b)
replies = []
for word in ["one", "two", "three"]:
    a.put(word)
    replies.append(b.get())
a.put(None)
print(replies, e.join())

# Output:
# jobs done in all 30
# results 30 [(0, 0), (1, 1), (2, 4), (3, 9)] (29, 841)
# all squares True
# every job once True
# config frozen True
# writers [0, 1, 2]
# items 9 ('w', 0, 0) ('w', 2, 2)
# produced 20 consumed in order True
# ['one!', 'two!', 'three!'] bye
