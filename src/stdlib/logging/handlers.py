"""More handlers for `logging`: files rotated by size or by time, buffers
that hand records on in batches, and a queue between code that logs and
the handlers that write.

Written for sandpy from the documentation of CPython 3.11's
`logging.handlers`. Files are opened, renamed and removed through the
sandbox's file grants, as every file is. A sandbox runs one thread, so a
`QueueListener` has no thread of its own: `start` marks it started and
`stop` hands every record waiting in the queue to the handlers, in order
(CPython's thread hands them on as they arrive, and `stop` waits for it
to finish, so what has been handled once `stop` returns is the same).
A sandbox has no network, no syslog and no mail: SocketHandler,
DatagramHandler, SysLogHandler, SMTPHandler, HTTPHandler and
NTEventLogHandler are there to be named, and making one raises
PermissionError saying so. WatchedFileHandler, which needs the device and
inode numbers of files, is refused likewise.
"""

import copy
import io
import logging
import os
import queue
import re
import time

import _refusal

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514

ST_DEV, ST_INO, ST_MTIME = 0, 1, 8

_MIDNIGHT = 24 * 60 * 60  # seconds in a day


class BaseRotatingHandler(logging.FileHandler):
    """A FileHandler that moves its file aside when `shouldRollover` says
    so. `namer` (a function of the default name) and `rotator` (of the
    source and destination) replace the naming and the renaming."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        if not callable(self.namer):
            return default_name
        return self.namer(default_name)

    def rotate(self, source, dest):
        if not callable(self.rotator):
            if os.path.exists(source):
                os.rename(source, dest)
        else:
            self.rotator(source, dest)

    def _close_stream(self):
        if self.stream:
            self.stream.close()
            self.stream = None


class RotatingFileHandler(BaseRotatingHandler):
    """Rolls the file over when the next record would take it to
    `maxBytes` or more, keeping `backupCount` old files (name.1 the
    newest). With maxBytes 0 it never rolls over."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0,
                 encoding=None, delay=False, errors=None):
        if maxBytes > 0:
            # Opening with 'w' would throw away what a rollover keeps.
            mode = 'a'
        if "b" not in mode:
            encoding = io.text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding,
                                     delay=delay, errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def doRollover(self):
        self._close_stream()
        if self.backupCount > 0:
            for i in range(self.backupCount - 1, 0, -1):
                older = self.rotation_filename("%s.%d" % (self.baseFilename, i))
                newer = self.rotation_filename("%s.%d" % (self.baseFilename, i + 1))
                if os.path.exists(older):
                    if os.path.exists(newer):
                        os.remove(newer)
                    os.rename(older, newer)
            first = self.rotation_filename(self.baseFilename + ".1")
            if os.path.exists(first):
                os.remove(first)
            self.rotate(self.baseFilename, first)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes > 0:
            text = "%s\n" % self.format(record)
            self.stream.seek(0, 2)
            if self.stream.tell() + len(text) >= self.maxBytes:
                return True
        return False


