l = list(range(10**6))
while True:
    l * 3
