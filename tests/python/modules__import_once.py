import _helper_counter
import _helper_counter
import _helper_counter as again
from _helper_counter import bump

print(_helper_counter.bump())
print(again.bump())
print(bump())
print(_helper_counter.count)
print(again is _helper_counter)

# Output:
# executing _helper_counter body
# 1
# 2
# 3
# 3
# True
