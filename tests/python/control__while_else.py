n = 0
while n < 3:
    print("n =", n)
    n += 1
else:
    print("loop finished normally")

n = 0
while True:
    n += 1
    if n == 4:
        break
print("broke at", n)

k = 10
while k > 0:
    k -= 3
    if k == 4:
        print("found 4")
        break
else:
    print("no break")

while False:
    pass
else:
    print("else of empty while")

# Output:
# n = 0
# n = 1
# n = 2
# loop finished normally
# broke at 4
# found 4
# else of empty while
