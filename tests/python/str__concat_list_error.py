print("x" + "y", "x" + str(["y"]))
print("x" + "".join(["y"]))
items = ["y"]
print("x" + items)

# Output:
# xy x['y']
# xy
# Raise: TypeError: can only concatenate str (not "list") to str
