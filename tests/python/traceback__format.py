# traceback: format_exc, format_exception (both signatures, limit, chain),
# format_exception_only, extract_tb/stack, walk_tb, TracebackException,
# StackSummary, FrameSummary, chained and grouped exceptions, SyntaxError.
import io, sys
_buf = io.StringIO()
_real = sys.stdout
sys.stdout = _buf
import traceback, sys

def inner(n):
    if n == 0:
        raise ValueError("deep")
    inner(n - 1)

def outer():
    try:
        inner(5)
    except ValueError as e:
        raise KeyError("k") from e

try:
    outer()
except Exception as e:
    print(traceback.format_exc())
    print(''.join(traceback.format_exception(e)))
    print(''.join(traceback.format_exception(e, chain=False)))
    print(''.join(traceback.format_exception(e, limit=2)))
    print(''.join(traceback.format_exception(e, limit=-1)))
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    print(''.join(traceback.format_exception(type(e), e, e.__traceback__)))
    tbs = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.lineno, f.line) for f in tbs], type(tbs).__name__)
    print(repr(tbs[0]))
    print([ln for fr, ln in traceback.walk_tb(e.__traceback__)])
    te = traceback.TracebackException.from_exception(e)
    print(str(te), te.exc_type.__name__, te.__cause__.exc_type.__name__, te.__context__)
    print(''.join(te.format_exception_only()))
    print(''.join(traceback.format_tb(e.__traceback__)))
    traceback.print_exc(file=sys.stdout)
    traceback.print_exception(e, file=sys.stdout, limit=1)

def during():
    try:
        {}['x']
    except KeyError:
        len(5)
try:
    during()
except TypeError:
    traceback.print_exc(file=sys.stdout)

def rec(n):
    if n: return rec(n - 1)
    raise RuntimeError('r')
try:
    rec(10)
except RuntimeError:
    traceback.print_exc(file=sys.stdout)

def show():
    return traceback.extract_stack()
def show2():
    traceback.print_stack(file=sys.stdout)
    return traceback.format_stack(limit=1)
st = show()
print([(f.name, f.line) for f in st])
print(show2())

class Bad(Exception):
    def __str__(self): raise ValueError
e = ValueError('x'); e.add_note('n1\nn2'); e.add_note('n3')
print(traceback.format_exception_only(e))
print(traceback.format_exception_only(Bad()))
print(traceback.format_exception_only(ValueError()))
print(repr(traceback.format_exc()))
try:
    traceback.format_exception(e, 1)
except ValueError as x:
    print(type(x).__name__, x)
try:
    traceback.format_exception(5)
except TypeError as x:
    print(type(x).__name__, x)
try:
    compile('x = (1,\n 2 +', 'fn.py', 'exec')
except SyntaxError as s:
    print(''.join(traceback.format_exception_only(s)))
try:
    compile('  a b', 'fn.py', 'exec')
except SyntaxError as s:
    print(''.join(traceback.format_exception_only(s)))

def grp():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("sub", [KeyError(3)])])
try:
    grp()
except ExceptionGroup as g:
    traceback.print_exc(file=sys.stdout)
    print(''.join(traceback.TracebackException.from_exception(g, max_group_width=2, max_group_depth=1).format()))

fs = traceback.FrameSummary('f.py', 3, 'fn', line='  x = 1  ')
print(repr(fs), fs.line, list(fs), len(fs), fs == ('f.py', 3, 'fn', 'x = 1'), fs[2])
ss = traceback.StackSummary.from_list([('a.py', 1, 'f', 'pass'), fs, ('a.py', 1, 'f', 'pass')])
print(ss.format())
print(traceback.format_list([('a.py', 1, 'f', None)] * 5))
class MyErr(Exception): pass
print(traceback.format_exception_only(MyErr('m')))
import json
try:
    json.loads('{')
