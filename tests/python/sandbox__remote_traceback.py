# sandpy-only: CPython has no sandboxes
# A child's uncaught exception reaches its joiner as a SandboxError whose
# cause is a RemoteTraceback holding the child's traceback (as
# concurrent.futures shows a worker's): left uncaught in the parent, both
# are printed, the child's first.
import sandbox


def inner(x):
    return 1 / x


def child(x):
    return inner(x)


try:
    sandbox.spawn(child, 0).join()
except sandbox.SandboxError as e:
    cause = e.__cause__
    print(type(cause).__name__, isinstance(cause, Exception), e.__suppress_context__)
    print(str(cause).splitlines()[-2])
print(sandbox.spawn(child, 2).join())
sandbox.spawn(child, 0).join()
# Output:
# RemoteTraceback True True
# ZeroDivisionError: division by zero
# 0.5
# Traceback:
# sandbox.RemoteTraceback: 
# """
# Traceback (most recent call last):
#   File "sandbox__remote_traceback.py", line 14, in child
#     return inner(x)
#   File "sandbox__remote_traceback.py", line 10, in inner
#     return 1 / x
# ZeroDivisionError: division by zero
# """
#
# The above exception was the direct cause of the following exception:
#
# Traceback (most recent call last):
#   File "sandbox__remote_traceback.py", line 24, in <module>
#     sandbox.spawn(child, 0).join()
# sandbox.SandboxError: sandbox raised ZeroDivisionError: division by zero
