# The SyntaxErrors of except*, with CPython's messages and positions:
# break/continue/return leaving an except* clause, except mixed with
# except*, a bare except*, unparenthesized types.

sources = [
    ("break", "try:\n    pass\nexcept* ValueError:\n    break\n"),
    ("break in loop", "for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n"),
    ("continue in loop", "for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue\n"),
    ("return value", "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n"),
    ("return", "def f():\n    try:\n        pass\n    except* ValueError:\n        for x in y:\n            break\n        if x:\n            return\n"),
    ("loop inside", "try:\n    pass\nexcept* ValueError:\n    for x in y:\n        break\n        continue\n"),
    ("nested function", "def f():\n    try:\n        pass\n    except* ValueError:\n        def g():\n            return 1\n        lambda: 2\n"),
    ("in finally", "def f():\n  for x in y:\n    try:\n        pass\n    except* ValueError:\n        try:\n            pass\n        finally:\n            break\n"),
    ("nested except*", "def f():\n    try:\n        pass\n    except* ValueError:\n        try:\n            pass\n        except* TypeError:\n            x = 1\n        else:\n            return 3\n"),
    ("return at module level", "try:\n    pass\nexcept* ValueError:\n    return\n"),
    ("except then except*", "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n"),
    ("except* then except", "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n"),
    ("bare except*", "try:\n    pass\nexcept*:\n    pass\n"),
    ("bare except* last", "try:\n    pass\nexcept* ValueError:\n    pass\nexcept*:\n    pass\n"),
    ("two types", "try:\n    pass\nexcept* ValueError, TypeError:\n    pass\n"),
    ("two types, plain except", "try:\n    pass\nexcept ValueError, TypeError:\n    pass\n"),
    ("valid", "try:\n    pass\nexcept* (ValueError, TypeError) as e:\n    pass\nelse:\n    pass\nfinally:\n    pass\n"),
    ("space after star", "try:\n    pass\nexcept *ValueError:\n    pass\n"),
]
for label, src in sources:
    try:
        compile(src, "bad.py", "exec")
        print(label, "compiles")
    except SyntaxError as e:
        print(label, "->", type(e).__name__ + ":", e.msg, e.lineno, e.offset, repr(e.text))

# Output:
# break -> SyntaxError: 'break', 'continue' and 'return' cannot appear in an except* block 4 5 None
# break in loop -> SyntaxError: 'break', 'continue' and 'return' cannot appear in an except* block 5 9 None
# continue in loop -> SyntaxError: 'break', 'continue' and 'return' cannot appear in an except* block 5 9 None
# return value -> SyntaxError: 'break', 'continue' and 'return' cannot appear in an except* block 5 16 None
# return -> SyntaxError: 'break', 'continue' and 'return' cannot appear in an except* block 8 13 None
# loop inside compiles
# nested function compiles
# in finally -> SyntaxError: 'break', 'continue' and 'return' cannot appear in an except* block 9 13 None
# nested except* -> SyntaxError: 'break', 'continue' and 'return' cannot appear in an except* block 10 20 None
# return at module level -> SyntaxError: 'return' outside function 4 5 None
# except then except* -> SyntaxError: cannot have both 'except' and 'except*' on the same 'try' 5 1 'except* TypeError:\n'
# except* then except -> SyntaxError: cannot have both 'except' and 'except*' on the same 'try' 5 1 'except TypeError:\n'
# bare except* -> SyntaxError: expected one or more exception types 3 8 'except*:\n'
# bare except* last -> SyntaxError: expected one or more exception types 5 8 'except*:\n'
# two types -> SyntaxError: multiple exception types must be parenthesized 3 9 'except* ValueError, TypeError:\n'
# two types, plain except -> SyntaxError: multiple exception types must be parenthesized 3 8 'except ValueError, TypeError:\n'
# valid compiles
# space after star compiles
