# compile()'s optimize levels: 1 drops assert statements and makes
# __debug__ False, 2 also drops docstrings; -1 and 0 keep everything.
SRC = '''"""module doc"""
def f():
    "function doc"
class C:
    "class doc"
try:
    assert False, "asserted"
    outcome = "no assert"
except AssertionError as e:
    outcome = "AssertionError: " + str(e)
print(__debug__, globals().get("__doc__"), f.__doc__, C.__doc__, outcome)
'''
for level in (-1, 0, 1, 2):
    print(level, end=": ")
    exec(compile(SRC, "opt.py", "exec", optimize=level), {})
print(__debug__)
if __debug__:
    print("debug on")


# Output:
# -1: True module doc function doc class doc AssertionError: asserted
# 0: True module doc function doc class doc AssertionError: asserted
# 1: False module doc function doc class doc no assert
# 2: False None None None no assert
# True
# debug on
