# sandpy-only: CPython shows the process's environment
# Without --allow-env the environment is empty: nothing of the host's
# shows, ~ stays as it is and $VARS are left alone.
import os

print(dict(os.environ), repr(os.environ), os.getenv("HOME"), os.getenv("PATH", "none"))
print(os.path.expanduser("~"), os.path.expanduser("~/a"), os.path.expandvars("$HOME/${PATH}"))
print(os.getcwd(), os.getcwdb(), os.path.abspath("x/../y"), os.path.realpath("a/./b"))
print(os.path.relpath("/a/b"), os.path.relpath("/a/b", "/a/c/d"), os.path.ismount("/"))
print(os.get_exec_path(), isinstance(os.cpu_count(), int), len(os.urandom(16)), os.urandom(0))
# Output:
# {} environ({}) None none
# ~ ~/a $HOME/${PATH}
# / b'/' /y /a/b
# a/b ../../b True
# [] True 16 b''
