def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("caught:", e)
    print(isinstance(e, RuntimeError))

def mutual_a(n):
    return mutual_b(n + 1)

def mutual_b(n):
    return mutual_a(n + 1)

try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion caught")

def after():
    return "still works"

print(after())

# Output:
# caught: maximum recursion depth exceeded
# True
# mutual recursion caught
# still works
