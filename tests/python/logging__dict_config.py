# logging.config.dictConfig: formatters, filters, handlers, loggers, root,
# '()' factories, '.' properties, ext:// and cfg:// values, incremental
# updates, disable_existing_loggers, and the errors of a bad dictionary.
import logging
import logging.config
import sys


class Upper(logging.Formatter):
    def format(self, record):
        return super().format(record).upper()


class Tagger:
    def __init__(self, tag):
        self.tag = tag

    def filter(self, record):
        record.tag = self.tag
        return True


def make_handler(prefix):
    h = logging.StreamHandler(sys.stdout)
    h.setFormatter(logging.Formatter(prefix + ' %(message)s'))
    return h


old = logging.getLogger('old.module')
old_child_parent = logging.getLogger('app')
old_child = logging.getLogger('app.db.pool')

config = {
    'version': 1,
    'settings': {'prefix': '[custom]'},
    'formatters': {
        'brief': {'format': '%(levelname)-8s %(name)s: %(message)s'},
        'braces': {'format': '{levelname}|{name}|{message}|{tag}', 'style': '{'},
        'upper': {'()': Upper, 'fmt': '%(message)s'},
        'upper_by_name': {'()': '__main__.Upper', 'format': 'named %(message)s'},
    },
    'filters': {
        'only_app': {'name': 'app'},
        'tag': {'()': Tagger, 'tag': 'T1'},
    },
    'handlers': {
        'console': {'class': 'logging.StreamHandler', 'formatter': 'brief',
                    'level': 'INFO', 'stream': 'ext://sys.stdout'},
        'tagged': {'class': 'logging.StreamHandler', 'formatter': 'braces',
                   'filters': ['tag'], 'stream': 'ext://sys.stdout'},
        'shout': {'class': 'logging.StreamHandler', 'formatter': 'upper',
                  'stream': 'ext://sys.stdout', 'level': logging.ERROR},
        'custom': {'()': make_handler, 'prefix': 'cfg://settings.prefix',
                   '.': {'marker': 42}},
        'buffer': {'class': 'logging.handlers.MemoryHandler', 'capacity': 2,
                   'target': 'console'},
    },
    'loggers': {
        'app': {'level': 'DEBUG', 'handlers': ['console', 'shout'], 'propagate': False},
        'app.db': {'handlers': ['tagged'], 'filters': ['only_app']},
        'batch': {'handlers': ['custom', 'buffer'], 'level': 'INFO', 'propagate': False},
    },
    'root': {'level': 'WARNING', 'handlers': ['shout']},
}
logging.config.dictConfig(config)

app = logging.getLogger('app')
app.debug('not shown by console (INFO)')
app.info('started')
app.error('went wrong')
logging.getLogger('app.db').warning('slow query')
logging.getLogger('app.db.pool').info('pool child kept')
old.error('old logger is disabled')
print(old.disabled, old_child.disabled, old_child.level, old_child.propagate)
batch = logging.getLogger('batch')
batch.info('batch one')
batch.info('batch two')
print(logging._handlers['custom'].marker, sorted(logging._handlers))
print(app.level, app.propagate, [h.name for h in app.handlers], logging.getLogger().level)
logging.getLogger('other').critical('root handles this')
upper = logging.config.dictConfig.__module__
print(upper)

# Incremental: only levels and propagation change.
logging.config.dictConfig({
    'version': 1, 'incremental': True,
    'handlers': {'console': {'level': 'DEBUG'}},
    'loggers': {'app': {'level': 'INFO', 'propagate': True}},
    'root': {'level': 'ERROR'},
})
print(app.level, app.propagate, logging.getLogger().level, logging._handlers['console'].level)

# disable_existing_loggers False keeps the loggers it does not name.
logging.config.dictConfig({'version': 1, 'disable_existing_loggers': False,
                           'handlers': {'h': {'class': 'logging.StreamHandler',
                                              'stream': 'ext://sys.stdout'}},
                           'root': {'handlers': ['h'], 'level': 'INFO'}})
print(old.disabled, logging.getLogger('batch').disabled)
logging.getLogger('batch').info('batch logger still enabled')

