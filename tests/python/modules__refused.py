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
    lambda: multiprocessing.Process(target=print), lambda: multiprocessing.Pool(2), lambda: multiprocessing.Manager(),
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
