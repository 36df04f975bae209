import inspect
import functools


def simple(a, b):
    return a + b


def decorate(f):
    return f


@decorate
def decorated(
        x,
        y=(1,
           2)):
    """Doc with a
dedented line."""
    s = '''
text at column 0
'''
    # comment

    return s


class Outer:
    """Outer doc."""

    x = 1

    class Inner:
        def method(self):
            return [
                1,
            ]

    def after(self):
        pass


one_liner = lambda v: v * 2


def last(): return 1


for obj in [simple, decorated, Outer, Outer.Inner, Outer.Inner.method, Outer().after, one_liner, last]:
    lines, start = inspect.getsourcelines(obj)
    print(start, len(lines))
    print(inspect.getsource(obj), end='---\n')
text = inspect.getsource(inspect.getmodule(simple))
print(text.splitlines()[0])
for obj in [len, 1, eval('lambda: 0')]:
    try:
        inspect.getsource(obj)
    except (TypeError, OSError) as e:
        print(type(e).__name__, e if not isinstance(e, TypeError) else '')

# Output:
# 5 2
# def simple(a, b):
#     return a + b
# ---
# 13 13
# @decorate
# def decorated(
#         x,
#         y=(1,
#            2)):
#     """Doc with a
# dedented line."""
#     s = '''
# text at column 0
# '''
#     # comment
#
#     return s
# ---
# 28 13
# class Outer:
#     """Outer doc."""
#
#     x = 1
#
#     class Inner:
#         def method(self):
#             return [
#                 1,
#             ]
#
#     def after(self):
#         pass
# ---
# 33 5
#     class Inner:
#         def method(self):
#             return [
#                 1,
#             ]
# ---
# 34 4
#         def method(self):
#             return [
#                 1,
#             ]
# ---
# 39 2
#     def after(self):
#         pass
# ---
# 43 1
# one_liner = lambda v: v * 2
# ---
# 46 1
# def last(): return 1
# ---
# import inspect
# TypeError 
# TypeError 
# OSError could not get source code
