class Obj:
    cls_attr = "class"

o = Obj()
o.x = 1
o.y = 2
del o.x
print(sorted(vars(o)))
try:
    del o.x
except AttributeError as e:
    print(e)
try:
    del o.cls_attr
except AttributeError as e:
    print(e)
del Obj.cls_attr
print(hasattr(o, "cls_attr"))

# Output:
# ['y']
# 'Obj' object has no attribute 'x'
# 'Obj' object has no attribute 'cls_attr'
# False
