l = list(range(2 * 10**6))
while True:
    l.sort(); l.reverse()