# The suffix (a strftime format) and the pattern of rolled-over names
# for each kind of interval, and the interval's length in seconds.
_WHEN = {
    'S': (1, "%Y-%m-%d_%H-%M-%S", r"\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}"),
    'M': (60, "%Y-%m-%d_%H-%M", r"\d{4}-\d{2}-\d{2}_\d{2}-\d{2}"),
    'H': (60 * 60, "%Y-%m-%d_%H", r"\d{4}-\d{2}-\d{2}_\d{2}"),
    'D': (_MIDNIGHT, "%Y-%m-%d", r"\d{4}-\d{2}-\d{2}"),
    'MIDNIGHT': (_MIDNIGHT, "%Y-%m-%d", r"\d{4}-\d{2}-\d{2}"),
    'W': (_MIDNIGHT * 7, "%Y-%m-%d", r"\d{4}-\d{2}-\d{2}"),
}


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Rolls the file over every `interval` units of `when` ('S', 'M',
    'H', 'D', 'midnight', or 'W0'..'W6' for a weekday), naming the old
    file with the time its period began; keeps `backupCount` of them."""

    def __init__(self, filename, when='h', interval=1, backupCount=0,
                 encoding=None, delay=False, utc=False, atTime=None,
                 errors=None):
        encoding = io.text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, 'a', encoding=encoding,
                                     delay=delay, errors=errors)
        self.when = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        self.atTime = atTime
        key = self.when
        if key.startswith('W'):
            if len(key) != 2:
                raise ValueError("You must specify a day for weekly rollover "
                                 "from 0 to 6 (0 is Monday): %s" % self.when)
            if key[1] < '0' or key[1] > '6':
                raise ValueError("Invalid day specified for weekly rollover: %s"
                                 % self.when)
            self.dayOfWeek = int(key[1])
            key = 'W'
        if key not in _WHEN:
            raise ValueError("Invalid rollover interval specified: %s" % self.when)
        seconds, self.suffix, pattern = _WHEN[key]
        self.extMatch = re.compile(r"^%s(\.\w+)?$" % pattern, re.ASCII)
        self.interval = seconds * interval
        filename = self.baseFilename
        if os.path.exists(filename):
            t = os.stat(filename)[ST_MTIME]
        else:
            t = int(time.time())
        self.rolloverAt = self.computeRollover(t)

    def computeRollover(self, currentTime):
        """The time of the first rollover after `currentTime`."""
        result = currentTime + self.interval
        if self.when == 'MIDNIGHT' or self.when.startswith('W'):
            t = time.gmtime(currentTime) if self.utc else time.localtime(currentTime)
            hour, minute, second, day = t[3], t[4], t[5], t[6]
            if self.atTime is None:
                at = _MIDNIGHT
            else:
                at = (self.atTime.hour * 60 + self.atTime.minute) * 60 + self.atTime.second
            left = at - ((hour * 60 + minute) * 60 + second)
            if left < 0:
                # The time of day has passed today: tomorrow's.
                left += _MIDNIGHT
                day = (day + 1) % 7
            result = currentTime + left
            if self.when.startswith('W'):
                if day != self.dayOfWeek:
                    if day < self.dayOfWeek:
                        wait = self.dayOfWeek - day
                    else:
                        wait = 6 - day + self.dayOfWeek + 1
                    later = result + wait * _MIDNIGHT
                    if not self.utc:
                        later += self._dst_shift(t[-1], later)
                    result = later
        return result

    @staticmethod
    def _dst_shift(dst_then, at):
        # An hour less or more when daylight saving time starts or ends
        # between now and `at`, so that the rollover keeps its hour.
        dst_at = time.localtime(at)[-1]
        if dst_then == dst_at:
            return 0
        return -3600 if not dst_then else 3600

    def shouldRollover(self, record):
        t = int(time.time())
        if t >= self.rolloverAt:
            if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
                # Not a file (a device, say): move the next rollover on.
                self.rolloverAt = self.computeRollover(t)
                return False
            return True
        return False

    def getFilesToDelete(self):
        """The rolled-over files beyond the newest `backupCount`."""
        folder, base = os.path.split(self.baseFilename)
        prefix = base + "."
        found = []
        for name in os.listdir(folder):
            if name.startswith(prefix) and self.extMatch.match(name[len(prefix):]):
                found.append(os.path.join(folder, name))
        if len(found) < self.backupCount:
            return []
        found.sort()
        return found[:len(found) - self.backupCount]

    def doRollover(self):
        self._close_stream()
        now = int(time.time())
        began = self.rolloverAt - self.interval
        if self.utc:
            stamp = time.gmtime(began)
        else:
            stamp = time.localtime(began)
            dst_now = time.localtime(now)[-1]
            if dst_now != stamp[-1]:
                stamp = time.localtime(began + (3600 if dst_now else -3600))
        target = self.rotation_filename(
            self.baseFilename + "." + time.strftime(self.suffix, stamp))
        if os.path.exists(target):
            os.remove(target)
        self.rotate(self.baseFilename, target)
        if self.backupCount > 0:
            for old in self.getFilesToDelete():
                os.remove(old)
        if not self.delay:
            self.stream = self._open()
        nxt = self.computeRollover(now)
        while nxt <= now:
            nxt += self.interval
        if (self.when == 'MIDNIGHT' or self.when.startswith('W')) and not self.utc:
            nxt += self._dst_shift(time.localtime(now)[-1], nxt)
        self.rolloverAt = nxt


class BufferingHandler(logging.Handler):
    """Keeps records in `buffer` until `shouldFlush` says so (when it
    holds `capacity` of them); `flush` here just empties it."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        self.acquire()
        try:
            self.buffer.clear()
        finally:
            self.release()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and hands them to `target` when the buffer is full
    or a record of `flushLevel` or above arrives (and on close, unless
    `flushOnClose` is false)."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None,
                 flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = flushLevel
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return (len(self.buffer) >= self.capacity) or \
            (record.levelno >= self.flushLevel)

    def setTarget(self, target):
        self.acquire()
        try:
            self.target = target
        finally:
            self.release()

    def flush(self):
        self.acquire()
        try:
            if self.target:
                for record in self.buffer:
                    self.target.handle(record)
                self.buffer.clear()
        finally:
            self.release()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            self.acquire()
            try:
                self.target = None
                BufferingHandler.close(self)
            finally:
                self.release()


