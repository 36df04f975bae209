# logging.handlers: size- and time-based rotation of files, the buffering
# handlers, and a QueueHandler feeding a QueueListener over queue.Queue.
import logging
import logging.handlers as lh
import os
import queue
import sys
import uuid
from datetime import datetime, time as dtime, timezone

work = os.path.join('/tmp', 'logging_handlers_' + uuid.uuid4().hex)
os.mkdir(work)


def listing():
    out = []
    for name in sorted(os.listdir(work)):
        with open(os.path.join(work, name)) as f:
            out.append((name, f.read().count('\n')))
    return out


log = logging.getLogger('rot')
log.propagate = False
log.setLevel(logging.DEBUG)

# Rotation by size: each record is 12 bytes; 40 bytes hold three.
path = os.path.join(work, 'app.log')
h = lh.RotatingFileHandler(path, maxBytes=40, backupCount=2)
h.setFormatter(logging.Formatter('%(message)s'))
log.addHandler(h)
for i in range(10):
    log.info('record %04d', i)
print(listing())
with open(path + '.1') as f:
    print(f.read().split())
print(repr(h).replace(work, 'WORK'), h.maxBytes, h.backupCount, h.mode)
h.close()
log.removeHandler(h)

# A namer and a rotator of one's own.
renamed = []
h = lh.RotatingFileHandler(os.path.join(work, 'named.log'), maxBytes=30, backupCount=3,
                           delay=True)
h.namer = lambda name: name + '.old'
def rotator(src, dst):
    renamed.append((os.path.basename(src), os.path.basename(dst)))
    os.rename(src, dst)
h.rotator = rotator
print(h.stream, h.rotation_filename('x'))
log.addHandler(h)
for i in range(6):
    log.warning('named %d', i)
h.close()
log.removeHandler(h)
print(renamed)
print(listing())

# maxBytes=0 never rolls over; mode 'w' is kept only then.
h = lh.RotatingFileHandler(os.path.join(work, 'plain.log'), mode='w')
print(h.mode, h.shouldRollover(logging.makeLogRecord({'msg': 'x' * 1000})))
h.close()
print(lh.RotatingFileHandler(os.path.join(work, 'plain.log'), mode='w', maxBytes=5).mode)

# Rotation by time: when to roll over, computed in UTC from fixed times.
base = datetime(2026, 12, 7, 15, 30, 20, tzinfo=timezone.utc).timestamp()
for when, interval, at in [('S', 1, None), ('m', 5, None), ('H', 2, None), ('D', 1, None),
                           ('midnight', 1, None), ('MIDNIGHT', 1, dtime(16, 0)),
                           ('midnight', 1, dtime(3, 0)), ('W0', 1, None), ('W6', 1, None),
                           ('w3', 1, dtime(12, 0))]:
    t = lh.TimedRotatingFileHandler(os.path.join(work, 'timed.log'), when=when,
                                    interval=interval, utc=True, atTime=at, delay=True)
    nxt = t.computeRollover(base)
    print(when, t.when, t.interval, t.suffix, datetime.fromtimestamp(nxt, timezone.utc))
    t.close()
for bad in ['X', 'W', 'W7', 'W10']:
    try:
        lh.TimedRotatingFileHandler(os.path.join(work, 'bad.log'), when=bad, delay=True)
    except ValueError as e:
        print('ValueError:', e)

# A forced rollover names the old file after the start of its period.
t = lh.TimedRotatingFileHandler(os.path.join(work, 'day.log'), when='D', backupCount=2,
                                utc=True, delay=True)
t.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
log.addHandler(t)
log.info('before')
for n in range(3):
    t.rolloverAt = 0
    log.info('after %d', n)
names = sorted(os.listdir(work))
rolled = [n for n in names if n.startswith('day.log.')]
print(len(rolled), all(t.extMatch.match(n[len('day.log.'):]) for n in rolled))
print(t.getFilesToDelete())
t.close()
log.removeHandler(t)

# BufferingHandler drops its buffer when full; MemoryHandler passes it on.
b = lh.BufferingHandler(3)
log.addHandler(b)
log.debug('one')
log.debug('two')
print([r.getMessage() for r in b.buffer])
log.debug('three')
print(b.buffer, len(b.buffer))
log.removeHandler(b)

out = logging.StreamHandler(sys.stdout)
out.setFormatter(logging.Formatter('  -> %(levelname)s %(message)s'))
m = lh.MemoryHandler(4, flushLevel=logging.ERROR, target=out)
log.addHandler(m)
log.info('buffered 1')
log.info('buffered 2')
print('nothing yet', len(m.buffer))
log.error('an error flushes')
print('after error', len(m.buffer))
for i in range(5):
    log.debug('bulk %d', i)
