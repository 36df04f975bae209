"""Helper module for import tests: simple geometry helpers."""

PI_ISH = 3

def area(w, h):
    return w * h

def perimeter(w, h=None):
    if h is None:
        h = w
    return 2 * (w + h)

class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return area(self.w, self.h)

    def __repr__(self):
        return "Rect(%d, %d)" % (self.w, self.h)

_private_value = 42
