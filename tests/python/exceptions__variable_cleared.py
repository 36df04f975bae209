try:
    raise ValueError("x")
except ValueError as err:
    print("inside:", err)
try:
    print(err)
except NameError as e:
    print("NameError:", e)

err = "preexisting"
try:
    1 / 0
except ZeroDivisionError as err:
    pass
print("err" in globals())

# Output:
# inside: x
# NameError: name 'err' is not defined
# False
