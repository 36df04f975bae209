def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"

print([grade(s) for s in (95, 85, 75, 10, 90, 80)])
x = 0
if x:
    print("truthy")
elif x == 0:
    print("zero")
for v in [0, "", [], {}, None, 0.0, "0", [0], -1]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")

# Output:
# ['A', 'B', 'C', 'F', 'A', 'B']
# zero
# 0 falsy
# '' falsy
# [] falsy
# {} falsy
# None falsy
# 0.0 falsy
# '0' truthy
# [0] truthy
# -1 truthy
