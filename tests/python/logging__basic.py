# logging: hierarchy, levels, handlers, formatters in three styles, filters,
# adapters, extra, exceptions, basicConfig, lastResort, captureWarnings.
import io, sys
_buf = io.StringIO()
_real = sys.stdout
sys.stdout = _buf
import logging, sys, io

class Out:
    def write(self, s): print('ERR:', s, end='')
    def flush(self): pass
sys.stderr = Out()

logging.warning("no config %s", 1)      # lastResort? no: module function calls basicConfig
log = logging.getLogger("app")
print(repr(logging.root), repr(log), log.parent is logging.root, log.getEffectiveLevel())
log.info("hidden")
log.error("shown %d", 5)
logging.root.handlers.clear()
log.warning("last resort %s", "x")
log.info("still hidden")

stream = io.StringIO()
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter("%(name)s|%(levelname)s|%(levelno)d|%(message)s|%(funcName)s|%(lineno)d|%(filename)s|%(module)s"))
log.addHandler(h)
log.setLevel(logging.DEBUG)
def func():
    log.debug("dbg %s %s", "a", "b")
    log.info("info %(k)s", {"k": "v"})
func()
log.log(25, "custom level")
logging.addLevelName(25, "NOTICE")
log.log(25, "custom named")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(33), logging.getLevelName("INFO"))
print(stream.getvalue())

child = logging.getLogger("app.sub.leaf")
mid = logging.getLogger("app.sub")
print(child.parent.name, mid.parent.name, child.getEffectiveLevel(), repr(child))
stream.truncate(0); stream.seek(0)
child.warning("from child")
child.propagate = False
child.warning("not propagated")
print(repr(stream.getvalue()))
print(log.getChild("sub") is mid, logging.getLogger("app.sub") is mid)

# styles
for style, fmt in [("{", "{levelname:>8}:{name}:{message}"), ("$", "${levelname}-${message}"), ("%", "%(levelname)-8s%(message)s")]:
    s = io.StringIO(); hh = logging.StreamHandler(s); hh.setFormatter(logging.Formatter(fmt, style=style))
    l = logging.getLogger("st" + style); l.addHandler(hh); l.propagate = False
    l.warning("hello %s", "w")
    print(repr(s.getvalue()))
for bad in [("%(x", "%"), ("{x!z}", "{"), ("nofields", "{"), ("$", "$"), ("plain", "%"), ("x", "?")]:
    try:
        logging.Formatter(bad[0], style=bad[1])
    except ValueError as e:
        print("ValueError", e)

# exceptions
s = io.StringIO(); eh = logging.StreamHandler(s)
el = logging.getLogger("exc"); el.addHandler(eh); el.propagate = False
try:
    raise ZeroDivisionError("zero")
except ZeroDivisionError:
    el.exception("failed")
    el.error("with info", exc_info=True)
e = ValueError("v")
el.error("given", exc_info=e)
out = s.getvalue()
d = __file__.rsplit('/', 1)[0] + '/' if '/' in __file__ else None
print(out.replace(d, '') if d else out)

# filters
class OnlyOdd(logging.Filter):
    def filter(self, r):
        return r.args[0] % 2
s = io.StringIO(); fh = logging.StreamHandler(s)
fl = logging.getLogger("flt"); fl.addHandler(fh); fl.propagate = False
fh.addFilter(OnlyOdd())
for i in range(5): fl.warning("n=%d", i)
fl.addFilter(lambda r: r.args[0] != 3)
for i in range(5): fl.warning("m=%d", i)
print(repr(s.getvalue()))
f = logging.Filter("a.b")
for n in ["a.b", "a.b.c", "a.bc", "a", "x"]:
    print(n, f.filter(logging.makeLogRecord({"name": n})))

# adapter, extra
s = io.StringIO(); ah = logging.StreamHandler(s); ah.setFormatter(logging.Formatter("%(user)s %(message)s"))
al = logging.getLogger("adp"); al.addHandler(ah); al.propagate = False
ad = logging.LoggerAdapter(al, {"user": "bob"})
ad.warning("hi %s", "there")
al.warning("direct", extra={"user": "ann"})
try:
    al.warning("x", extra={"message": 1})
except KeyError as e:
    print("KeyError", e)
print(repr(s.getvalue()), repr(ad))

# levels, disable
print(logging._checkLevel("DEBUG"))
for bad in ["NOPE", 1.5]:
    try:
        log.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    log.log("x", "m")
except TypeError as e:
    print("TypeError", e)
logging.disable(logging.WARNING)
print(log.isEnabledFor(logging.WARNING), log.isEnabledFor(logging.ERROR))
logging.disable(logging.NOTSET)
print(log.isEnabledFor(logging.WARNING))
log.disabled = True
print(log.isEnabledFor(logging.ERROR)); log.disabled = False

