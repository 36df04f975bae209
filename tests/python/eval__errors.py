# eval's argument errors and syntax errors, with CPython's messages and
# locations (filename, lineno, offset, text).
def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("no args", lambda: eval())
attempt("four args", lambda: eval("1", {}, {}, 1))
attempt("keyword", lambda: eval("1", globals={}))
attempt("int source", lambda: eval(1))
attempt("list source", lambda: eval(["1"]))
attempt("globals int", lambda: eval("1", 1))
attempt("globals list", lambda: eval("1", []))
attempt("locals int", lambda: eval("1", {}, 1))
attempt("locals None", lambda: eval("1", None, None))
attempt("null byte", lambda: eval("1\x00"))
attempt("statement", lambda: eval("x = 1"))
attempt("import", lambda: eval("import sys"))
attempt("empty", lambda: eval(""))
attempt("blank", lambda: eval("   "))
attempt("unclosed", lambda: eval("(1, 2"))
for src in ["x = 1", "def", "a b", "(1, 2", "1 2", "[1, 2))", "  (\n)", "(1,\n2]", "\n\n  x"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.filename, e.lineno, e.offset, repr(e.text))
        print("  str:", e)
try:
    eval(b"'\xff'")
except SyntaxError as e:
    print("bad utf8:", type(e).__name__, e.msg.startswith("(unicode error) 'utf-8' codec can't decode byte 0xff"))

# Output:
# no args -> TypeError: eval expected at least 1 argument, got 0
# four args -> TypeError: eval expected at most 3 arguments, got 4
# keyword -> TypeError: eval() takes no keyword arguments
# int source -> TypeError: eval() arg 1 must be a string, bytes or code object
# list source -> TypeError: eval() arg 1 must be a string, bytes or code object
# globals int -> TypeError: globals must be a dict
# globals list -> TypeError: globals must be a real dict; try eval(expr, {}, mapping)
# locals int -> TypeError: locals must be a mapping
# locals None -> 1
# null byte -> SyntaxError: source code string cannot contain null bytes
# statement -> SyntaxError: invalid syntax (<string>, line 1)
# import -> SyntaxError: invalid syntax (<string>, line 1)
# empty -> SyntaxError: invalid syntax (<string>, line 0)
# blank -> SyntaxError: invalid syntax (<string>, line 0)
# unclosed -> SyntaxError: '(' was never closed (<string>, line 1)
# 'x = 1' SyntaxError invalid syntax <string> 1 3 'x = 1'
#   str: invalid syntax (<string>, line 1)
# 'def' SyntaxError invalid syntax <string> 1 1 'def'
#   str: invalid syntax (<string>, line 1)
# 'a b' SyntaxError invalid syntax <string> 1 3 'a b'
#   str: invalid syntax (<string>, line 1)
# '(1, 2' SyntaxError '(' was never closed <string> 1 1 '(1, 2'
#   str: '(' was never closed (<string>, line 1)
# '1 2' SyntaxError invalid syntax <string> 1 3 '1 2'
#   str: invalid syntax (<string>, line 1)
# '[1, 2))' SyntaxError closing parenthesis ')' does not match opening parenthesis '[' <string> 1 6 '[1, 2))'
#   str: closing parenthesis ')' does not match opening parenthesis '[' (<string>, line 1)
# '(1,\n2]' SyntaxError closing parenthesis ']' does not match opening parenthesis '(' on line 1 <string> 2 2 '2]'
#   str: closing parenthesis ']' does not match opening parenthesis '(' on line 1 (<string>, line 2)
# '\n\n  x' IndentationError unexpected indent <string> 3 2 '  x'
#   str: unexpected indent (<string>, line 3)
# bad utf8: SyntaxError True
