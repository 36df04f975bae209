import _helper_counter
from _helper_counter import bump
import _helper_uses_other

bump()
bump()
print(_helper_counter.count)
_helper_counter.count = 100
print(bump())
print(_helper_uses_other.square_area(3))

def local_bump():
    return _helper_counter.bump()

print(local_bump(), _helper_counter.count)

# Output:
# executing _helper_counter body
# 2
# 101
# 9
# 102 102
