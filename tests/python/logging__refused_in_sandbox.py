# sandpy-only: the handlers a sandbox cannot serve (no network, no inode numbers) and fileConfig (no configparser) refuse saying why
import logging
import logging.config
import logging.handlers as lh

for cls, args in [(lh.SocketHandler, ('localhost', 9020)), (lh.DatagramHandler, ('h', 1)),
                  (lh.SysLogHandler, ()), (lh.SMTPHandler, ('h', 'a', ['b'], 's')),
                  (lh.HTTPHandler, ('h', '/')), (lh.WatchedFileHandler, ('x.log',))]:
    print(cls.__name__, cls.__module__, issubclass(cls, logging.Handler))
    try:
        cls(*args)
    except PermissionError as e:
        print('PermissionError:', e)
try:
    logging.config.fileConfig('logging.ini')
except NotImplementedError as e:
    print('NotImplementedError:', e)
try:
    logging.config.listen()
except PermissionError as e:
    print('PermissionError:', e)

# Output:
# SocketHandler logging.handlers True
# PermissionError: logging.handlers.SocketHandler(): a sandbox has no network, syslog or mail; log to a file under the sandbox's grants (FileHandler, RotatingFileHandler) or to a queue (QueueHandler) that the host reads
# DatagramHandler logging.handlers True
# PermissionError: logging.handlers.DatagramHandler(): a sandbox has no network, syslog or mail; log to a file under the sandbox's grants (FileHandler, RotatingFileHandler) or to a queue (QueueHandler) that the host reads
# SysLogHandler logging.handlers True
# PermissionError: logging.handlers.SysLogHandler(): a sandbox has no network, syslog or mail; log to a file under the sandbox's grants (FileHandler, RotatingFileHandler) or to a queue (QueueHandler) that the host reads
# SMTPHandler logging.handlers True
# PermissionError: logging.handlers.SMTPHandler(): a sandbox has no network, syslog or mail; log to a file under the sandbox's grants (FileHandler, RotatingFileHandler) or to a queue (QueueHandler) that the host reads
# HTTPHandler logging.handlers True
# PermissionError: logging.handlers.HTTPHandler(): a sandbox has no network, syslog or mail; log to a file under the sandbox's grants (FileHandler, RotatingFileHandler) or to a queue (QueueHandler) that the host reads
# WatchedFileHandler logging.handlers True
# PermissionError: logging.handlers.WatchedFileHandler(): a sandbox's files have no device and inode numbers to watch; use FileHandler (no other program moves a sandbox's log files)
# NotImplementedError: logging.config.fileConfig(): sandpy has no configparser module to read an INI file with; give the same settings to logging.config.dictConfig
# PermissionError: logging.config.listen(): a sandbox has no network to listen on; call logging.config.dictConfig with the settings instead
