print(len("abc"))
len = lambda x: "shadowed"
print(len("abc"))
del len
print(len("abc"))

def local_shadow():
    list = [9]
    return list

print(local_shadow(), list("ab"))

def uses_builtin_later():
    return max(3, 4)

max = min
print(uses_builtin_later())
del max
print(uses_builtin_later())

# Output:
# 3
# shadowed
# 3
# [9] ['a', 'b']
# 3
# 4
