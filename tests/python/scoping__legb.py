x = "global"

def enclosing():
    x = "enclosing"
    def local():
        x = "local"
        return x
    def from_enclosing():
        return x
    return local(), from_enclosing()

print(enclosing())

def no_local():
    return x

print(no_local())

def shadow_param(x):
    def inner():
        return x
    return inner()

print(shadow_param("param"))
y = 1
def globals_read_after_change():
    return y
y = 2
print(globals_read_after_change())

# Output:
# ('local', 'enclosing')
# global
# param
# 2
