try:
    from _helper_geometry import volume_of_sphere
except ImportError as e:
    print(type(e).__name__)
    print(e.name)
import _helper_geometry
try:
    _helper_geometry.volume_of_sphere
except AttributeError as e:
    print(e)

# Output:
# ImportError
# _helper_geometry
# module '_helper_geometry' has no attribute 'volume_of_sphere'
