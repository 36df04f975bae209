s = "x" * 10**7
while True:
    hash(s[1:])
