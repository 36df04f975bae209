n = 5
cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + "a",
    lambda: 1 < "a",
    lambda: "a" > 1,
    lambda: [1] < (1,),
    lambda: {} < {},
    lambda: None + None,
    lambda: 2.5 - "x",
    lambda: 3 ** "x",
    lambda: 5 % "x",
    lambda: "%d" % "x",
    lambda: n[0],
    lambda: n(),
    lambda: len(n),
    lambda: iter(n),
    lambda: int("abc"),
    lambda: int("1.5"),
    lambda: int(""),
    lambda: float("abc"),
    lambda: [][0],
    lambda: ()[0],
    lambda: ""[0],
    lambda: {}["k"],
    lambda: (1).foo,
    lambda: 1 // 0,
    lambda: 1.5 // 0,
    lambda: 1 / 0.0,
    lambda: [].pop(),
    lambda: [1].index(2),
]
for c in cases:
    try:
        c()
    except Exception as e:
        print(type(e).__name__ + ":", e)

# Output:
# TypeError: unsupported operand type(s) for +: 'int' and 'str'
# TypeError: can only concatenate str (not "int") to str
# TypeError: can only concatenate list (not "str") to list
# TypeError: '<' not supported between instances of 'int' and 'str'
# TypeError: '>' not supported between instances of 'str' and 'int'
# TypeError: '<' not supported between instances of 'list' and 'tuple'
# TypeError: '<' not supported between instances of 'dict' and 'dict'
# TypeError: unsupported operand type(s) for +: 'NoneType' and 'NoneType'
# TypeError: unsupported operand type(s) for -: 'float' and 'str'
# TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'
# TypeError: unsupported operand type(s) for %: 'int' and 'str'
# TypeError: %d format: a real number is required, not str
# TypeError: 'int' object is not subscriptable
# TypeError: 'int' object is not callable
# TypeError: object of type 'int' has no len()
# TypeError: 'int' object is not iterable
# ValueError: invalid literal for int() with base 10: 'abc'
# ValueError: invalid literal for int() with base 10: '1.5'
# ValueError: invalid literal for int() with base 10: ''
# ValueError: could not convert string to float: 'abc'
# IndexError: list index out of range
# IndexError: tuple index out of range
# IndexError: string index out of range
# KeyError: 'k'
# AttributeError: 'int' object has no attribute 'foo'
# ZeroDivisionError: integer division or modulo by zero
# ZeroDivisionError: float floor division by zero
# ZeroDivisionError: float division by zero
# IndexError: pop from empty list
# ValueError: 2 is not in list
