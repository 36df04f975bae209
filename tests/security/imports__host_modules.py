# sandpy-only: CPython imports os, ctypes, ... and honours __import__
# Route: import a module that touches the host (os beyond its file
# functions, posix, subprocess (a shell that refuses), io beyond open (no FileIO, no file
# descriptors: sandpy's io is Python over the native _io),
# ctypes, pickle, marshal, builtins; importlib's loaders; gc is sandpy's own,
# with no heap walks: gc__get_objects.py), replace __import__ in
# the builtins to hook every later import, add a directory to sys.path to
# import from anywhere, or use __loader__ / sys.meta_path to load by hand.
# sandpy's importer knows only its native modules (math, time, random, sys,
# sandbox, within the sandbox's grants) and .py files beside the main
# script; it reads neither builtins.__import__ nor sys.path. The builtin
# __import__ is that same importer (it is what `import` runs, not a hook).
import sys
import sandbox
from _escape import attempt


def try_imports():
    refused = []
    # os is the file controller's module: file functions and path
    # arithmetic only, nothing that runs, signals or exits.
    import os
    print("os reaches the host by:", [n for n in ("system", "popen", "fork", "execv",
          "spawnv", "_exit", "kill", "chdir", "open", "fdopen", "dup2")
          if hasattr(os, n)])
    # os.environ holds only the variables the host granted (--allow-env):
    # none here.
    print("os.environ without a grant:", dict(os.environ))
    try:
        import posix
    except ImportError:
        refused.append("posix")
    import io
    import _io
    print("io reaches the host by:", [n for n in ("FileIO", "open_code", "BufferedRandom",
          "BufferedRWPair", "fileno") if hasattr(io, n)], "open is the builtin:", io.open is open)
    print("_io offers:", sorted(n for n in dir(_io) if not n.startswith("_")))
    try:
        import pickle
    except ImportError:
        refused.append("pickle")
    try:
        import marshal
    except ImportError:
        refused.append("marshal")
    # importlib is the sandbox's own importer (import_module, reload): the
    # same names, grants and file controller as `import`, no loaders.
    import importlib
    print("importlib offers:", sorted(n for n in dir(importlib) if not n.startswith("_")))
    try:
        importlib.import_module("posix")
    except ImportError:
        refused.append("importlib.import_module('posix')")
    try:
        import builtins
    except ImportError:
        refused.append("builtins")
    try:
        import shutil
    except ImportError:
        refused.append("shutil")
    # pathlib is granted: its file operations go through os, so through
    # the file controller (tests/python/pathlib__files.py).
    try:
        import _thread
    except ImportError:
        refused.append("_thread")
    try:
        import resource
    except ImportError:
        refused.append("resource")
    try:
        import code
    except ImportError:
        refused.append("code")
    try:
        import pdb
    except ImportError:
        refused.append("pdb")
    print("host modules refused:", refused)
    # The modules a sandbox refuses import as shells whose every way to
    # the host raises (docs/compatibility.md, "Refused modules").
    import subprocess, ctypes, socket, pty, threading, signal
    for label, use in [
            ("subprocess.run", lambda: subprocess.run(["id"])),
            ("subprocess.Popen", lambda: subprocess.Popen(["id"])),
            ("ctypes.CDLL", lambda: ctypes.CDLL(None)),
            ("ctypes.c_int", lambda: ctypes.c_int(1)),
            ("socket.socket", lambda: socket.socket()),
            ("socket.getaddrinfo", lambda: socket.getaddrinfo("localhost", 80)),
            ("pty.spawn", lambda: pty.spawn("sh")),
            ("threading.Thread.start", lambda: threading.Thread(target=print).start()),
            ("signal.signal", lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))]:
        try:
            use()
            print(label, "ran")
        except (PermissionError, NotImplementedError) as e:
            print(label, "refused:", type(e).__name__)
    import sys
    sys.path.insert(0, "/etc")
    try:
        import passwd
    except ImportError as e:
        print("import passwd with /etc on sys.path:", type(e).__name__, e)
    attempt("__import__", lambda: __import__)
    attempt("__import__ of a host module", lambda: __import__("posix"))
    attempt("__loader__", lambda: __loader__)
    attempt("__spec__", lambda: __spec__)
    attempt("sys.meta_path", lambda: sys.meta_path)
    attempt("sys.path_hooks", lambda: sys.path_hooks)
    return "done"


