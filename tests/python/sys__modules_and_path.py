import sys
import math
print("math" in sys.modules, "sys" in sys.modules)
print(isinstance(sys.path, list))
print(sys.platform in ("linux", "darwin", "win32"))
print(sys.byteorder in ("little", "big"))

# Output:
# True True
# True
# True
# True
