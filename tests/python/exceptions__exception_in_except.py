try:
    try:
        int("abc")
    except ValueError as e:
        print("handling:", e)
        {}["missing"]
except KeyError as e:
    print("KeyError:", e, "context:", type(e.__context__).__name__)

def handler():
    try:
        raise ValueError("first")
    except ValueError:
        undefined_function_xyzzy()

handler()

# Output:
# handling: invalid literal for int() with base 10: 'abc'
# KeyError: 'missing' context: ValueError
# Raise: NameError: name 'undefined_function_xyzzy' is not defined
