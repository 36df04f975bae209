def inner():
    raise ValueError("x")

try:
    inner()
except ValueError as e:
    tb = e.__traceback__
    print(tb is not None)
    depth = 0
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print("frames:", depth)
    e2 = e.with_traceback(None)
    print(e2 is e, e.__traceback__ is None)

# Output:
# True
# frames: 2
# True True
