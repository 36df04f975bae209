def make_fact():
    def fact(n):
        return 1 if n == 0 else n * fact(n - 1)
    return fact

f = make_fact()
print(f(12))

def counter_tree(depth):
    calls = 0
    def visit(d):
        nonlocal calls
        calls += 1
        if d > 0:
            visit(d - 1)
            visit(d - 1)
    visit(depth)
    return calls

print(counter_tree(8))

# Output:
# 479001600
# 511
