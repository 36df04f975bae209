class Shape:
    def __init__(self, w, h):
        self.w = w
        self.h = h

def build():
    return Shape(1)

build()

# Traceback:
# Traceback (most recent call last):
#   File "exceptions__traceback_wrong_args.py", line 9, in <module>
#     build()
#   File "exceptions__traceback_wrong_args.py", line 7, in build
#     return Shape(1)
# TypeError: Shape.__init__() missing 1 required positional argument: 'h'
