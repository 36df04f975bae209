def printer():
    while True:
        item = yield
        print("printer:", item)

def upper(target):
    while True:
        item = yield
        target.send(item.upper())

p = printer()
next(p)
u = upper(p)
next(u)
for word in ["alpha", "beta"]:
    u.send(word)
u.close()
p.close()
print("pipeline closed")

# Output:
# printer: ALPHA
# printer: BETA
# pipeline closed
