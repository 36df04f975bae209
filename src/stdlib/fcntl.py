"""fcntl: a sandbox has no file descriptors to control or lock."""

import _refusal

_WHY = ("a sandbox has no file descriptors; files are reached through the "
        "file controller with open(), and a sandbox's files are its own")

LOCK_SH = 1
LOCK_EX = 2
LOCK_NB = 4
LOCK_UN = 8
F_GETFD = 1
F_SETFD = 2
F_GETFL = 3
F_SETFL = 4
FD_CLOEXEC = 1

fcntl = _refusal.function("fcntl.fcntl", PermissionError, _WHY)
ioctl = _refusal.function("fcntl.ioctl", PermissionError, _WHY)
flock = _refusal.function("fcntl.flock", PermissionError, _WHY)
lockf = _refusal.function("fcntl.lockf", PermissionError, _WHY)
