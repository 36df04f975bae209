def echo_inner():
    while True:
        received = yield
        if received == "stop":
            return "inner stopped"
        print("inner got", received)

def delegator():
    result = yield from echo_inner()
    print("delegator got", result)
    yield "after"

d = delegator()
next(d)
d.send("hello")
d.send(42)
print(d.send("stop"))

# Output:
# inner got hello
# inner got 42
# delegator got inner stopped
# after
