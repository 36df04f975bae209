def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            print("found at", i)
            break
    else:
        print("not found")

find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)

for i in range(3):
    for j in range(3):
        if j == 1:
            break
    else:
        print("inner else never")
    print("i", i, "j", j)

for x in []:
    pass
else:
    print("else runs for empty loop")

# Output:
# found at 1
# not found
# not found
# i 0 j 1
# i 1 j 1
# i 2 j 1
# else runs for empty loop
