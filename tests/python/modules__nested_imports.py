import _helper_uses_other

print(_helper_uses_other.square_area(5))
print(_helper_uses_other.both(2, 3))
print(_helper_uses_other._helper_geometry.PI_ISH)
import _helper_geometry
print(_helper_uses_other._helper_geometry is _helper_geometry)

# Output:
# 25
# (6, 10)
# 3
# True
