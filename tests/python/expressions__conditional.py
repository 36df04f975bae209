def sign(n):
    return "positive" if n > 0 else "zero" if n == 0 else "negative"

print(sign(3), sign(0), sign(-4))
x = 7
print("even" if x % 2 == 0 else "odd")
print([("big" if v > 2 else "small") for v in range(5)])
f = (lambda: "A") if x > 5 else (lambda: "B")
print(f())

def boom():
    raise RuntimeError("should not run")

print(1 if True else boom())
print(boom() if False else "safe")

# Output:
# positive zero negative
# odd
# ['small', 'small', 'small', 'big', 'big']
# A
# 1
# safe
