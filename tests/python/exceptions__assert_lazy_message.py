def expensive_message():
    print("message built")
    return "it failed"

assert 1 + 1 == 2, expensive_message()
print("first assert passed without building the message")
try:
    assert 1 + 1 == 3, expensive_message()
except AssertionError as e:
    print("caught:", e)
x = [1, 2]
assert x, "non-empty"
assert len(x) == 3, "len is %d" % len(x)

# Output:
# first assert passed without building the message
# message built
# caught: it failed
# Raise: AssertionError: len is 2
