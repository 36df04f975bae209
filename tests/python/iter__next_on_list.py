items = [1, 2]
it = iter(items)
print(next(it), next(it))
print(next(it, "done"))
next(items)

# Output:
# 1 2
# done
# Raise: TypeError: 'list' object is not an iterator
