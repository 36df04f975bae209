# sandpy-only: CPython has no sandboxes
# Route: hand exec, eval and compile sources that would take the host's
# stack, memory or time: a 10 MB text, deep brackets, long operator
# chains, a million-character literal, a long program, bad bytes. Each is
# refused before it can overflow the native stack (SyntaxError,
# RecursionError, as CPython raises them) or stopped at the child's caps
# before the compiler starts (an estimate past the time or memory left);
# the parent survives them all. (The sizes are far from the estimate's
# bounds in both debug and release builds.)
import sandbox

SOURCES = [
    ("10 MB name", "x" * 10_000_000),
    ("deep brackets", "(" * 20000),
    ("long sum", "1+" * 20000 + "1"),
    ("long attribute chain", "a." * 20000 + "b"),
    ("long prefix chain", "-" * 20000 + "1"),
    ("bad bytes", b"\xff" * 1000),
    ("many parameters", "def f(" + "a," * 10000 + "): pass"),
    ("unclosed literal", "'" + "x" * 20000),
    ("12 MB program", "x = 1\n" * 2_000_000),
    ("endless loop", "while True:\n    pass\n"),
    ("huge result", "x = 'a' * 10 ** 9"),
]


def probe(src):
    try:
        exec(src, {})
        return "ran"
    except BaseException as e:
        return type(e).__name__ + ": " + str(e)[:50]


for label, src in SOURCES:
    try:
        r = sandbox.spawn(probe, src, _config=sandbox.Config(memory="64M", time=1)).join()
    except sandbox.SandboxError as e:
        # The figures after the limit vary from run to run.
        r = "stopped: " + str(e).split(":")[0] + ": " + str(e).split(":")[1].split(" exceeded")[0]
    print(label, "->", r)
print("parent still running")

# Output:
# 10 MB name -> stopped: sandbox stopped:  time limit 1s
# deep brackets -> SyntaxError: too many nested parentheses (<string>, line 1)
# long sum -> RecursionError: maximum recursion depth exceeded during compilatio
# long attribute chain -> RecursionError: maximum recursion depth exceeded during compilatio
# long prefix chain -> MemoryError: 
# bad bytes -> SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0x
# many parameters -> SyntaxError: duplicate argument 'a' in function definition (<st
# unclosed literal -> SyntaxError: unterminated string literal (detected at line 1) (
# 12 MB program -> stopped: sandbox stopped:  time limit 1s
# endless loop -> stopped: sandbox stopped:  time limit 1s
# huge result -> stopped: sandbox stopped:  memory limit 64M
# parent still running
