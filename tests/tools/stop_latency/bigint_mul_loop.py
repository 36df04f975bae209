x = 10 ** (10**6)
while True:
    x * x
