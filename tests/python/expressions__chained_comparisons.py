x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4, 3 > 2 > 1 > 0)
print(1 == 1 < 2, 1 < 3 != 3, "a" < "b" <= "b")

def noisy(v):
    print("eval", v)
    return v

print(noisy(1) < noisy(2) < noisy(3))
print(noisy(3) < noisy(2) < noisy(1))
print(1 < 2 in [2], (1 < 2) in [True])
print(x is not None is not False)
a = [1]
print(a == [1] is not a)

# Output:
# True False True True
# True False True
# eval 1
# eval 2
# eval 3
# True
# eval 3
# eval 2
# False
# True True
# True
# True