bad_configs = [
    {},
    {'version': 2},
    {'version': 1, 'handlers': {'h': {'class': 'logging.NoSuchHandler'}}},
    {'version': 1, 'handlers': {'h': {'class': 'nosuchmodule.Handler'}}},
    {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'formatter': 'f'}}},
    {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'level': 'LOUD'}}},
    {'version': 1, 'formatters': {'f': {'format': '%(x', 'validate': True}}},
    {'version': 1, 'formatters': {'f': {'format': '{x}', 'style': '?'}}},
    {'version': 1, 'loggers': {'a': {'handlers': ['missing']}}},
    {'version': 1, 'loggers': {'a': {'level': 'NOPE'}}},
    {'version': 1, 'root': {'filters': ['missing']}},
    {'version': 1, 'incremental': True, 'handlers': {'nope': {'level': 'INFO'}}},
    {'version': 1, 'handlers': {'m': {'class': 'logging.handlers.MemoryHandler',
                                      'capacity': 1, 'target': 'missing'}}},
    {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'bad-key': 1}}},
    {'version': 1, 'handlers': {'h': {'()': make_handler, 'prefix': 'cfg://nothing.here'}}},
]
for c in bad_configs:
    try:
        logging.config.dictConfig(c)
        print('accepted', c)
    except (ValueError, TypeError) as e:
        cause = e.__cause__
        print(type(e).__name__, e, '<-', type(cause).__name__ if cause else None, cause)
try:
    logging.config.valid_ident('1x')
except ValueError as e:
    print('ValueError:', e)
print(logging.config.valid_ident('ok'), logging.config.DEFAULT_LOGGING_CONFIG_PORT)
c = logging.config.BaseConfigurator({'a': {'b': [10, {'c': 'deep'}]}, 'k': {'0': 'str key'}})
print(c.cfg_convert('a.b[1][c]'), c.cfg_convert('a.b[0]'),
      c.convert('ext://logging.handlers.MemoryHandler').__name__, c.convert('cfg://a.b[1]'))
for bad in ['a.b[9]', 'zz', ' ', 'a!', 'k[0]']:
    try:
        print(c.cfg_convert(bad))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)



# Output:
# INFO     app: started
# ERROR    app: went wrong
# WENT WRONG
# WARNING|app.db|slow query|T1
# WARNING  app.db: slow query
# INFO|app.db.pool|pool child kept|T1
# INFO     app.db.pool: pool child kept
# True False 0 True
# [custom] batch one
# [custom] batch two
# INFO     batch: batch one
# INFO     batch: batch two
# 42 ['buffer', 'console', 'custom', 'shout', 'tagged']
# 10 False ['console', 'shout'] 30
# ROOT HANDLES THIS
# logging.config
# 20 True 40 10
# False False
# [custom] batch logger still enabled
# ValueError dictionary doesn't specify a version <- None None
# ValueError Unsupported version: 2 <- None None
# ValueError Unable to configure handler 'h' <- ValueError Cannot resolve 'logging.NoSuchHandler': No module named 'logging.NoSuchHandler'
# ValueError Unable to configure handler 'h' <- ValueError Cannot resolve 'nosuchmodule.Handler': No module named 'nosuchmodule'
# ValueError Unable to configure handler 'h' <- ValueError Unable to set formatter 'f'
# ValueError Unable to configure handler 'h' <- ValueError Unknown level: 'LOUD'
# ValueError Unable to configure formatter 'f' <- ValueError Invalid format '%(x' for '%' style
# ValueError Unable to configure formatter 'f' <- ValueError Style must be one of: %,{,$
# ValueError Unable to configure logger 'a' <- ValueError Unable to add handler 'missing'
# ValueError Unable to configure logger 'a' <- ValueError Unknown level: 'NOPE'
# ValueError Unable to configure root logger <- ValueError Unable to add filter 'missing'
# ValueError No handler found with name 'nope' <- None None
# ValueError Unable to configure handler 'm' <- ValueError Unable to set target handler 'missing'
# ValueError Unable to configure handler 'h' <- ValueError Not a valid Python identifier: 'bad-key'
# ValueError Unable to configure handler 'h' <- KeyError 'nothing'
# ValueError: Not a valid Python identifier: '1x'
# True 9030
# deep 10 MemoryHandler {'c': 'deep'}
# IndexError list index out of range
# KeyError 'zz'
# ValueError Unable to convert ' '
# ValueError Unable to convert 'a!' at '!'
# KeyError 0
