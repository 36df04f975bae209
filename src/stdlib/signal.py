"""signal: a sandbox receives no signals.

The signal numbers and handler constants are there; `getsignal` reports
the default for every signal, and installing a handler, raising a signal
or setting an alarm raises NotImplementedError (a host bounds a program's
time with its caps: `--time`, `sandbox.Config(time=...)`)."""

import _refusal

_WHY = ("a sandbox receives no signals; the host bounds a program's time "
        "with its caps (--time, sandbox.Config(time=...)), and a program "
        "can bound its own waits with timeouts")

SIG_DFL = 0
SIG_IGN = 1
SIGHUP = 1
SIGINT = 2
SIGQUIT = 3
SIGILL = 4
SIGTRAP = 5
SIGABRT = 6
SIGBUS = 7
SIGFPE = 8
SIGKILL = 9
SIGUSR1 = 10
SIGSEGV = 11
SIGUSR2 = 12
SIGPIPE = 13
SIGALRM = 14
SIGTERM = 15
SIGCHLD = 17
SIGCONT = 18
SIGSTOP = 19
SIGTSTP = 20
NSIG = 65
ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2


def default_int_handler(signalnum, frame, /):
    raise KeyboardInterrupt


def getsignal(signalnum, /):
    if not isinstance(signalnum, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(signalnum).__name__)
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")
    if signalnum == SIGINT:
        return default_int_handler
    return SIG_DFL


def valid_signals():
    return set(range(1, NSIG))


for _name in ("signal", "alarm", "pause", "raise_signal", "setitimer",
              "getitimer", "siginterrupt", "set_wakeup_fd", "pthread_kill",
              "pthread_sigmask", "sigwait", "sigpending", "pidfd_send_signal"):
    globals()[_name] = _refusal.function("signal." + _name,
                                         NotImplementedError, _WHY)
del _name
