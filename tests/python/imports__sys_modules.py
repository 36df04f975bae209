# sys.modules is the sandbox's module table: entries can be read, added,
# deleted (the next import runs the module again) and popped; an object
# entered there is what a later import gets.
import sys
import _helper_counter
print("_helper_counter" in sys.modules, sys.modules["_helper_counter"] is _helper_counter)
del sys.modules["_helper_counter"]
import _helper_counter as again
print(again is _helper_counter)
m = sys.modules.pop("_helper_counter")
print(m is again, "_helper_counter" in sys.modules)


class Fake:
    value = 7


sys.modules["fake_mod"] = Fake()
import fake_mod
print(type(fake_mod).__name__, fake_mod.value)
from fake_mod import value
print(value)
try:
    del sys.modules["nope"]
except KeyError as e:
    print("KeyError", e)
print(sys.modules.pop("nope", "dflt"))
print(sys.modules[__name__] is sys.modules["__main__"])

# Output:
# executing _helper_counter body
# True True
# executing _helper_counter body
# False
# True False
# Fake 7
# 7
# KeyError 'nope'
# dflt
# True
