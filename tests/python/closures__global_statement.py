total = 0

def add(n):
    global total
    total += n

for i in range(5):
    add(i)
print(total)

def create_global():
    global brand_new_name
    brand_new_name = "created"

create_global()
print(brand_new_name)

def shadow():
    total = "local"
    return total

print(shadow(), total)

def read_only():
    return total * 2

print(read_only())

# Output:
# 10
# created
# local 10
# 20
