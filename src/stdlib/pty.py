"""pty: a sandbox has no terminals and cannot start processes."""

import _refusal

_WHY = ("a sandbox has no terminals and cannot start processes; run Python "
        "code in parallel with sandbox.spawn")

STDIN_FILENO = 0
STDOUT_FILENO = 1
STDERR_FILENO = 2
CHILD = 0

openpty = _refusal.function("pty.openpty", PermissionError, _WHY)
fork = _refusal.function("pty.fork", PermissionError, _WHY)
spawn = _refusal.function("pty.spawn", PermissionError, _WHY)
