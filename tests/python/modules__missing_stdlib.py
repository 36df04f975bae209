# sandpy-only: CPython has these modules
# A module of CPython's standard library that sandpy does not have is a
# ModuleNotFoundError that says so and where the list of modules is; a
# name that is not in the standard library keeps CPython's plain message.
# `e.name` is the module's name either way.
for name in ("tkinter", "sqlite3", "xml", "no_such_module_here", "numpy"):
    try:
        __import__(name)
    except ModuleNotFoundError as e:
        print(e.name, "|", e)
try:
    import email.mime.text
except ModuleNotFoundError as e:
    print(e.name, "|", e)
# Output:
# tkinter | No module named 'tkinter' (a module of CPython's standard library that sandpy does not have; docs/compatibility.md, "Standard library", lists the modules it has)
# sqlite3 | No module named 'sqlite3' (a module of CPython's standard library that sandpy does not have; docs/compatibility.md, "Standard library", lists the modules it has)
# xml | No module named 'xml' (a module of CPython's standard library that sandpy does not have; docs/compatibility.md, "Standard library", lists the modules it has)
# no_such_module_here | No module named 'no_such_module_here'
# numpy | No module named 'numpy'
# email | No module named 'email' (a module of CPython's standard library that sandpy does not have; docs/compatibility.md, "Standard library", lists the modules it has)
