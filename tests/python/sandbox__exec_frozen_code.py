# sandpy-only: the sandbox module
# Code objects do not cross sandboxes: freezing one (as a spawn argument,
# a result or a queue item) is refused with a TypeError that says to send
# the source text, which the receiver compiles and runs under its own
# grants. Functions that exec'd code defines carry the authority of the
# sandbox whose code ran exec, wherever they are called.
import sandbox


def run_source(src):
    g = {}
    exec(src, g)
    return g["result"]


def make_code():
    return compile("1 + 1", "<child>", "eval")


def make_function():
    g = {}
    exec("def f():\n    import random\n    return 'imported'\n", g)
    return g["f"]


code = compile("result = 6 * 7", "<parent>", "exec")
for label, f in [
    ("freeze", lambda: sandbox.freeze(code)),
    ("spawn argument", lambda: sandbox.spawn(exec, code).join()),
    ("queue item", lambda: sandbox.Queue().put(code)),
    ("result", lambda: sandbox.spawn(make_code).join()),
]:
    try:
        f()
        print(label, "sent")
    except TypeError as e:
        print(label, "->", e)
    except sandbox.SandboxError as e:
        print(label, "->", e.exception_type, e.exception_message)
print("source:", sandbox.spawn(run_source, "result = 6 * 7").join())
no_modules = sandbox.Config(modules=[])
try:
    sandbox.spawn(run_source, "import math\nresult = 1", _config=no_modules).join()
except sandbox.SandboxError as e:
    print("child without modules:", e.exception_type)
f = sandbox.spawn(make_function, _config=no_modules).join()
try:
    f()
except PermissionError as e:
    print("child's exec'd function in the parent:", type(e).__name__)
print("the parent's own exec'd function:", make_function()())

# Output:
# freeze -> cannot freeze 'code' object; send the source text and compile it there
# spawn argument -> cannot freeze 'code' object; send the source text and compile it there
# queue item -> cannot freeze 'code' object; send the source text and compile it there
# result -> TypeError cannot freeze 'code' object; send the source text and compile it there
# source: 42
# child without modules: PermissionError
# child's exec'd function in the parent: PermissionError
# the parent's own exec'd function: imported
