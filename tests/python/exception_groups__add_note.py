# BaseException.add_note and __notes__ (3.11), on any exception.


def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as x:
        print(label, "->", type(x).__name__ + ":", x)


e = ValueError("v")
print(hasattr(e, "__notes__"))
print(e.add_note("first"))
e.add_note("second\nline")
print(e.__notes__, e.__dict__)


class S(str):
    pass


e.add_note(S("sub"))
print(type(e.__notes__[-1]).__name__)
attempt("int note", lambda: e.add_note(1))
attempt("bytes note", lambda: e.add_note(b"x"))
attempt("no note", lambda: e.add_note())
attempt("two notes", lambda: e.add_note("a", "b"))
attempt("keyword", lambda: e.add_note(note="a"))
e.__notes__ = ("a", "tuple")
attempt("tuple notes", lambda: e.add_note("x"))
e.__notes__ = []
e.add_note("again")
print(e.__notes__)
del e.__notes__
e.add_note("fresh")
print(e.__notes__)


class Custom(Exception):
    pass


c = Custom()
c.add_note("custom")
print(c.__notes__)
eg = ExceptionGroup("g", [c])
eg.add_note("on the group")
print(eg.__notes__, eg.exceptions[0].__notes__)
print(BaseException.add_note.__name__)

# Output:
# False
# None
# ['first', 'second\nline'] {'__notes__': ['first', 'second\nline']}
# S
# int note -> TypeError: note must be a str, not 'int'
# bytes note -> TypeError: note must be a str, not 'bytes'
# no note -> TypeError: BaseException.add_note() takes exactly one argument (0 given)
# two notes -> TypeError: BaseException.add_note() takes exactly one argument (2 given)
# keyword -> TypeError: BaseException.add_note() takes no keyword arguments
# tuple notes -> TypeError: Cannot add note: __notes__ is not a list
# ['again']
# ['fresh']
# ['custom']
# ['on the group'] ['custom']
# add_note
