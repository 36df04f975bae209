x = "global"

def outer():
    x = "enclosing"
    def use_nonlocal():
        nonlocal x
        x = "changed by nonlocal"
    def use_global():
        global x
        x = "changed by global"
    use_nonlocal()
    print("outer sees:", x)
    use_global()
    print("outer still sees:", x)

outer()
print("module sees:", x)

# Output:
# outer sees: changed by nonlocal
# outer still sees: changed by nonlocal
# module sees: changed by global
