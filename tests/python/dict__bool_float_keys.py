# A bool and an equal float are one dict key (False == 0.0 == -0.0,
# True == 1.0), as the dict and set lookups see them.
print({False: 1, -0.0: 2}, {0.0: 1, False: 2}, {True: 1, 1.0: 2})
d = {}
d[False] = 1
d[-0.0] = 2
print(d, 0.0 in {False}, True in {1.0}, {x: 1 for x in [True, 1.0, 1]})
print(len({False, 0.0, -0.0, 0}), {1.0: 'a'}[True], {2.0: 1}.get(True))

# Output:
# {False: 2} {0.0: 2} {True: 2}
# {False: 2} True True {True: 1}
# 1 a None
