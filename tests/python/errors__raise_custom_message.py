class MyError(Exception):
    pass
print("before")
raise MyError("something went wrong")

# Output:
# before
# Raise: MyError: something went wrong
