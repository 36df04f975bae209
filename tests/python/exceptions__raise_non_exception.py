try:
    raise 42
except TypeError as e:
    print(e)
try:
    raise ValueError("cls") from 5
except TypeError as e:
    print(e)

class NotAnException:
    pass

try:
    raise NotAnException
except TypeError as e:
    print(e)
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, e.args)
try:
    try:
        pass
    except "text":
        pass
    print("except clause not evaluated without exception")
    try:
        1 / 0
    except "text":
        pass
except TypeError as e:
    print(e)

# Output:
# exceptions must derive from BaseException
# exception causes must derive from BaseException
# exceptions must derive from BaseException
# ValueError ()
# except clause not evaluated without exception
# catching classes that do not inherit from BaseException is not allowed
