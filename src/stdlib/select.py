"""select: a sandbox has no file descriptors to wait on."""

import _refusal

_WHY = ("a sandbox has no file descriptors to wait on; wait on "
        "sandbox.Queue (get with a timeout) or use asyncio")

error = OSError
POLLIN = 1
POLLPRI = 2
POLLOUT = 4
POLLERR = 8
POLLHUP = 16
POLLNVAL = 32
EPOLLIN = 1
EPOLLOUT = 4
EPOLLERR = 8
EPOLLHUP = 16
PIPE_BUF = 4096

select = _refusal.function("select.select", NotImplementedError, _WHY)
poll = _refusal.function("select.poll", NotImplementedError, _WHY)
epoll = _refusal.cls("select.epoll", NotImplementedError, _WHY)
