# compile()'s argument errors and the SyntaxErrors of bad sources, with
# their locations.
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("mode", lambda: compile("1", "f", "bad"))
attempt("mode bytes", lambda: compile("1", "f", b"exec"))
attempt("no mode", lambda: compile("1", "f"))
attempt("no args", lambda: compile())
attempt("flags", lambda: compile("1", "f", "exec", 0x10000000))
attempt("flags -1", lambda: compile("1", "f", "exec", -1))
attempt("flags str", lambda: compile("1", "f", "exec", "a"))
attempt("optimize", lambda: compile("1", "f", "exec", optimize=5))
attempt("optimize str", lambda: compile("1", "f", "exec", 0, 0, "a"))
attempt("too many", lambda: compile("1", "f", "exec", 0, 0, 1, 2))
attempt("unknown kw", lambda: compile("1", "f", "exec", foo=1))
attempt("int source", lambda: compile(1, "f", "exec"))
attempt("code source", lambda: compile(compile("1", "f", "eval"), "f", "eval"))
attempt("int filename", lambda: compile("1", 1, "exec"))
attempt("null byte", lambda: compile("x = 1\x00", "f", "exec"))
attempt("eval of statement", lambda: compile("x = 1", "f", "eval"))
attempt("exec globals", lambda: exec("1", []))
attempt("exec locals", lambda: exec("1", {}, 1))
attempt("exec kw", lambda: exec("1", globals={}))
attempt("exec int", lambda: exec(1))
attempt("exec no args", lambda: exec())
attempt("exec four args", lambda: exec("1", {}, {}, 1))
sources = [
    ("x = (", "exec"),
    ("x = (1,\n2\n", "exec"),
    ("x = [1, 2)", "exec"),
    ("x = 1)", "exec"),
    ("def f(:\n    pass", "exec"),
    ("if x\n    pass", "exec"),
    ("  x = 1", "exec"),
    ("if 1:\nx = 1", "exec"),
    ("return 1", "exec"),
    ("yield 1", "exec"),
    ("break", "exec"),
    ("f(x for x in y, 1)", "exec"),
    ("x = 1\ny = 2", "single"),
    ("lambda: (yield)", "eval"),
    ("for x in y:\n    pass\nelse:\n\n# c\nz", "exec"),
    ("class C:\n\nz", "exec"),
    ("@d\ndef f():\nz", "exec"),
    ("def f(a, a): pass", "exec"),
    ("nonlocal x", "exec"),
    ("x = 1 +\n", "exec"),
    ("x = 'abc", "exec"),
    ("x = 1\ny = 'abc\nz = 2", "exec"),
    ('x = """abc\n\nq', "exec"),
]
for src, mode in sources:
    try:
        compile(src, "bad.py", mode)
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text))


# Output:
# mode -> ValueError: compile() mode must be 'exec', 'eval' or 'single'
# mode bytes -> TypeError: compile() argument 'mode' must be str, not bytes
# no mode -> TypeError: compile() missing required argument 'mode' (pos 3)
# no args -> TypeError: compile() missing required argument 'source' (pos 1)
# flags -> ValueError: compile(): unrecognised flags
# flags -1 -> ValueError: compile(): unrecognised flags
# flags str -> TypeError: 'str' object cannot be interpreted as an integer
# optimize -> ValueError: compile(): invalid optimize value
# optimize str -> TypeError: 'str' object cannot be interpreted as an integer
# too many -> TypeError: compile() takes at most 6 positional arguments (7 given)
# unknown kw -> TypeError: 'foo' is an invalid keyword argument for compile()
# int source -> TypeError: compile() arg 1 must be a string, bytes or AST object
# code source -> TypeError: compile() arg 1 must be a string, bytes or AST object
# int filename -> TypeError: expected str, bytes or os.PathLike object, not int
# null byte -> SyntaxError: source code string cannot contain null bytes
# eval of statement -> SyntaxError: invalid syntax (f, line 1)
# exec globals -> TypeError: exec() globals must be a dict, not list
# exec locals -> TypeError: locals must be a mapping or None, not int
# exec kw -> TypeError: 'globals' is an invalid keyword argument for exec()
# exec int -> TypeError: exec() arg 1 must be a string, bytes or code object
# exec no args -> TypeError: exec() takes at least 1 positional argument (0 given)
# exec four args -> TypeError: exec() takes at most 3 positional arguments (4 given)
# 'x = (' SyntaxError "'(' was never closed" bad.py 1 5 'x = (\n'
# 'x = (1,\n2\n' SyntaxError "'(' was never closed" bad.py 1 5 'x = (1,'
# 'x = [1, 2)' SyntaxError "closing parenthesis ')' does not match opening parenthesis '['" bad.py 1 10 'x = [1, 2)'
# 'x = 1)' SyntaxError "unmatched ')'" bad.py 1 6 'x = 1)'
# 'def f(:\n    pass' SyntaxError 'invalid syntax' bad.py 1 7 'def f(:\n'
# 'if x\n    pass' SyntaxError "expected ':'" bad.py 1 5 'if x\n'
# '  x = 1' IndentationError 'unexpected indent' bad.py 1 2 '  x = 1\n'
# 'if 1:\nx = 1' IndentationError "expected an indented block after 'if' statement on line 1" bad.py 2 1 'x = 1\n'
# 'return 1' SyntaxError "'return' outside function" bad.py 1 1 None
# 'yield 1' SyntaxError "'yield' outside function" bad.py 1 1 None
# 'break' SyntaxError "'break' outside loop" bad.py 1 1 None
# 'f(x for x in y, 1)' SyntaxError 'Generator expression must be parenthesized' bad.py 1 3 'f(x for x in y, 1)\n'
# 'x = 1\ny = 2' SyntaxError 'multiple statements found while compiling a single statement' bad.py 1 6 'x = 1\n'
# 'lambda: (yield)' compiled
# 'for x in y:\n    pass\nelse:\n\n# c\nz' IndentationError "expected an indented block after 'else' statement on line 3" bad.py 6 1 'z\n'
# 'class C:\n\nz' IndentationError 'expected an indented block after class definition on line 1' bad.py 3 1 'z\n'
# '@d\ndef f():\nz' IndentationError 'expected an indented block after function definition on line 2' bad.py 3 1 'z\n'
# 'def f(a, a): pass' SyntaxError "duplicate argument 'a' in function definition" bad.py 1 10 None
# 'nonlocal x' SyntaxError 'nonlocal declaration not allowed at module level' bad.py 1 1 None
# 'x = 1 +\n' SyntaxError 'invalid syntax' bad.py 1 8 'x = 1 +\n'
# "x = 'abc" SyntaxError 'unterminated string literal (detected at line 1)' bad.py 1 5 "x = 'abc"
# "x = 1\ny = 'abc\nz = 2" SyntaxError 'unterminated string literal (detected at line 2)' bad.py 2 5 "y = 'abc"
# 'x = """abc\n\nq' SyntaxError 'unterminated triple-quoted string literal (detected at line 3)' bad.py 1 5 'x = """abc'
