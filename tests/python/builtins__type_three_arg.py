def speak(self):
    return self.sound
Animal = type("Animal", (), {"sound": "...", "speak": speak})
Dog = type("Dog", (Animal,), {"sound": "woof"})
d = Dog()
print(d.speak(), Animal().speak(), Dog.__name__, type(d).__name__)
print(isinstance(d, Animal), Dog.__bases__[0].__name__)
print(type(Dog) is type, type(1) is int, type("x") == str)
Empty = type("Empty", (object,), {})
print(Empty.__name__, type(Empty()).__name__)

# Output:
# woof ... Dog Dog
# True Animal
# True True True
# Empty Empty
