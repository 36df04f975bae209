import _helper_geometry

print(_helper_geometry.area(3, 4))
print(_helper_geometry.perimeter(5))
print(_helper_geometry.perimeter(2, 3))
print(_helper_geometry.PI_ISH)
r = _helper_geometry.Rect(2, 5)
print(r, r.area())
print(_helper_geometry.__name__)
print(type(_helper_geometry).__name__)

# Output:
# 12
# 20
# 10
# 3
# Rect(2, 5) 10
# _helper_geometry
# module
