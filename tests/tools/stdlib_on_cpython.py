"""Run sandpy's standard-library modules written in Python (src/stdlib/) on
CPython, in place of CPython's own, and compare each test program's output
with the same program run on CPython's modules.

This checks the library's logic apart from the interpreter: a difference
here is a bug of the module, one that only sandpy shows is the
interpreter's. The natives a module needs from sandpy (`_asyncio`,
`_collections`) are stood in for by tests/tools/stdlib_shims/.

    python3 tests/tools/stdlib_on_cpython.py [SUBSTRING ...]   # default: asyncio__
    python3 tests/tools/stdlib_on_cpython.py collections__ abc__ copy__
"""
import glob
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TESTS = os.path.join(ROOT, "tests", "python")
STDLIB = os.path.join(ROOT, "src", "stdlib")
SHIMS = os.path.join(HERE, "stdlib_shims")

# Loads the test with sandpy's modules first on the path, dropping any of
# CPython's already imported under the same names.
# The path finder goes first, so that a module of src/stdlib or a shim
# wins over one of CPython's frozen or builtin modules (abc, _collections).
RUNNER = """
import importlib.machinery, runpy, sys
sys.path[:0] = [{stdlib!r}, {shims!r}]
sys.meta_path.insert(0, importlib.machinery.PathFinder)
names = {names!r}
for m in list(sys.modules):
    if m.split('.')[0] in names:
        del sys.modules[m]
# A shim named like one of CPython's built-in modules (_functools) would
# lose to the built-in: load it by path, in the built-in's place.
import importlib.util, os
for n in names:
    shim = os.path.join({shims!r}, n + '.py')
    if n in sys.builtin_module_names and os.path.exists(shim):
        spec = importlib.util.spec_from_file_location(n, shim)
        mod = importlib.util.module_from_spec(spec)
        sys.modules[n] = mod
        spec.loader.exec_module(mod)
for n in names:
    mod = __import__(n)
    assert mod.__file__.startswith({stdlib!r}) or mod.__file__.startswith({shims!r}), mod.__file__
sys.argv = [{path!r}]
runpy.run_path({path!r}, run_name='__main__')
"""


def main():
    subs = sys.argv[1:] or ["asyncio__"]
    names = sorted({os.path.splitext(n)[0] for n in os.listdir(STDLIB)} |
                   {os.path.splitext(n)[0] for n in os.listdir(SHIMS) if n.endswith(".py")})
    files = sorted(f for f in glob.glob(os.path.join(TESTS, "*.py"))
                   if any(s in os.path.basename(f) for s in subs))
    bad = 0
    for f in files:
        if open(f).readline().startswith("# sandpy-only"):
            continue
        run = lambda args: subprocess.run(args, capture_output=True, text=True,
                                          cwd=TESTS, timeout=60)
        ref = run([sys.executable, os.path.basename(f)])
        code = RUNNER.format(stdlib=STDLIB, shims=SHIMS, names=names, path=os.path.basename(f))
        ours = run([sys.executable, "-c", code])
        same = ref.stdout == ours.stdout and ref.returncode == ours.returncode
        print(("same " if same else "DIFF ") + os.path.basename(f))
        if not same:
            bad += 1
            print(ours.stderr[-2000:])
    print(f"{len(files) - bad} of {len(files)} the same")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
