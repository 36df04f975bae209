"""Worker sandboxes fed by queues: the engine under `multiprocessing.Pool`
and `concurrent.futures.ProcessPoolExecutor`.

A pool is N long-lived sandboxes (`sandbox.spawn` of `_work`), one
`sandbox.Queue` of tasks they all take from and one of results they all
put to. The caller's sandbox has no second thread, so nothing reads the
results behind its back: every wait of the pool's objects (a result's
`get`, a future's `result`, an iterator's `next`, `join`) calls
`Engine.pump`, which takes results off the queue and hands each to the
job it belongs to (that is when callbacks run).

Values cross as copies, as pickling would make them: the function, its
arguments and the results are frozen by the queues, and thawed on arrival
(`sandbox.thaw`: ordinary mutable objects). A worker binds each function
it is sent to module namespaces of its own (`sandbox.localize`), so a
module-level cache it writes, or a global its initializer sets, lives on
in that worker from one task to the next, as in a worker process.

Invariants:
- a task is `(job, index, function, chunk, mode)`; a result is
  `(worker, job, index, ok, value)`; `job` None says the worker left
  (index 1: after `maxtasks` tasks, to be replaced; 0: told to end; or,
  with ok False, when its initializer failed);
- both queues are unbounded, so a worker never blocks on a put and the
  caller never blocks on a put: only the caller's waits block, and those
  wake every `_POLL` seconds to notice a worker that ended without saying
  so (a crash or a cap), which breaks the pool: every job still pending
  fails with the error that says why, rather than waiting forever;
- the workers end when the engine is shut down (a `None` task each, or
  the queue closed) or terminated (cancelled), when the object that owns
  the engine is collected (its `__del__`), and at the latest when the
  program ends (the runtime cancels a program's sandboxes). They are the
  caller's children, so the caller's caps bound them.
"""

import sandbox

_POLL = 0.1
_FUNCS_KEPT = 64


def _failure(e):
    """What a worker sends for an exception: (the exception frozen, or
    None when it cannot be; its type's name; its text; its traceback)."""
    try:
        import traceback
        tb = ''.join(traceback.format_exception(type(e), e, e.__traceback__))
    except Exception:
        tb = '%s: %s\n' % (type(e).__name__, e)
    try:
        frozen = sandbox.freeze(e)
    except Exception:
        frozen = None
    return (frozen, type(e).__name__, str(e), tb)


def _work(tasks, results, initializer, initargs, maxtasks, wid):
    """The loop of one worker sandbox."""
    import sandbox
    localize = sandbox.localize
    spaces = {}
    funcs = {}
    if initializer is not None:
        try:
            localize(initializer, spaces)(*initargs)
        except Exception as e:
            results.put((wid, None, -1, False, _failure(e)))
            return
    done = 0
    while maxtasks is None or done < maxtasks:
        try:
            task = tasks.get()
        except sandbox.QueueClosed:
            break
        if task is None:
            break
        job, index, func, chunk, mode = task
        entry = funcs.get(id(func))
        if entry is None or entry[0] is not func:
            if len(funcs) >= _FUNCS_KEPT:
                funcs.clear()
            entry = (func, localize(func, spaces))
            funcs[id(func)] = entry
        fn = entry[1]
        try:
            if mode == 0:
                value = [fn(x) for x in chunk]
            elif mode == 1:
                value = [fn(*x) for x in chunk]
            else:
                value = fn(*chunk[0], **chunk[1])
            ok = True
        except Exception as e:
            ok = False
            value = _failure(e)
        del fn, chunk, task
        try:
            results.put((wid, job, index, ok, value))
        except sandbox.QueueClosed:
            return
        except Exception as e:
            # The result could not be frozen (a generator, an open file):
            # that is the task's error.
            results.put((wid, job, index, False, _failure(e)))
        del value
        done += 1
    # index 1: it ran its `maxtasks` and wants a successor; 0: told to end.
    results.put((wid, None, int(maxtasks is not None and done >= maxtasks),
                 True, None))


def rebuild(failure, remote):
    """The exception a worker sent, raisable here, its cause a `remote`
    exception holding the worker's traceback (as CPython's pools do)."""
    frozen, name, text, tb = failure
    exc = None
    if frozen is not None:
        try:
            exc = sandbox.thaw(frozen)
        except Exception:
            exc = None
    if exc is None:
        exc = sandbox.SandboxError('%s: %s' % (name, text) if text else name)
    exc.__cause__ = remote('\n"""\n%s"""' % tb)
    return exc


