def load():
    import _helper_geometry as g
    return g.area(4, 5)

def load_name():
    from _helper_geometry import perimeter
    return perimeter(1)

print(load())
print(load_name())
try:
    print(g)
except NameError as e:
    print(e)

# Output:
# 20
# 4
# name 'g' is not defined
