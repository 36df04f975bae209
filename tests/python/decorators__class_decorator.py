registry = {}

def register(cls):
    registry[cls.__name__] = cls
    return cls

def add_greeting(cls):
    cls.greet = lambda self: "hi from " + type(self).__name__
    return cls

@register
@add_greeting
class Dog:
    pass

@register
class Cat:
    sound = "meow"

print(list(registry))
print(Dog().greet())
print(registry["Cat"].sound)

def singleton(cls):
    instances = {}
    def get():
        if cls not in instances:
            instances[cls] = cls()
        return instances[cls]
    return get

@singleton
class Config:
    def __init__(self):
        print("Config created")

a = Config()
b = Config()
print(a is b)

# Output:
# ['Dog', 'Cat']
# hi from Dog
# meow
# Config created
# True