class Engine:
    """N worker sandboxes, their two queues, and the jobs in flight.

    A job is any object with `_deliver(index, ok, value)` (value is the
    thawed result, or the rebuilt exception) and `_break(exc)` (the pool
    broke before its results came)."""

    def __init__(self, workers, initializer, initargs, maxtasks, remote):
        self._size = workers
        self._init = (initializer, tuple(initargs), maxtasks)
        self._remote = remote
        self._tasks = sandbox.Queue()
        self._results = sandbox.Queue()
        self._jobs = {}
        self._next_job = 0
        self._handles = {}
        self._next_worker = 0
        self._running = True
        self._terminated = False
        self.broken = None
        for _ in range(workers):
            self._spawn()

    def _spawn(self):
        initializer, initargs, maxtasks = self._init
        wid = self._next_worker
        self._next_worker += 1
        self._handles[wid] = sandbox.spawn(
            _work, self._tasks, self._results, initializer, initargs,
            maxtasks, wid)

    @property
    def size(self):
        return self._size

    def pending(self):
        return len(self._jobs)

    def add_job(self, job):
        """Register `job`; its id, for `send`."""
        if self.broken is not None:
            raise self.broken
        jid = self._next_job
        self._next_job += 1
        self._jobs[jid] = job
        return jid

    def send(self, jid, index, func, chunk, mode):
        """Queue one task of job `jid`. `func` is frozen once by the
        caller; the chunk is frozen here, by the queue."""
        self._tasks.put((jid, index, func, chunk, mode))

    def finish_job(self, jid):
        self._jobs.pop(jid, None)

    def pump(self, timeout=None):
        """Hand results that came to their jobs: wait up to `timeout`
        seconds (None: until one comes) for the first, then take what else
        is there. False when none came."""
        if not self._handles and self._results.empty():
            if self.broken is None:
                # Nothing can come: no worker is left.
                self._fail_all(ValueError("Pool not running"))
            return False
        wait = _POLL if timeout is None or timeout > _POLL else max(timeout, 0)
        try:
            msg = self._results.get(timeout=wait)
        except sandbox.Empty:
            self._check_workers()
            return False
        self._dispatch(msg)
        for _ in range(256):
            try:
                msg = self._results.get_nowait()
            except sandbox.Empty:
                break
            self._dispatch(msg)
        return True

    def _dispatch(self, msg):
        wid, jid, index, ok, value = msg
        if jid is None:
            self._left(wid, index, ok, value)
            return
        job = self._jobs.get(jid)
        if job is None:
            return
        if ok:
            value = sandbox.thaw(value)
        else:
            value = rebuild(value, self._remote)
        job._deliver(index, ok, value)

    def _left(self, wid, retired, ok, value):
        h = self._handles.pop(wid, None)
        if h is not None:
            h.join()
        if not ok:
            # The initializer failed: its traceback on stderr (as CPython
            # prints a worker's), and the pool is broken.
            import sys
            sys.stderr.write(value[3])
            self._break(RuntimeError(
                "a pool worker's initializer raised %s: %s (the pool is "
                "not usable anymore)" % (value[1], value[2])))
            return
        # A worker that leaves after its `maxtasks` is replaced, after a
        # shutdown too (the `None` it did not take is its successor's).
        if retired and not self._terminated:
            self._spawn()

    def _check_workers(self):
        for wid, h in list(self._handles.items()):
            if not h.done():
                continue
            # Ended without leaving: drain what it sent first.
            while True:
                try:
                    msg = self._results.get_nowait()
                except sandbox.Empty:
                    break
                self._dispatch(msg)
            if wid not in self._handles:
                continue
            del self._handles[wid]
            try:
                h.join()
                err = RuntimeError("a pool worker ended unexpectedly")
            except sandbox.SandboxError as e:
                err = e
            self._break(err)

    def _break(self, err):
        if self.broken is None:
            self.broken = err
        self.terminate()
        self._fail_all(err)

    def _fail_all(self, err):
        jobs = list(self._jobs.values())
        self._jobs.clear()
        for job in jobs:
            job._break(err)

    def shutdown(self):
        """No more tasks: each worker ends once the queue is drained."""
        if not self._running:
            return
        self._running = False
        for _ in range(len(self._handles)):
            self._tasks.put(None)

    def join(self, timeout=None):
        """Wait for every worker to end, handing on results meanwhile."""
        while self._handles:
            self.pump(timeout)
        while self.pump(0):
            pass

    def terminate(self):
        """Stop the workers now; work in progress is lost."""
        self._running = False
        self._terminated = True
        for h in self._handles.values():
            h.cancel()
        self._handles.clear()
        self._tasks.close()

    def alive(self):
        return bool(self._handles)

    def __del__(self):
        try:
            self.terminate()
        except Exception:
            pass
