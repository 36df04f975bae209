class Base:
    registry = []

    @classmethod
    def create(cls, *args):
        obj = cls(*args)
        Base.registry.append(type(obj).__name__)
        return obj

    def __init__(self, value=0):
        self.value = value

class Special(Base):
    @classmethod
    def create(cls, *args):
        obj = super().create(*args)
        obj.special = True
        return obj

s = Special.create(5)
b = Base.create()
print(s.value, s.special, b.value, hasattr(b, "special"))
print(Base.registry)

# Output:
# 5 True 0 False
# ['Special', 'Base']
