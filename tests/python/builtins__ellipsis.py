print(..., repr(...), Ellipsis)
print(... is Ellipsis, ... == Ellipsis, type(...).__name__)
def todo():
    ...
print(todo())
x = [1, ...]
print(x, bool(...))

# Output:
# Ellipsis Ellipsis Ellipsis
# True True ellipsis
# None
# [1, Ellipsis] True