class QueueHandler(logging.Handler):
    """Puts each record, formatted and made safe to pass on (`prepare`),
    on a queue (`enqueue`: `put_nowait`)."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        # A copy, so that the handlers after this one see the record as it
        # came; the message is merged and what may not pickle is dropped.
        msg = self.format(record)
        record = copy.copy(record)
        record.message = msg
        record.msg = msg
        record.args = None
        record.exc_info = None
        record.exc_text = None
        return record

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class _Started:
    """What `QueueListener._thread` holds while the listener is started
    (a sandbox has no thread to give it)."""

    def __repr__(self):
        return '<QueueListener started>'


class QueueListener(object):
    """Takes records off a queue and hands them to `handlers` (those whose
    level lets them through, with `respect_handler_level`)."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        self._thread = _Started()

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level or record.levelno >= handler.level:
                handler.handle(record)

    def _monitor(self):
        q = self.queue
        has_task_done = hasattr(q, 'task_done')
        while True:
            try:
                record = self.dequeue(False)
            except queue.Empty:
                break
            if record is self._sentinel:
                if has_task_done:
                    q.task_done()
                break
            self.handle(record)
            if has_task_done:
                q.task_done()

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        if self._thread is None:
            raise AttributeError("'NoneType' object has no attribute 'join'")
        self.enqueue_sentinel()
        self._monitor()
        self._thread = None


_NO_NETWORK = ("a sandbox has no network, syslog or mail; log to a file under "
               "the sandbox's grants (FileHandler, RotatingFileHandler) or to a "
               "queue (QueueHandler) that the host reads")



def _refused(name, base, why=_NO_NETWORK):
    refused = _refusal.cls('logging.handlers.' + name, PermissionError, why, base)
    refused.__module__ = __name__
    return refused


SocketHandler = _refused('SocketHandler', logging.Handler)
DatagramHandler = _refused('DatagramHandler', SocketHandler)
SysLogHandler = _refused('SysLogHandler', logging.Handler)
SMTPHandler = _refused('SMTPHandler', logging.Handler)
NTEventLogHandler = _refused('NTEventLogHandler', logging.Handler)
HTTPHandler = _refused('HTTPHandler', logging.Handler)
WatchedFileHandler = _refused(
    'WatchedFileHandler', logging.FileHandler,
    "a sandbox's files have no device and inode numbers to watch; use "
    "FileHandler (no other program moves a sandbox's log files)")
