"""subprocess: a sandbox cannot start processes.

The module imports, its constants and exceptions are there (so code that
names them at import time or in an `except` runs), and every way of
starting a process raises PermissionError saying what to use instead."""

import _refusal

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "run", "CalledProcessError", "DEVNULL",
           "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_WHY = ("a sandbox cannot start processes; run Python code in parallel "
        "with sandbox.spawn, and reach a host program only through a proxy "
        "the host grants")


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' returned non-zero exit status %d." % (
            self.cmd, self.returncode)

    @property
    def stdout(self):
        return self.output


class TimeoutExpired(SubprocessError):
    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return ("Command '%s' timed out after %s seconds" %
                (self.cmd, self.timeout))

    @property
    def stdout(self):
        return self.output


class CompletedProcess(object):
    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args),
                'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout,
                                     self.stderr)


Popen = _refusal.cls("subprocess.Popen", PermissionError, _WHY)
run = _refusal.function("subprocess.run", PermissionError, _WHY)
call = _refusal.function("subprocess.call", PermissionError, _WHY)
check_call = _refusal.function("subprocess.check_call", PermissionError, _WHY)
check_output = _refusal.function("subprocess.check_output", PermissionError,
                                 _WHY)
getoutput = _refusal.function("subprocess.getoutput", PermissionError, _WHY)
getstatusoutput = _refusal.function("subprocess.getstatusoutput",
                                    PermissionError, _WHY)
