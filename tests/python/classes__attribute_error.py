class Thing:
    def __init__(self):
        self.present = 1

t = Thing()
print(t.present)
try:
    t.missing_attr_xyz
except AttributeError as e:
    print(e)
try:
    Thing.missing_class_attr
except AttributeError as e:
    print(e)
print(getattr(t, "missing_attr_xyz", "default"))
print(hasattr(t, "present"), hasattr(t, "nope"))
setattr(t, "dynamic", 7)
print(t.dynamic)
delattr(t, "dynamic")
print(hasattr(t, "dynamic"))
t.another_missing_qq

# Output:
# 1
# 'Thing' object has no attribute 'missing_attr_xyz'
# type object 'Thing' has no attribute 'missing_class_attr'
# default
# True False
# 7
# False
# Raise: AttributeError: 'Thing' object has no attribute 'another_missing_qq'
