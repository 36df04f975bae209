# sandpy-only: the environment is the host's grant (--allow-env), not CPython's
# sandpy-args: --allow-env HOME --allow-env PATH --allow-env SANDPY_SURELY_UNSET_VAR
# os.environ holds exactly the granted variables that are set on the host
# (an unset one is left out); getenv, expanduser and expandvars read it.
import os

print(sorted(os.environ), type(os.environ).__name__)
print(os.environ["HOME"].startswith("/"), os.getenv("HOME") == os.environ["HOME"])
print(os.getenv("SANDPY_SURELY_UNSET_VAR"), os.getenv("SANDPY_SURELY_UNSET_VAR", "dflt"))
print(os.path.expanduser("~/x") == os.environ["HOME"].rstrip("/") + "/x")
print(os.path.expanduser("~other/x"), os.path.expanduser("a/~"))
print(os.path.expandvars("$HOME/q") == os.environ["HOME"] + "/q")
print(os.path.expandvars("${PATH}") == os.environ["PATH"], os.path.expandvars("$NOPE ${NOPE} $"))
os.environ["NEW"] = "1"
print(os.getenv("NEW"), "NEW" in os.environ)
# Output:
# ['HOME', 'PATH'] _Environ
# True True
# None dflt
# True
# ~other/x a/~
# True
# True $NOPE ${NOPE} $
# 1 True
