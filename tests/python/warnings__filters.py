# warnings: warn (stacklevel, categories), the default filters, filterwarnings,
# simplefilter, actions once/module/always/error/ignore, catch_warnings,
# showwarning/formatwarning replaced, warn_explicit, resetwarnings.
import io, sys
_buf = io.StringIO()
_real = sys.stdout
sys.stdout = _buf
import warnings, sys

def clean(s):
    d = __file__.rsplit('/', 1)[0] + '/' if '/' in __file__ else None
    return s.replace(d, '') if d else s

class Out:
    def write(self, s): print("ERR:", clean(s), end="")
    def flush(self): pass
sys.stderr = Out()

def f():
    warnings.warn("from f")
def g():
    warnings.warn("to caller", DeprecationWarning, stacklevel=2)

for i in range(3):
    f()
g()
warnings.warn("plain")
warnings.warn("plain")
warnings.warn(RuntimeWarning("instance"))
warnings.warn("far", stacklevel=99)
warnings.warn("dep", DeprecationWarning)
warnings.warn("pend", PendingDeprecationWarning)
print([ (a, m, c.__name__, getattr(mod, "pattern", mod), l) for a, m, c, mod, l in warnings.filters])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f(); f()
    warnings.warn("x", UserWarning)
    warnings.warn("y", DeprecationWarning)
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w])
    print([x.lineno for x in w], [clean(x.filename) for x in w])
    print(clean(str(w[0])))
print(len(warnings.filters))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        f()
    except UserWarning as e:
        print("raised", type(e).__name__, e)
    warnings.filterwarnings("ignore", message="hush")
    warnings.warn("Hush now")
    try:
        warnings.warn("loud")
    except UserWarning as e:
        print("raised", e)
    warnings.filterwarnings("ignore", category=RuntimeWarning)
    warnings.warn("rt", RuntimeWarning)
    warnings.filterwarnings("ignore", module="__ma")
    warnings.warn("mod")

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once msg")
        f()
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("module")
    for i in range(3):
        warnings.warn("mod msg")
        warnings.warn("mod msg")
    print(len(w))

print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 10)))
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 10, "  line  ")))
warnings.showwarning("shown", RuntimeWarning, "a.py", 3, line="x = 1")
def myshow(message, category, filename, lineno, file=None, line=None):
    print("MYSHOW", message, category.__name__, clean(filename), lineno)
old = warnings.showwarning
warnings.showwarning = myshow
warnings.warn("custom", FutureWarning)
warnings.showwarning = old
warnings.formatwarning = lambda m, c, f, l, line=None: "FMT %s %s\n" % (m, c.__name__)
warnings.warn("fmt", FutureWarning)
del warnings.formatwarning
try:
    warnings.warn("x", int)
except TypeError as e:
    print(type(e).__name__, e)
for args in [("bogus",), ("error", 5), ("error", "", int), ("error", "", Warning, 3), ("error", "", Warning, "", -1)]:
    try:
        warnings.filterwarnings(*args)
    except AssertionError as e:
        print(type(e).__name__, e)
try:
    warnings.simplefilter("nope")
except AssertionError as e:
    print(type(e).__name__, e)
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
try:
    cw.__exit__(None, None, None)
except RuntimeError as e:
    print(e)
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print(e)
with warnings.catch_warnings(action="ignore"):
    warnings.warn("ignored")
warnings.warn_explicit("explicit", UserWarning, "some.py", 5)
warnings.warn_explicit("explicit", UserWarning, "some.py", 5, registry={})
reg = {}
warnings.warn_explicit("e2", UserWarning, "some.py", 6, registry=reg)
warnings.warn_explicit("e2", UserWarning, "some.py", 6, registry=reg)
print(sorted(k for k in reg if k != 'version'), 'version' in reg)
warnings.resetwarnings()
print(warnings.filters)
warnings.warn("dep after reset", DeprecationWarning)
import random
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    random.randrange(5.0)
    print(len(w), w[0].category.__name__, w[0].message, clean(w[0].filename), w[0].lineno)

# Paths lose the script's folder (CPython names the script by its absolute
# path) and 3.11's caret lines are dropped (sandpy prints none).
sys.stdout = _real
_d = __file__.rsplit('/', 1)[0] + '/' if '/' in __file__ else None
for _line in _buf.getvalue().split('\n'):
    if _d:
        _line = _line.replace(_d, '')
    if ('^' in _line or '~' in _line) and all(c in ' ^~|' for c in _line):
        continue
    print(_line)

# Output:
# ERR: warnings__filters.py:20: UserWarning: from f
#   warnings.warn("from f")
# ERR: warnings__filters.py:26: DeprecationWarning: to caller
#   g()
# ERR: warnings__filters.py:27: UserWarning: plain
#   warnings.warn("plain")
# ERR: warnings__filters.py:28: UserWarning: plain
#   warnings.warn("plain")
# ERR: warnings__filters.py:29: RuntimeWarning: instance
#   warnings.warn(RuntimeWarning("instance"))
# ERR: sys:1: UserWarning: far
# ERR: warnings__filters.py:31: DeprecationWarning: dep
#   warnings.warn("dep", DeprecationWarning)
# [('default', None, 'DeprecationWarning', '__main__', 0), ('ignore', None, 'DeprecationWarning', None, 0), ('ignore', None, 'PendingDeprecationWarning', None, 0), ('ignore', None, 'ImportWarning', None, 0), ('ignore', None, 'ResourceWarning', None, 0)]
# 4 ['from f', 'from f', 'x', 'y'] ['UserWarning', 'UserWarning', 'UserWarning', 'DeprecationWarning']
# [20, 20, 38, 39] ['warnings__filters.py', 'warnings__filters.py', 'warnings__filters.py', 'warnings__filters.py']
# {message : UserWarning('from f'), category : 'UserWarning', filename : 'warnings__filters.py', lineno : 20, line : None}
# 5
# raised UserWarning from f
# raised loud
# 2
# 1
# 'file.py:10: UserWarning: msg\n'
# 'file.py:10: UserWarning: msg\n  line\n'
# ERR: a.py:3: RuntimeWarning: shown
#   x = 1
# MYSHOW custom FutureWarning warnings__filters.py 82
# ERR: FMT fmt FutureWarning
# TypeError category must be a Warning subclass, not 'type'
# AssertionError invalid action: 'bogus'
# AssertionError message must be a string
# AssertionError category must be a Warning subclass
# AssertionError module must be a string
# AssertionError lineno must be an int >= 0
# AssertionError invalid action: 'nope'
# catch_warnings(record=True) catch_warnings()
# Cannot exit catch_warnings(record=True) without entering first
# Cannot enter catch_warnings(record=True) twice
# ERR: some.py:5: UserWarning: explicit
# ERR: some.py:5: UserWarning: explicit
# ERR: some.py:6: UserWarning: e2
# [('e2', <class 'UserWarning'>, 6)] True
# []
# ERR: warnings__filters.py:121: DeprecationWarning: dep after reset
#   warnings.warn("dep after reset", DeprecationWarning)
# 1 DeprecationWarning non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version warnings__filters.py 125
#
