# sandpy-only: CPython has sys._getframe and frame objects
# Route: sys._getframe(n).f_back ... .f_globals reaches the caller's (the
# host's) globals; sys._current_frames, settrace and setprofile reach every
# frame of the process. sandpy has no frame objects: none of these exist,
# in the main program or in a child sandbox running the parent's function.
import sys
import sandbox
from _escape import attempt


def walk():
    import sys
    attempt("sys._getframe", lambda: sys._getframe)
    attempt("sys._getframe(1)", lambda: sys._getframe(1).f_back.f_globals)
    attempt("sys._current_frames", lambda: sys._current_frames)
    attempt("sys.settrace", lambda: sys.settrace)
    attempt("sys.setprofile", lambda: sys.setprofile)
    attempt("sys.gettrace", lambda: sys.gettrace)
    attempt("sys.last_traceback", lambda: sys.last_traceback)
    attempt("sys.exc_info()[2]", lambda: sys.exc_info()[2])
    try:
        raise KeyError("k")
    except KeyError:
        attempt("sys.exc_info()[2] in handler", lambda: sys.exc_info()[2])
    return "done"


print("-- main")
walk()
print("-- child")
print(sandbox.spawn(walk).join())

# Output:
# -- main
# sys._getframe: AttributeError: module 'sys' has no attribute '_getframe'
# sys._getframe(1): AttributeError: module 'sys' has no attribute '_getframe'
# sys._current_frames: AttributeError: module 'sys' has no attribute '_current_frames'
# sys.settrace: AttributeError: module 'sys' has no attribute 'settrace'
# sys.setprofile: AttributeError: module 'sys' has no attribute 'setprofile'
# sys.gettrace: AttributeError: module 'sys' has no attribute 'gettrace'
# sys.last_traceback: AttributeError: module 'sys' has no attribute 'last_traceback'
# sys.exc_info()[2]: None
# sys.exc_info()[2] in handler: None
# -- child
# sys._getframe: AttributeError: module 'sys' has no attribute '_getframe'
# sys._getframe(1): AttributeError: module 'sys' has no attribute '_getframe'
# sys._current_frames: AttributeError: module 'sys' has no attribute '_current_frames'
# sys.settrace: AttributeError: module 'sys' has no attribute 'settrace'
# sys.setprofile: AttributeError: module 'sys' has no attribute 'setprofile'
# sys.gettrace: AttributeError: module 'sys' has no attribute 'gettrace'
# sys.last_traceback: AttributeError: module 'sys' has no attribute 'last_traceback'
# sys.exc_info()[2]: None
# sys.exc_info()[2] in handler: None
# done
