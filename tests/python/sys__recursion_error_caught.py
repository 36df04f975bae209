def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
print("recovered", sum(range(10)))

# Output:
# RecursionError maximum recursion depth exceeded
# recovered 45