hooked = []
saved = __builtins__["__import__"]
__builtins__["__import__"] = lambda *a, **k: hooked.append(a)
import math
print("an __import__ put in the builtins is not called:", hooked, math.floor(1.5))
__builtins__["__import__"] = saved
try_imports()
print("-- child")
print(sandbox.spawn(try_imports).join())

# Output:
# an __import__ put in the builtins is not called: [] 1
# os reaches the host by: []
# os.environ without a grant: {}
# io reaches the host by: [] open is the builtin: True
# _io offers: ['BufferedReader', 'BufferedWriter', 'StringIO', 'TextIOWrapper', 'UnsupportedOperation']
# importlib offers: ['import_module', 'invalidate_caches', 'reload']
# host modules refused: ['posix', 'pickle', 'marshal', "importlib.import_module('posix')", 'builtins', 'shutil', '_thread', 'resource', 'code', 'pdb']
# subprocess.run refused: PermissionError
# subprocess.Popen refused: PermissionError
# ctypes.CDLL refused: PermissionError
# ctypes.c_int refused: PermissionError
# socket.socket refused: PermissionError
# socket.getaddrinfo refused: PermissionError
# pty.spawn refused: PermissionError
# threading.Thread.start refused: NotImplementedError
# signal.signal refused: NotImplementedError
# import passwd with /etc on sys.path: ModuleNotFoundError No module named 'passwd'
# __import__: <built-in function __import__>
# __import__ of a host module: ModuleNotFoundError: No module named 'posix' (a module of CPython's standard library that sandpy does not have; docs/compatibility.md, "Standard library", lists the modules it has)
# __loader__: NameError: name '__loader__' is not defined
# __spec__: NameError: name '__spec__' is not defined
# sys.meta_path: AttributeError: module 'sys' has no attribute 'meta_path'
# sys.path_hooks: AttributeError: module 'sys' has no attribute 'path_hooks'
# -- child
# os reaches the host by: []
# os.environ without a grant: {}
# io reaches the host by: [] open is the builtin: True
# _io offers: ['BufferedReader', 'BufferedWriter', 'StringIO', 'TextIOWrapper', 'UnsupportedOperation']
# importlib offers: ['import_module', 'invalidate_caches', 'reload']
# host modules refused: ['posix', 'pickle', 'marshal', "importlib.import_module('posix')", 'builtins', 'shutil', '_thread', 'resource', 'code', 'pdb']
# subprocess.run refused: PermissionError
# subprocess.Popen refused: PermissionError
# ctypes.CDLL refused: PermissionError
# ctypes.c_int refused: PermissionError
# socket.socket refused: PermissionError
# socket.getaddrinfo refused: PermissionError
# pty.spawn refused: PermissionError
# threading.Thread.start refused: NotImplementedError
# signal.signal refused: NotImplementedError
# import passwd with /etc on sys.path: ModuleNotFoundError No module named 'passwd'
# __import__: <built-in function __import__>
# __import__ of a host module: ModuleNotFoundError: No module named 'posix' (a module of CPython's standard library that sandpy does not have; docs/compatibility.md, "Standard library", lists the modules it has)
# __loader__: NameError: name '__loader__' is not defined
# __spec__: NameError: name '__spec__' is not defined
# sys.meta_path: AttributeError: module 'sys' has no attribute 'meta_path'
# sys.path_hooks: AttributeError: module 'sys' has no attribute 'path_hooks'
# done
