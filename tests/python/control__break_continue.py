out = []
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    out.append(i)
print(out)

i = 0
result = []
while i < 10:
    i += 1
    if i in (3, 5):
        continue
    if i == 8:
        break
    result.append(i)
print(result)

for a in range(3):
    for b in range(3):
        if b > a:
            break
        print(a, b, end="|")
print()

def first_negative(nums):
    for n in nums:
        if n >= 0:
            continue
        return n
    return None
print(first_negative([1, 2, -3, -4]), first_negative([1]))

# Output:
# [0, 2, 4, 6]
# [1, 2, 4, 6, 7]
# 0 0|1 0|1 1|2 0|2 1|2 2|
# -3 None
