from . import cycle_a
B = "b"
PARTIAL = hasattr(cycle_a, "A")
