# sandpy-only: CPython has no sandboxes
# sandpy-args: --allow-read files_data
# Route: run code through exec, eval and compile to get past a sandbox's
# grants or caps. Code they run is this sandbox's code: it imports only
# what the sandbox may, opens only what it may, and stops at its caps like
# any code; the functions and classes it defines carry the authority of
# the code that called exec (a child's, when a child's function does it
# in the parent). Code objects do not cross sandboxes: freeze refuses them
# (send the source text, which the receiver compiles under its own grants).
import sandbox
from _escape import attempt

SECRET = "open('files_data/notes.txt').read()[:6]"


def child_reads(src):
    return eval(src)


def child_imports():
    g = {}
    exec("import math\nr = math.floor(2.5)", g)
    return g["r"]


def child_defines():
    g = {}
    exec("def reader():\n    return " + SECRET + "\n", g)
    return g["reader"]


def child_spins():
    exec("while True:\n    pass\n")


def child_allocates():
    exec("x = 'a' * (10 ** 9)")


def child_deep():
    return eval("(" * 100 + "1" + ")" * 100) + len(str(compile("-" * 50000 + "1", "d", "eval")))


no_files = sandbox.Config(read=[], write=[])
attempt("parent eval", lambda: eval(SECRET))
attempt("child without files, eval", lambda: sandbox.spawn(child_reads, SECRET, _config=no_files).join())
attempt("child without math, exec import",
        lambda: sandbox.spawn(child_imports, _config=sandbox.Config(modules=[])).join())
attempt("child with math, exec import",
        lambda: sandbox.spawn(child_imports, _config=sandbox.Config(modules=["math"])).join())
reader = sandbox.spawn(child_defines, _config=no_files).join()
attempt("child's exec'd function run by the parent", reader)
attempt("parent's exec'd function", lambda: eval("lambda: " + SECRET)())


def capped(f, cfg):
    try:
        return sandbox.spawn(f, _config=cfg).join()
    except sandbox.SandboxError as e:
        # The figures after the limit's name vary from run to run.
        return "SandboxError: " + str(e).split(" after ")[0].split(": a result")[0]


attempt("time cap", lambda: capped(child_spins, sandbox.Config(time=0.3)))
attempt("memory cap", lambda: capped(child_allocates, sandbox.Config(memory="64M")))
attempt("deep source", lambda: sandbox.spawn(child_deep).join())
code = compile(SECRET, "<secret>", "eval")
attempt("freeze a code object", lambda: sandbox.freeze(code))
attempt("send a code object", lambda: sandbox.spawn(eval, code).join())
attempt("send it in a list", lambda: sandbox.spawn(len, [1, code]).join())
attempt("send the source", lambda: sandbox.spawn(child_reads, SECRET, _config=no_files).join())
attempt("code object attributes", lambda: (code.co_filename, code.co_name, hasattr(code, "co_consts")))
attempt("parent after all", lambda: eval(SECRET))

# Output:
# parent eval: 'secret'
# child without files, eval: SandboxError: sandbox raised FileNotFoundError: [Errno 2] No such file or directory: 'files_data/notes.txt'
# child without math, exec import: SandboxError: sandbox raised PermissionError: import of module 'math' is not granted to this sandbox (grant it with sandbox.Config(modules=[..., 'math']) or SandboxBuilder::module("math"))
# child with math, exec import: 2
# child's exec'd function run by the parent: FileNotFoundError: [Errno 2] No such file or directory: 'files_data/notes.txt'
# parent's exec'd function: 'secret'
# time cap: 'SandboxError: sandbox stopped: time limit 300ms exceeded'
# memory cap: 'SandboxError: sandbox stopped: memory limit 64M exceeded'
# deep source: SandboxError: sandbox raised MemoryError
# freeze a code object: TypeError: cannot freeze 'code' object; send the source text and compile it there
# send a code object: TypeError: cannot freeze 'code' object; send the source text and compile it there
# send it in a list: TypeError: cannot freeze 'code' object (reached via [1]); send the source text and compile it there
# send the source: SandboxError: sandbox raised FileNotFoundError: [Errno 2] No such file or directory: 'files_data/notes.txt'
# code object attributes: ('<secret>', '<module>', False)
# parent after all: 'secret'