except Exception as e:
    print(traceback.format_exception_only(e))

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
# Traceback (most recent call last):
#   File "traceback__format.py", line 17, in outer
#     inner(5)
#   File "traceback__format.py", line 13, in inner
#     inner(n - 1)
#   File "traceback__format.py", line 13, in inner
#     inner(n - 1)
#   File "traceback__format.py", line 13, in inner
#     inner(n - 1)
#   [Previous line repeated 2 more times]
#   File "traceback__format.py", line 12, in inner
#     raise ValueError("deep")
# ValueError: deep
#
# The above exception was the direct cause of the following exception:
#
# Traceback (most recent call last):
#   File "traceback__format.py", line 22, in <module>
#     outer()
#   File "traceback__format.py", line 19, in outer
#     raise KeyError("k") from e
# KeyError: 'k'
#
# Traceback (most recent call last):
#   File "traceback__format.py", line 17, in outer
#     inner(5)
#   File "traceback__format.py", line 13, in inner
#     inner(n - 1)
#   File "traceback__format.py", line 13, in inner
#     inner(n - 1)
#   File "traceback__format.py", line 13, in inner
#     inner(n - 1)
#   [Previous line repeated 2 more times]
#   File "traceback__format.py", line 12, in inner
#     raise ValueError("deep")
# ValueError: deep
#
# The above exception was the direct cause of the following exception:
#
# Traceback (most recent call last):
#   File "traceback__format.py", line 22, in <module>
#     outer()
#   File "traceback__format.py", line 19, in outer
#     raise KeyError("k") from e
# KeyError: 'k'
#
# Traceback (most recent call last):
#   File "traceback__format.py", line 22, in <module>
#     outer()
#   File "traceback__format.py", line 19, in outer
#     raise KeyError("k") from e
# KeyError: 'k'
#
# Traceback (most recent call last):
#   File "traceback__format.py", line 17, in outer
#     inner(5)
#   File "traceback__format.py", line 13, in inner
#     inner(n - 1)
# ValueError: deep
#
# The above exception was the direct cause of the following exception:
#
# Traceback (most recent call last):
#   File "traceback__format.py", line 22, in <module>
#     outer()
#   File "traceback__format.py", line 19, in outer
#     raise KeyError("k") from e
# KeyError: 'k'
#
# Traceback (most recent call last):
#   File "traceback__format.py", line 12, in inner
#     raise ValueError("deep")
# ValueError: deep
#
# The above exception was the direct cause of the following exception:
#
# Traceback (most recent call last):
#   File "traceback__format.py", line 19, in outer
#     raise KeyError("k") from e
# KeyError: 'k'
#
# ["KeyError: 'k'\n"]
# ["KeyError: 'k'\n"]
# Traceback (most recent call last):
#   File "traceback__format.py", line 17, in outer
#     inner(5)
#   File "traceback__format.py", line 13, in inner
#     inner(n - 1)
#   File "traceback__format.py", line 13, in inner
#     inner(n - 1)
#   File "traceback__format.py", line 13, in inner
#     inner(n - 1)
#   [Previous line repeated 2 more times]
#   File "traceback__format.py", line 12, in inner
#     raise ValueError("deep")
# ValueError: deep
#
# The above exception was the direct cause of the following exception:
#
# Traceback (most recent call last):
#   File "traceback__format.py", line 22, in <module>
#     outer()
#   File "traceback__format.py", line 19, in outer
#     raise KeyError("k") from e
# KeyError: 'k'
#
# [('<module>', 22, 'outer()'), ('outer', 19, 'raise KeyError("k") from e')] StackSummary
# <FrameSummary file traceback__format.py, line 22 in <module>>
# [22, 19]
# 'k' KeyError ValueError None
# KeyError: 'k'
#
#   File "traceback__format.py", line 22, in <module>
#     outer()
#   File "traceback__format.py", line 19, in outer
#     raise KeyError("k") from e
#
# Traceback (most recent call last):
#   File "traceback__format.py", line 17, in outer
#     inner(5)
#   File "traceback__format.py", line 13, in inner
#     inner(n - 1)
#   File "traceback__format.py", line 13, in inner
#     inner(n - 1)
#   File "traceback__format.py", line 13, in inner
#     inner(n - 1)
#   [Previous line repeated 2 more times]
#   File "traceback__format.py", line 12, in inner
#     raise ValueError("deep")
# ValueError: deep
#
# The above exception was the direct cause of the following exception:
#
# Traceback (most recent call last):
#   File "traceback__format.py", line 22, in <module>
#     outer()
#   File "traceback__format.py", line 19, in outer
#     raise KeyError("k") from e
# KeyError: 'k'
# Traceback (most recent call last):
#   File "traceback__format.py", line 17, in outer
#     inner(5)
# ValueError: deep
#
# The above exception was the direct cause of the following exception:
#
# Traceback (most recent call last):
#   File "traceback__format.py", line 22, in <module>
#     outer()
# KeyError: 'k'
# Traceback (most recent call last):
#   File "traceback__format.py", line 45, in during
#     {}['x']
# KeyError: 'x'
#
# During handling of the above exception, another exception occurred:
#
# Traceback (most recent call last):
#   File "traceback__format.py", line 49, in <module>
#     during()
#   File "traceback__format.py", line 47, in during
#     len(5)
# TypeError: object of type 'int' has no len()
# Traceback (most recent call last):
#   File "traceback__format.py", line 57, in <module>
#     rec(10)
#   File "traceback__format.py", line 54, in rec
#     if n: return rec(n - 1)
#   File "traceback__format.py", line 54, in rec
#     if n: return rec(n - 1)
#   File "traceback__format.py", line 54, in rec
#     if n: return rec(n - 1)
#   [Previous line repeated 7 more times]
#   File "traceback__format.py", line 55, in rec
#     raise RuntimeError('r')
# RuntimeError: r
# [('<module>', 'st = show()'), ('show', 'return traceback.extract_stack()')]
#   File "traceback__format.py", line 68, in <module>
#     print(show2())
#   File "traceback__format.py", line 64, in show2
#     traceback.print_stack(file=sys.stdout)
# ['  File "traceback__format.py", line 65, in show2\n    return traceback.format_stack(limit=1)\n']
# ['ValueError: x\n', 'n1\n', 'n2\n', 'n3\n']
# ['Bad: <exception str() failed>\n']
# ['ValueError\n']
# 'NoneType: None\n'
# ValueError Both or neither of value and tb must be given
# TypeError Exception expected for value, int found
#   File "fn.py", line 1
#     x = (1,
# SyntaxError: '(' was never closed
#
#   File "fn.py", line 1
#     a b
# IndentationError: unexpected indent
#
#   + Exception Group Traceback (most recent call last):
#   |   File "traceback__format.py", line 97, in <module>
#   |     grp()
#   |   File "traceback__format.py", line 95, in grp
#   |     raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("sub", [KeyError(3)])])
#   | ExceptionGroup: eg (3 sub-exceptions)
#   +-+---------------- 1 ----------------
#     | ValueError: 1
#     +---------------- 2 ----------------
#     | TypeError: 2
#     +---------------- 3 ----------------
#     | ExceptionGroup: sub (1 sub-exception)
#     +-+---------------- 1 ----------------
#       | KeyError: 3
#       +------------------------------------
#   + Exception Group Traceback (most recent call last):
#   |   File "traceback__format.py", line 97, in <module>
#   |     grp()
#   |   File "traceback__format.py", line 95, in grp
#   |     raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("sub", [KeyError(3)])])
#   | ExceptionGroup: eg (3 sub-exceptions)
#   +-+---------------- 1 ----------------
#     | ValueError: 1
#     +---------------- 2 ----------------
#     | TypeError: 2
#     +---------------- ... ----------------
#     | and 1 more exception
#     +------------------------------------
#
# <FrameSummary file f.py, line 3 in fn> x = 1 ['f.py', 3, 'fn', 'x = 1'] 4 True fn
# ['  File "a.py", line 1, in f\n    pass\n', '  File "f.py", line 3, in fn\n    x = 1\n', '  File "a.py", line 1, in f\n    pass\n']
# ['  File "a.py", line 1, in f\n', '  File "a.py", line 1, in f\n', '  File "a.py", line 1, in f\n', '  [Previous line repeated 2 more times]\n']
# ['MyErr: m\n']
# ['json.decoder.JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)\n']
#
