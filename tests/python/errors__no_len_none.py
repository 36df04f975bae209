print(len([None]), len("None"))
def find():
    return None
result = find()
len(result)

# Output:
# 1 4
# Raise: TypeError: object of type 'NoneType' has no len()
