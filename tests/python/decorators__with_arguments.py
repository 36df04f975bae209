def repeat(times):
    def decorator(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorator

@repeat(3)
def hello(name):
    return "hi " + name

print(hello("bob"))

def prefix(text, sep=": "):
    def deco(func):
        def inner(msg):
            return text + sep + func(msg)
        return inner
    return deco

@prefix("LOG")
def log(msg):
    return msg

@prefix("WARN", sep=" - ")
def warn(msg):
    return msg.upper()

print(log("started"))
print(warn("disk low"))

# Output:
# ['hi bob', 'hi bob', 'hi bob']
# LOG: started
# WARN - DISK LOW
