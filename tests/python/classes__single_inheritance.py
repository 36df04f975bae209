class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " makes a sound"

    def describe(self):
        return "%s is a %s: %s" % (self.name, self.kind, self.speak())

class Dog(Animal):
    kind = "dog"

    def speak(self):
        return self.name + " barks"

class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + " softly"

for a in [Animal("generic"), Dog("rex"), Puppy("bit")]:
    print(a.describe())
print(issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(isinstance(Puppy("x"), Dog), isinstance(Dog("y"), Puppy))
print(Puppy.__bases__[0].__name__)
print([c.__name__ for c in Puppy.__mro__])

# Output:
# generic is a animal: generic makes a sound
# rex is a dog: rex barks
# bit is a dog: bit barks softly
# True False
# True False
# Dog
# ['Puppy', 'Dog', 'Animal', 'object']
