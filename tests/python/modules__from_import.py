from _helper_geometry import area, Rect, PI_ISH

print(area(6, 7))
print(Rect(1, 1))
print(PI_ISH * 2)
print(Rect.__name__, Rect.__module__)

# Output:
# 42
# Rect(1, 1)
# 6
# Rect _helper_geometry