# record
r = logging.LogRecord("n", logging.INFO, "/x/y/mod.py", 7, "m %s", ("a",), None, func="fn")
print(repr(r), r.getMessage(), r.filename, r.module, r.levelname, r.threadName, r.processName, r.funcName)
print(type(r.created).__name__, type(r.msecs).__name__, r.relativeCreated >= 0)
r2 = logging.makeLogRecord({"msg": "hello", "levelno": 40})
print(r2.getMessage(), r2.levelno, r2.name)
fm = logging.Formatter(datefmt="%Y")
rr = logging.LogRecord("n", 20, "p", 1, "m", (), None); rr.created = 0.0; rr.msecs = 5.0
print(logging.Formatter("%(asctime)s").format(rr)[:4].isdigit(), fm.formatTime(rr, "%Y-%m-%d"), logging.Formatter().formatTime(rr)[-4:])
print(logging.Formatter("%(message)s", defaults={"x": 1}).format(rr))
print(logging.Formatter("%(x)s %(message)s", defaults={"x": 1}).format(rr))
try:
    logging.Formatter("%(nope)s").format(rr)
except ValueError as e:
    print("ValueError", e)
# handler reprs
print(repr(logging.StreamHandler(io.StringIO())), repr(logging.NullHandler()), repr(logging.lastResort))
nh = logging.NullHandler(); nh.set_name("nh"); print(nh.name)
# basicConfig
logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s %(message)s", force=True, stream=sys.stdout)
logging.info("via basic %d", 3)
logging.debug("not shown")
logging.getLogger("deep.one").info("deep")
try:
    logging.basicConfig(force=True, stream=sys.stdout, filename="x")
except ValueError as e:
    print(e)
try:
    logging.basicConfig(force=True, foo=1)
except ValueError as e:
    print(e)
logging.basicConfig(force=True, style="{", format="{levelname}/{message}", stream=sys.stdout)
logging.warning("brace")
logging.basicConfig(filename="/tmp/lg_test.log", filemode="w", force=True, format="%(message)s")
logging.warning("to file")
logging.warning("to file 2")
logging.shutdown()
print(open("/tmp/lg_test.log").read())
logging.basicConfig(force=True, stream=sys.stdout)
import warnings
logging.captureWarnings(True)
warnings.warn("captured")
logging.captureWarnings(False)
try:
    logging.getLogger(5)
except TypeError as e:
    print(e)
def outer_call():
    logging.warning("stacklevel", stacklevel=2)
logging.basicConfig(force=True, stream=sys.stdout, format="%(funcName)s:%(lineno)d:%(message)s")
outer_call()
def deeper():
    outer_call()
deeper()
logging.error("with stack", stack_info=True)
print(logging.getLevelNamesMapping()["WARN"])

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
# ERR: WARNING:root:no config 1
# <RootLogger root (WARNING)> <Logger app (WARNING)> True 30
# ERR: ERROR:app:shown 5
# ERR: last resort x
# NOTICE 25 Level 33 20
# app|DEBUG|10|dbg a b|func|29|logging__basic.py|logging__basic
# app|INFO|20|info v|func|30|logging__basic.py|logging__basic
# app|Level 25|25|custom level|<module>|32|logging__basic.py|logging__basic
# app|NOTICE|25|custom named|<module>|34|logging__basic.py|logging__basic
#
# app.sub app 10 <Logger app.sub.leaf (DEBUG)>
# ERR: not propagated
# 'app.sub.leaf|WARNING|30|from child|<module>|42|logging__basic.py|logging__basic\n'
# True True
# ' WARNING:st{:hello w\n'
# 'WARNING-hello w\n'
# 'WARNING hello w\n'
# ValueError Invalid format '%(x' for '%' style
# ValueError invalid format: invalid conversion: 'z'
# ValueError invalid format: no fields
# ValueError invalid format: bare '$' not allowed
# ValueError Invalid format 'plain' for '%' style
# ValueError Style must be one of: %,{,$
# failed
# Traceback (most recent call last):
#   File "logging__basic.py", line 64, in <module>
#     raise ZeroDivisionError("zero")
# ZeroDivisionError: zero
# with info
# Traceback (most recent call last):
#   File "logging__basic.py", line 64, in <module>
#     raise ZeroDivisionError("zero")
# ZeroDivisionError: zero
# given
# ValueError: v
#
# 'n=1\nn=3\nm=1\n'
# a.b True
# a.b.c True
# a.bc False
# a False
# x False
# KeyError "Attempt to overwrite 'message' in LogRecord"
# 'bob hi there\nann direct\n' <LoggerAdapter adp (WARNING)>
# 10
# ValueError Unknown level: 'NOPE'
# TypeError Level not an integer or a valid string: 1.5
# TypeError level must be an integer
# False True
# True
# False
# <LogRecord: n, 20, /x/y/mod.py, 7, "m %s"> m a mod.py mod INFO MainThread MainProcess fn
# float float True
# hello 40 None
# True 1970-01-01 ,005
# m
# 1 m
# ValueError Formatting field not found in record: 'nope'
# <StreamHandler (NOTSET)> <NullHandler (NOTSET)> <_StderrHandler (WARNING)>
# nh
# INFO root via basic 3
# INFO deep.one deep
# 'stream' and 'filename' should not be specified together
# Unrecognised argument(s): foo
# WARNING/brace
# to file
# to file 2
#
# WARNING:py.warnings:logging__basic.py:160: UserWarning: captured
#   warnings.warn("captured")
#
# A logger name must be a string
# <module>:169:stacklevel
# deeper:171:stacklevel
# <module>:173:with stack
# Stack (most recent call last):
#   File "logging__basic.py", line 173, in <module>
#     logging.error("with stack", stack_info=True)
# 30
#
