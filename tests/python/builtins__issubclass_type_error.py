class Animal:
    pass
class Dog(Animal):
    pass
print(issubclass(Dog, Animal), issubclass(Animal, Dog))
issubclass(Dog(), Animal)

# Output:
# True False
# Raise: TypeError: issubclass() arg 1 must be a class
