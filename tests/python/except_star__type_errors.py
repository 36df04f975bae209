# What an except* clause may name: an exception class or a tuple of them,
# never an exception group class (a TypeError at run time, when the clause
# is reached).


def run(label, f):
    try:
        f()
        print(label, "-> no exception")
    except BaseException as x:
        print(label, "->", type(x).__name__ + ":", x)
        return x


def group_class():
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass


x = run("ExceptionGroup", group_class)
print("  context:", repr(x.__context__))


def base_group_in_tuple():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* (TypeError, BaseExceptionGroup):
        pass


run("BaseExceptionGroup in a tuple", base_group_in_tuple)


class MyGroup(ExceptionGroup):
    pass


def subclass_of_group():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* MyGroup:
        pass


run("a group subclass", subclass_of_group)


def not_a_class():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* 42:
        pass


run("an int", not_a_class)


def not_exception_class():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* (ValueError, int):
        pass


run("int in a tuple", not_exception_class)


def not_reached():
    try:
        pass
    except* ExceptionGroup:
        pass


run("never reached", not_reached)


def earlier_clause_catches_all():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print("handled")
    except* ExceptionGroup:
        pass


run("checked even after everything is handled", earlier_clause_catches_all)


def name_error_in_type():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* undefined_name:
        pass


x = run("NameError in the type", name_error_in_type)
print("  context:", repr(x.__context__))


def list_of_classes():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* [ValueError]:
        pass


run("a list", list_of_classes)

# Output:
# ExceptionGroup -> TypeError: catching ExceptionGroup with except* is not allowed. Use except instead.
#   context: ValueError(1)
# BaseExceptionGroup in a tuple -> TypeError: catching ExceptionGroup with except* is not allowed. Use except instead.
# a group subclass -> TypeError: catching ExceptionGroup with except* is not allowed. Use except instead.
# an int -> TypeError: catching classes that do not inherit from BaseException is not allowed
# int in a tuple -> TypeError: catching classes that do not inherit from BaseException is not allowed
# never reached -> no exception
# handled
# checked even after everything is handled -> TypeError: catching ExceptionGroup with except* is not allowed. Use except instead.
# NameError in the type -> NameError: name 'undefined_name' is not defined
#   context: ExceptionGroup('eg', [ValueError(1)])
# a list -> TypeError: catching classes that do not inherit from BaseException is not allowed
