total = 0

def add_global(n):
    global total
    total += n

def make():
    acc = 0
    def add(n):
        nonlocal acc
        acc += n
        return acc
    return add

add_global(5)
add_global(6)
print(total)
adder = make()
adder(1)
print(adder(10))

def broken(n):
    total += n

try:
    broken(1)
except UnboundLocalError as e:
    print(e)

# Output:
# 11
# 11
# cannot access local variable 'total' where it is not associated with a value
