def make_pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_

get, set_ = make_pair()
print(get())
set_(42)
print(get())
get2, set2 = make_pair()
set2("other")
print(get(), get2())
print(get.__closure__ is not None, len(get.__closure__))
print(get.__closure__[0].cell_contents)

# Output:
# 0
# 42
# 42 other
# True 1
# 42
