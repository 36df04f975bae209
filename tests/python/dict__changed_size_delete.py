d = {1: 1, 2: 2, 3: 3}
count = 0
for k in d:
    count += 1
    del d[k]

# Raise: RuntimeError: dictionary changed size during iteration
