# Walking a deeply nested group (split, subgroup, except*, repr) ends in
# RecursionError, as in CPython, never in a crash.
e = ValueError(1)
for i in range(20000):
    e = ExceptionGroup("x", [e])


def attempt(label, f):
    try:
        f()
        print(label, "done")
    except RecursionError as r:
        print(label, "->", r)


attempt("split", lambda: e.split(TypeError))
attempt("subgroup by a function", lambda: e.subgroup(lambda x: False))
attempt("repr", lambda: repr(e))


def star():
    try:
        raise e
    except* TypeError:
        pass


attempt("except*", star)
# A full match at the top returns the group itself without walking it.
print(e.subgroup(ExceptionGroup) is e, e.split(BaseException)[1])

# Output:
# split -> maximum recursion depth exceeded in exceptiongroup_split_recursive
# subgroup by a function -> maximum recursion depth exceeded
# repr -> maximum recursion depth exceeded while getting the repr of an object
# except* -> maximum recursion depth exceeded in exceptiongroup_split_recursive
# True None
