# compile(..., 'single') shows expression values as the prompt does and
# keeps the last one as builtins._ ; one statement only.
import sys
exec(compile("1 + 1", "<stdin>", "single"))
exec(compile("None", "<stdin>", "single"))
exec(compile("'text'", "<stdin>", "single"))
exec(compile("x = 5", "<stdin>", "single"), g := {})
print(g["x"])
exec(compile("if True:\n    10\n    20\n    None\n", "<stdin>", "single"))
exec(compile("for i in range(2): i * 3\n", "<stdin>", "single"))
exec(compile("a = 1; a + 41", "<stdin>", "single"))
exec(compile("[1, 2]", "<stdin>", "single"))
print(_)
exec(compile("def f():\n    7\n", "<stdin>", "single"), h := {})
print(h["f"]())
for src in ["x = 1\ny = 2\n", "", "if 1:\n  pass\nx = 1\n"]:
    try:
        compile(src, "<stdin>", "single")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)

# Output:
# 2
# 'text'
# 5
# 10
# 20
# 0
# 3
# 42
# [1, 2]
# [1, 2]
# None
# SyntaxError multiple statements found while compiling a single statement 1
# SyntaxError invalid syntax 0
# SyntaxError invalid syntax 3
