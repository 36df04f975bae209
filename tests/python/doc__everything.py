"""The module's docstring."""
# __doc__ of modules, functions, classes, methods, lambdas, properties and
# builtin types; a docstring is only the first statement's string.
import sys
print(__doc__)
print(sys.modules[__name__].__doc__ if __name__ in sys.modules else __doc__)


def documented():
    """Function doc."""


def undocumented():
    x = 1
    "not a docstring"


def f_string_is_not_doc():
    f"no {1}"


class C:
    """Class doc."""

    def m(self):
        """Method doc."""

    @property
    def p(self):
        """Property doc."""
        return 1


class D:
    x = 1


print(documented.__doc__, undocumented.__doc__, f_string_is_not_doc.__doc__)
print(C.__doc__, C.m.__doc__, C().m.__doc__, C.p.__doc__, C().__doc__)
print(D.__doc__, D().__doc__, (lambda: 0).__doc__)
documented.__doc__ = "changed"
print(documented.__doc__)
ns = {}
exec('"""exec doc"""\ndef g():\n    "g doc"\n', ns)
print(ns["__doc__"], ns["g"].__doc__)
exec("x = 1", ns2 := {})
print("__doc__" in ns2)

# Output:
# The module's docstring.
# The module's docstring.
# Function doc. None None
# Class doc. Method doc. Method doc. Property doc. Class doc.
# None None None
# changed
# exec doc g doc
# False
