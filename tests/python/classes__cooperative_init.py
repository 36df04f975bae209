class Root:
    def __init__(self, **kw):
        print("Root init, leftover", kw)

class Left(Root):
    def __init__(self, left=None, **kw):
        print("Left init", left)
        super().__init__(**kw)

class Right(Root):
    def __init__(self, right=None, **kw):
        print("Right init", right)
        super().__init__(**kw)

class Both(Left, Right):
    def __init__(self, **kw):
        print("Both init")
        super().__init__(**kw)

Both(left=1, right=2, other=3)
print([c.__name__ for c in Both.__mro__])

# Output:
# Both init
# Left init 1
# Right init 2
# Root init, leftover {'other': 3}
# ['Both', 'Left', 'Right', 'Root', 'object']
