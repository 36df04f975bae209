import _helper_geometry as geo
from _helper_geometry import perimeter as per, area as ar

print(geo.area(2, 2))
print(per(1, 2), ar(3, 3))
print(geo.__name__)
print(per.__name__)

# Output:
# 4
# 6 9
# _helper_geometry
# perimeter
