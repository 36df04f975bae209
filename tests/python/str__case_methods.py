s = "hello World of PYTHON 3rd-class o'neil"
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print("ABC".isupper(), "abc".islower(), "Abc".isupper(), "123".islower())
print("Hello World".istitle(), "Hello world".istitle())
print("".upper() == "", "ß".upper(), "ǅ".lower())

# Output:
# HELLO WORLD OF PYTHON 3RD-CLASS O'NEIL
# hello world of python 3rd-class o'neil
# Hello World Of Python 3Rd-Class O'Neil
# Hello world of python 3rd-class o'neil
# HELLO wORLD OF python 3RD-CLASS O'NEIL
# True True False False
# True False
# True SS ǆ
