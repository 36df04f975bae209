# sandpy-only
# The modules a sandbox refuses import, keep their constants and exception
# classes, and raise PermissionError or NotImplementedError saying why and
# what to use instead; threading works as far as one thread can.
import subprocess, socket, ctypes, signal, multiprocessing, mmap, select, fcntl, pty, threading
tests = [
    lambda: subprocess.run(["ls"]), lambda: subprocess.Popen("x"), lambda: subprocess.check_output("x"),
    lambda: socket.socket(), lambda: socket.gethostname(), lambda: socket.create_connection(("a", 1)),
    lambda: ctypes.CDLL("libc.so.6"), lambda: ctypes.c_int(3), lambda: ctypes.sizeof(1),
    lambda: signal.signal(signal.SIGINT, signal.SIG_IGN), lambda: signal.alarm(1),
    lambda: multiprocessing.Process(target=print), lambda: multiprocessing.Pipe(), lambda: multiprocessing.Manager(),
    lambda: multiprocessing.Value('i', 1), lambda: multiprocessing.Queue(),
    lambda: mmap.mmap(-1, 10), lambda: select.select([], [], []), lambda: fcntl.flock(1, fcntl.LOCK_EX),
    lambda: pty.fork(), lambda: threading.Thread(target=print).start(),
]
for t in tests:
    try:
        t()
    except (PermissionError, NotImplementedError) as e:
        print(type(e).__name__, e)
print(subprocess.PIPE, socket.AF_INET, signal.SIGTERM, signal.getsignal(signal.SIGTERM), mmap.ACCESS_READ)
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError), str(subprocess.CalledProcessError(1, "ls")))
print(repr(subprocess.CompletedProcess(["a"], 0, b"x")), socket.htons(1), socket.htonl(1))
print(multiprocessing.cpu_count() > 0, multiprocessing.current_process().name, multiprocessing.get_start_method())
try:
    raise subprocess.TimeoutExpired("cmd", 5)
except subprocess.SubprocessError as e:
    print(e)
l = threading.Lock()
print(l.acquire(), l.locked(), l.acquire(False), l.acquire(True, 0.01))
try:
    l.acquire()
except RuntimeError as e:
    print("RuntimeError", e)
l.release()
try:
    l.release()
except RuntimeError as e:
    print("RuntimeError", e)
r = threading.RLock()
with r:
    with r:
        print("reentrant ok")
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
loc = threading.local(); loc.x = 5; print(loc.x)
t = threading.current_thread()
print(t.name, threading.main_thread() is t, threading.active_count(), threading.get_ident() == t.ident, len(threading.enumerate()))
th = threading.Thread(target=print, name="w")
print(th.name, th.is_alive(), th.daemon)
e = threading.Event(); print(e.is_set(), e.wait(0.01)); e.set(); print(e.wait())
try:
    threading.Event().wait()
except RuntimeError as ex:
    print("RuntimeError", ex)
for bad in [lambda: l.acquire(False, 1), lambda: l.acquire(True, -5)]:
    try:
        bad()
    except ValueError as ex:
        print("ValueError", ex)
c = threading.Condition()
with c:
    print(c.wait(0.01))
    c.notify_all()
s = threading.Semaphore(1); print(s.acquire(), s.acquire(False))

# Output:
# PermissionError subprocess.run(): a sandbox cannot start processes; run Python code in parallel with sandbox.spawn, and reach a host program only through a proxy the host grants
# PermissionError subprocess.Popen(): a sandbox cannot start processes; run Python code in parallel with sandbox.spawn, and reach a host program only through a proxy the host grants
# PermissionError subprocess.check_output(): a sandbox cannot start processes; run Python code in parallel with sandbox.spawn, and reach a host program only through a proxy the host grants
# PermissionError socket.socket(): a sandbox has no network access; the host can grant a proxy (sandbox.Config(proxies=...)) for what it needs to reach
# PermissionError socket.gethostname(): a sandbox has no network access; the host can grant a proxy (sandbox.Config(proxies=...)) for what it needs to reach
# PermissionError socket.create_connection(): a sandbox has no network access; the host can grant a proxy (sandbox.Config(proxies=...)) for what it needs to reach
# PermissionError ctypes.CDLL(): a sandbox cannot load native libraries or read and write raw memory; sandpy runs Python code only
# PermissionError ctypes.c_int(): a sandbox cannot load native libraries or read and write raw memory; sandpy runs Python code only
# PermissionError ctypes.sizeof(): a sandbox cannot load native libraries or read and write raw memory; sandpy runs Python code only
# NotImplementedError signal.signal(): a sandbox receives no signals; the host bounds a program's time with its caps (--time, sandbox.Config(time=...)), and a program can bound its own waits with timeouts
# NotImplementedError signal.alarm(): a sandbox receives no signals; the host bounds a program's time with its caps (--time, sandbox.Config(time=...)), and a program can bound its own waits with timeouts
# NotImplementedError multiprocessing.Process(): run a function in parallel with sandbox.spawn(function, ...)
# NotImplementedError multiprocessing.Pipe(): pass values between sandboxes with sandbox.Queue
# NotImplementedError multiprocessing.Manager(): sandboxes share no memory: send values through sandbox.Queue, or keep shared state in an object the host serves as a proxy
# NotImplementedError multiprocessing.Value(): sandboxes share no memory: send values through sandbox.Queue, or keep shared state in an object the host serves as a proxy
# NotImplementedError multiprocessing.Queue(): pass values between sandboxes with sandbox.Queue
# PermissionError mmap.mmap(): a sandbox cannot map files or share memory; read and write files with open() (through the sandbox's file grants) and share values with sandbox.Queue
# NotImplementedError select.select(): a sandbox has no file descriptors to wait on; wait on sandbox.Queue (get with a timeout) or use asyncio
# PermissionError fcntl.flock(): a sandbox has no file descriptors; files are reached through the file controller with open(), and a sandbox's files are its own
# PermissionError pty.fork(): a sandbox has no terminals and cannot start processes; run Python code in parallel with sandbox.spawn
# NotImplementedError threading.Thread.start(): a sandbox runs one thread and shares no memory; run work in parallel with sandbox.spawn(function, ...) and exchange values through sandbox.Queue (concurrent code that only waits can use asyncio)
# -1 2 15 0 1
# True Command 'ls' returned non-zero exit status 1.
# CompletedProcess(args=['a'], returncode=0, stdout=b'x') 256 16777216
# True MainProcess spawn
# Command 'cmd' timed out after 5 seconds
# True True False False
# RuntimeError deadlock: acquire() of a Lock already held would wait forever, since this sandbox has no other thread to wake it (a sandbox runs one thread and shares no memory; run work in parallel with sandbox.spawn(function, ...) and exchange values through sandbox.Queue)
# RuntimeError release unlocked lock
# reentrant ok
# RuntimeError cannot release un-acquired lock
# 5
# MainThread True 1 True 1
# w False False
# False False
# True
# RuntimeError deadlock: Event.wait() of an unset event would wait forever, since this sandbox has no other thread to wake it (a sandbox runs one thread and shares no memory; run work in parallel with sandbox.spawn(function, ...) and exchange values through sandbox.Queue)
# ValueError can't specify a timeout for a non-blocking call
# ValueError timeout value must be positive
# False
# True False
