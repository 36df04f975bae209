def positive(n):
    assert n > 0, "n must be positive, got %d" % n
    return n

print(positive(5))
try:
    positive(-2)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print(repr(e), e.args)
assert True, "never"
assert [], "empty list is falsy"

# Output:
# 5
# AssertionError: n must be positive, got -2 ('n must be positive, got -2',)
# AssertionError() ()
# Raise: AssertionError: empty list is falsy
