s = "ab " * (10**7)
s.split()
