# compile() of deeply nested or huge sources raises (SyntaxError,
# MemoryError or RecursionError, as CPython does) instead of overflowing.
def attempt(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__)
    except (SyntaxError, MemoryError, RecursionError) as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("parens 199", lambda: eval("(" * 199 + "1" + ")" * 199))
attempt("parens 201", lambda: compile("(" * 201 + ")" * 201, "d", "eval"))
attempt("brackets 1000", lambda: compile("[" * 1000 + "]" * 1000, "d", "eval"))
attempt("braces 300", lambda: compile("{" * 300 + "}" * 300, "d", "exec"))
attempt("indent 99", lambda: compile("".join(" " * i + "if 1:\n" for i in range(99)) + " " * 99 + "pass\n", "d", "exec"))
attempt("indent 100", lambda: compile("".join(" " * i + "if 1:\n" for i in range(100)) + " " * 100 + "pass\n", "d", "exec"))
attempt("minus 100000", lambda: compile("-" * 100000 + "1", "d", "eval"))
attempt("not 100000", lambda: compile("not " * 100000 + "1", "d", "eval"))
attempt("plus 100000", lambda: compile("1" + "+1" * 100000, "d", "eval"))
attempt("attrs 100000", lambda: compile("a" + ".b" * 100000, "d", "eval"))
attempt("calls 100000", lambda: compile("f" + "()" * 100000, "d", "eval"))
attempt("100000 lines", lambda: compile("x = 1\n" * 100000, "d", "exec"))
attempt("nested exec", lambda: exec("exec('exec(\"v = 1\")')"))

# Output:
# parens 199 -> int
# parens 201 -> SyntaxError: too many nested parentheses (d, line 1)
# brackets 1000 -> SyntaxError: too many nested parentheses (d, line 1)
# braces 300 -> SyntaxError: too many nested parentheses (d, line 1)
# indent 99 -> code
# indent 100 -> IndentationError: too many levels of indentation (d, line 101)
# minus 100000 -> MemoryError: 
# not 100000 -> MemoryError: 
# plus 100000 -> RecursionError: maximum recursion depth exceeded during compilation
# attrs 100000 -> RecursionError: maximum recursion depth exceeded during compilation
# calls 100000 -> RecursionError: maximum recursion depth exceeded during compilation
# 100000 lines -> code
# nested exec -> NoneType
