def level_three(x):
    return x["key"]

def level_two(x):
    return level_three(x) + 1

def level_one():
    data = {"other": 1}
    return level_two(data)

print("before")
level_one()
print("after")
# Output:
# before
# Traceback:
# Traceback (most recent call last):
#   File "exceptions__uncaught_traceback.py", line 12, in <module>
#     level_one()
#   File "exceptions__uncaught_traceback.py", line 9, in level_one
#     return level_two(data)
#   File "exceptions__uncaught_traceback.py", line 5, in level_two
#     return level_three(x) + 1
#   File "exceptions__uncaught_traceback.py", line 2, in level_three
#     return x["key"]
# KeyError: 'key'
