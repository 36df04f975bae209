# sandpy-only
# A child's uncaught exception reaches its joiner as sandbox.SandboxError:
# the message names the child's exception type and message, .kind is
# 'exception', and .traceback is the child's traceback text, frames included.
import sandbox


def parse_all(items):
    return [parse_one(x) for x in items]


def parse_one(x):
    return int(x)


h = sandbox.spawn(parse_all, ["1", "2", "three"])
try:
    h.join()
except sandbox.SandboxError as e:
    print("caught", type(e).__name__)
    print("str:", e)
    print("kind:", e.kind)
    print("exception_type:", e.exception_type)
    print("exception_message:", e.exception_message)
    tb = e.traceback.splitlines()
    print("first line:", tb[0])
    print("last line:", tb[-1])
    # File names are absolute paths: look for the frames' tails only.
    print("names parse_all:", any(l.endswith(", in parse_all") for l in tb))
    print("names parse_one:", any(l.endswith(", in parse_one") for l in tb))
    print("parse_one's line:", any("line 13, in parse_one" in l for l in tb))
    print("source line shown:", "    return int(x)" in tb)
    print("is an Exception:", isinstance(e, Exception))
print("done after failure", h.done())

# Joining again raises the same failure again.
try:
    h.join()
except sandbox.SandboxError as e:
    print("again:", e.exception_type, e.kind)


# A custom exception class of the child is reported by name.
class Boom(Exception):
    pass


def explode(n):
    raise Boom("exploded with %d" % n)


try:
    sandbox.spawn(explode, 7).join()
except sandbox.SandboxError as e:
    print("custom:", e)
    print(e.exception_type, "|", e.exception_message)


# An exception without a message.
def bare():
    raise KeyError


try:
    sandbox.spawn(bare).join()
except sandbox.SandboxError as e:
    print("bare:", e, "| message:", repr(e.exception_message))


# A result that cannot be frozen fails the child, not the parent.
def make_gen():
    return (i for i in range(3))


try:
    sandbox.spawn(make_gen).join()
except sandbox.SandboxError as e:
    print("unfreezable result:", e.kind, e.exception_type)


# The child's failure leaves the parent's state alone and the parent can
# go on spawning.
print(sandbox.spawn(lambda: "still fine").join())


# A chained exception in the child keeps both parts in the traceback text.
def chained():
    try:
        {}["missing"]
    except KeyError as k:
        raise ValueError("lookup failed") from k


try:
    sandbox.spawn(chained).join()
except sandbox.SandboxError as e:
    print("chained:", e.exception_type)
    print("cause shown:", "KeyError: 'missing'" in e.traceback)
    print("direct cause line:", "direct cause of the following exception" in e.traceback)

# Output:
# caught SandboxError
# str: sandbox raised ValueError: invalid literal for int() with base 10: 'three'
# kind: exception
# exception_type: ValueError
# exception_message: invalid literal for int() with base 10: 'three'
# first line: Traceback (most recent call last):
# last line: ValueError: invalid literal for int() with base 10: 'three'
# names parse_all: True
# names parse_one: True
# parse_one's line: True
# source line shown: True
# is an Exception: True
# done after failure True
# again: ValueError exception
# custom: sandbox raised Boom: exploded with 7
# Boom | exploded with 7
# bare: sandbox raised KeyError | message: ''
# unfreezable result: exception TypeError
# still fine
# chained: ValueError
# cause shown: True
# direct cause line: True
