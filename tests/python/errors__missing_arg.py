def greet(name, greeting):
    return greeting + name
greet("x")

# Raise: TypeError: greet() missing 1 required positional argument: 'greeting'
