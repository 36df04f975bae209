"""CPython stand-in for sandpy's native `_asyncio` (src/modules/asyncio_native.rs),
so that sandpy's asyncio package (src/stdlib/asyncio/) runs on CPython."""
import time, inspect, sys, traceback
monotonic = time.monotonic
sleep = time.sleep
def iscoroutinefunction(f):
    return inspect.iscoroutinefunction(f)
def report(text, exc):
    out = text + "\n"
    if exc is not None:
        out += "".join(traceback.format_exception(exc))
    sys.stderr.write(out)
def position(obj):
    if inspect.isfunction(obj):
        return (obj.__code__.co_filename, obj.__code__.co_firstlineno, True)
    if inspect.iscoroutine(obj) or inspect.isgenerator(obj):
        code = getattr(obj, 'cr_code', None) or obj.gi_code
        frame = getattr(obj, 'cr_frame', None) if hasattr(obj, 'cr_frame') else obj.gi_frame
        if frame is None:
            return (code.co_filename, code.co_firstlineno, True)
        return (code.co_filename, frame.f_lineno, False)
    return None