print('after bulk', len(m.buffer))
m.setTarget(None)
log.critical('no target: kept')
print(len(m.buffer))
m.setTarget(out)
m.close()
print('closed', m.target, len(m.buffer))
log.removeHandler(m)
m2 = lh.MemoryHandler(10, target=out, flushOnClose=False)
log.addHandler(m2)
log.info('lost on close')
m2.close()
log.removeHandler(m2)

# QueueHandler -> queue.Queue -> QueueListener.
q = queue.Queue()
qh = lh.QueueHandler(q)
qh.setFormatter(logging.Formatter('%(name)s:%(message)s'))
log.addHandler(qh)
log.warning('queued %s', 'one')
try:
    1 / 0
except ZeroDivisionError:
    log.exception('queued failure')
print(q.qsize())
rec = q.get_nowait()
print(rec.msg, rec.args, rec.message, rec.exc_info, rec.levelname)
rec = q.get_nowait()
print(rec.msg.splitlines()[0], rec.msg.splitlines()[-1], rec.exc_info, rec.exc_text)
warn_only = logging.StreamHandler(sys.stdout)
warn_only.setLevel(logging.WARNING)
warn_only.setFormatter(logging.Formatter('listener got %(levelname)s %(message)s'))
listener = lh.QueueListener(q, warn_only, respect_handler_level=True)
listener.start()
log.info('info through the queue')
log.warning('warning through the queue')
listener.stop()
print(q.qsize(), listener._thread)
listener = lh.QueueListener(q, warn_only)
listener.start()
log.info('info, levels not respected')
listener.stop()
try:
    listener.stop()
except AttributeError as e:
    print('AttributeError:', e)
log.removeHandler(qh)

print(lh.DEFAULT_TCP_LOGGING_PORT, lh.SYSLOG_UDP_PORT, issubclass(lh.RotatingFileHandler, lh.BaseRotatingHandler),
      issubclass(lh.MemoryHandler, lh.BufferingHandler), issubclass(lh.BaseRotatingHandler, logging.FileHandler))
for name in sorted(os.listdir(work)):
    os.remove(os.path.join(work, name))
os.rmdir(work)

# Output:
# [('app.log', 1), ('app.log.1', 3), ('app.log.2', 3)]
# ['record', '0006', 'record', '0007', 'record', '0008']
# <RotatingFileHandler WORK/app.log (NOTSET)> 40 2 a
# None x.old
# [('named.log', 'named.log.1.old')]
# [('app.log', 1), ('app.log.1', 3), ('app.log.2', 3), ('named.log', 3), ('named.log.1.old', 3)]
# w False
# a
# S S 1 %Y-%m-%d_%H-%M-%S 2026-12-07 15:30:21+00:00
# m M 300 %Y-%m-%d_%H-%M 2026-12-07 15:35:20+00:00
# H H 7200 %Y-%m-%d_%H 2026-12-07 17:30:20+00:00
# D D 86400 %Y-%m-%d 2026-12-08 15:30:20+00:00
# midnight MIDNIGHT 86400 %Y-%m-%d 2026-12-08 00:00:00+00:00
# MIDNIGHT MIDNIGHT 86400 %Y-%m-%d 2026-12-07 16:00:00+00:00
# midnight MIDNIGHT 86400 %Y-%m-%d 2026-12-08 03:00:00+00:00
# W0 W0 604800 %Y-%m-%d 2026-12-08 00:00:00+00:00
# W6 W6 604800 %Y-%m-%d 2026-12-14 00:00:00+00:00
# w3 W3 604800 %Y-%m-%d 2026-12-10 12:00:00+00:00
# ValueError: Invalid rollover interval specified: X
# ValueError: You must specify a day for weekly rollover from 0 to 6 (0 is Monday): W
# ValueError: Invalid day specified for weekly rollover: W7
# ValueError: You must specify a day for weekly rollover from 0 to 6 (0 is Monday): W10
# 1 True
# []
# ['one', 'two']
# [] 0
# nothing yet 2
#   -> INFO buffered 1
#   -> INFO buffered 2
#   -> ERROR an error flushes
# after error 0
#   -> DEBUG bulk 0
#   -> DEBUG bulk 1
#   -> DEBUG bulk 2
#   -> DEBUG bulk 3
# after bulk 1
# 2
#   -> DEBUG bulk 4
#   -> CRITICAL no target: kept
# closed None 0
# 2
# rot:queued one None rot:queued one None WARNING
# rot:queued failure ZeroDivisionError: division by zero None None
# listener got WARNING rot:warning through the queue
# 0 None
# listener got INFO rot:info, levels not respected
# AttributeError: 'NoneType' object has no attribute 'join'
# 9020 514 True True True
