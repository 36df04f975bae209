import _helper_geometry

names = [n for n in dir(_helper_geometry) if not n.startswith("__")]
print(sorted(names))
print(hasattr(_helper_geometry, "area"))
print(hasattr(_helper_geometry, "volume"))
print(getattr(_helper_geometry, "PI_ISH"))
print(_helper_geometry._private_value)
_helper_geometry.new_attr = "set from outside"
print(_helper_geometry.new_attr)
_helper_geometry.PI_ISH = 4
from _helper_geometry import PI_ISH
print(PI_ISH)

# Output:
# ['PI_ISH', 'Rect', '_private_value', 'area', 'perimeter']
# True
# False
# 3
# 42
# set from outside
# 4
