class Box:
    pass
getattr(Box(), "missing")

# Raise: AttributeError: 'Box' object has no attribute 'missing'
