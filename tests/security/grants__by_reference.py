# sandpy-only: grants and child sandboxes
# Route: get a capability by reference instead of by grant. A child spawned
# with no modules (or no builtins) can still be handed a module or a
# builtin by its parent: as an argument, or in the globals snapshot of a
# frozen function that uses it. That is capability passing, not an escape,
# as long as what travels is frozen and acts on the caller: the module
# arrives as a frozen copy, its natives act on the calling sandbox (its own
# sys.modules, its own exit), and nothing the parent did not send is
# reachable. Today every native module is pure; a native that touches the
# host must check the calling sandbox's grants when it is called.
import sys
import math
import sandbox
from _escape import attempt


def uses_modules():
    return [math.sqrt(16), sandbox.is_frozen(sys), sorted(sys.modules)]


def import_itself():
    import math
    return math.sqrt(4)


def calls(fn):
    return fn([1, 2])


no_modules = sandbox.Config(modules=[])
attempt("child without modules imports math",
        lambda: sandbox.spawn(import_itself, _config=no_modules).join())
attempt("child without modules uses the parent's math and sys",
        lambda: sandbox.spawn(uses_modules, _config=no_modules).join())
attempt("child without builtins is handed len",
        lambda: sandbox.spawn(calls, len, _config=sandbox.Config(builtins=False)).join())
attempt("child without builtins calls len itself",
        lambda: sandbox.spawn(calls, lambda x: len(x), _config=sandbox.Config(builtins=False)).join())

# Output:
# child without modules imports math: SandboxError: sandbox raised PermissionError: import of module 'math' is not granted to this sandbox (grant it with sandbox.Config(modules=[..., 'math']) or SandboxBuilder::module("math"))
# child without modules uses the parent's math and sys: [4.0, True, []]
# child without builtins is handed len: 2
# child without builtins calls len itself: SandboxError: sandbox raised NameError: name 'len' is not defined
