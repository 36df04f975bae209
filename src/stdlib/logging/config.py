"""Configuring `logging` from a dictionary (`dictConfig`).

Written for sandpy from the documentation of CPython 3.11's
`logging.config` ("Configuration dictionary schema"): formatters, filters,
handlers, loggers and the root logger; `()` factories and `.` properties;
`ext://` (an importable object) and `cfg://` (another part of the same
dictionary) values; `incremental` and `disable_existing_loggers`.
sandpy has no `configparser`, so `fileConfig` raises saying to use
`dictConfig`; `listen` would serve a socket, which a sandbox has not, and
raises PermissionError.
"""

import logging
import logging.handlers
import re

DEFAULT_LOGGING_CONFIG_PORT = 9030

_NO_CONFIGPARSER = ("sandpy has no configparser module to read an INI file "
                    "with; give the same settings to "
                    "logging.config.dictConfig")


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    raise NotImplementedError("logging.config.fileConfig(): " + _NO_CONFIGPARSER)


def listen(port=DEFAULT_LOGGING_CONFIG_PORT, verify=None):
    raise PermissionError("logging.config.listen(): a sandbox has no network "
                          "to listen on; call logging.config.dictConfig "
                          "with the settings instead")


def stopListening():
    pass


def valid_ident(s):
    if not s.isidentifier():
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


_CONVERT = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')
_WORD = re.compile(r'^\s*(\w+)\s*')
_DOT = re.compile(r'^\.\s*(\w+)\s*')
_INDEX = re.compile(r'^\[\s*(\w+)\s*\]\s*')
_DIGITS = re.compile(r'^\d+$')


class BaseConfigurator(object):
    """Resolves the `ext://` and `cfg://` values of a configuration."""

    value_converters = {
        'ext': 'ext_convert',
        'cfg': 'cfg_convert',
    }

    importer = staticmethod(__import__)

    def __init__(self, config):
        # A copy: configuring pops keys that the caller's dict keeps.
        self.config = dict(config)

    def resolve(self, s):
        """The object a dotted name names, importing what it must."""
        name = s.split('.')
        used = name.pop(0)
        try:
            found = self.importer(used)
            for frag in name:
                used += '.' + frag
                try:
                    found = getattr(found, frag)
                except AttributeError:
                    self.importer(used)
                    found = getattr(found, frag)
            return found
        except ImportError as e:
            v = ValueError('Cannot resolve %r: %s' % (s, e))
            raise v from e

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        """The part of the configuration that a `cfg://` path names:
        `cfg://handlers.file.filename`, `cfg://items[0]`, ..."""
        rest = value
        m = _WORD.match(rest)
        if m is None:
            raise ValueError("Unable to convert %r" % value)
        rest = rest[m.end():]
        d = self.config[m.groups()[0]]
        while rest:
            m = _DOT.match(rest)
            if m:
                d = d[m.groups()[0]]
            else:
                m = _INDEX.match(rest)
                if m:
                    idx = m.groups()[0]
                    if not _DIGITS.match(idx):
                        d = d[idx]
                    else:
                        try:
                            d = d[int(idx)]
                        except TypeError:
                            d = d[idx]
            if m:
                rest = rest[m.end():]
            else:
                raise ValueError('Unable to convert %r at %r' % (value, rest))
        return d

    def convert(self, value):
        """`value` with its `ext://` and `cfg://` strings resolved (in
        dicts, lists and tuples too)."""
        if isinstance(value, dict):
            return {k: self.convert(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.convert(v) for v in value]
        if isinstance(value, tuple) and not hasattr(value, '_fields'):
            return tuple(self.convert(v) for v in value)
        if isinstance(value, str):
            m = _CONVERT.match(value)
            if m:
                d = m.groupdict()
                converter = self.value_converters.get(d['prefix'], None)
                if converter:
                    return getattr(self, converter)(d['suffix'])
        return value

    def configure_custom(self, config):
        """An object made by the factory under '()' from the other keys,
        with the attributes under '.' set on it."""
        c = config.pop('()')
        if not callable(c):
            c = self.resolve(c)
        props = config.pop('.', None)
        kwargs = {k: config[k] for k in config if valid_ident(k)}
        result = c(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def as_tuple(self, value):
        if isinstance(value, list):
            value = tuple(value)
        return value


class DictConfigurator(BaseConfigurator):
    """Configures logging from a dictionary of the documented schema."""

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError("Unsupported version: %s" % config['version'])
        incremental = config.pop('incremental', False)
        logging._acquireLock()
        try:
            if incremental:
                self._configure_incremental(config)
            else:
                self._configure_all(config)
        finally:
            logging._releaseLock()

    def _section(self, config, key):
        # A copy of the section; its entries are converted one by one,
        # inside the error handling of each.
        return dict(config.get(key, {}))

    def _configure_incremental(self, config):
        for name, hconf in self._section(config, 'handlers').items():
            if name not in logging._handlers:
                raise ValueError('No handler found with name %r' % name)
            try:
                handler = logging._handlers[name]
                level = self.convert(hconf).get('level', None)
                if level:
                    handler.setLevel(logging._checkLevel(level))
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e
        for name, lconf in self._section(config, 'loggers').items():
            try:
                self.configure_logger(name, self.convert(lconf), True)
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        root = config.get('root', None)
        if root:
            try:
                self.configure_root(self.convert(root), True)
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def _configure_all(self, config):
        disable_existing = config.pop('disable_existing_loggers', True)
        _clearExistingHandlers()
        formatters = self._section(config, 'formatters')
        for name in formatters:
            try:
                formatters[name] = self.configure_formatter(self.convert(formatters[name]))
            except Exception as e:
                raise ValueError('Unable to configure formatter %r' % name) from e
        self.formatters = formatters
        filters = self._section(config, 'filters')
        for name in filters:
            try:
                filters[name] = self.configure_filter(self.convert(filters[name]))
            except Exception as e:
                raise ValueError('Unable to configure filter %r' % name) from e
        self.filters = filters
        handlers = self._section(config, 'handlers')
        self._handler_configs = handlers
        self.handlers = {}
        deferred = []
        for name in sorted(handlers):
            try:
                handler = self.configure_handler(self.convert(handlers[name]))
                handler.name = name
                self.handlers[name] = handler
            except Exception as e:
                if 'target not configured yet' in str(e.__cause__):
                    deferred.append(name)
                else:
                    raise ValueError('Unable to configure handler %r' % name) from e
        # A MemoryHandler's target may be a handler configured after it.
        for name in deferred:
            try:
                handler = self.configure_handler(self.convert(handlers[name]))
                handler.name = name
                self.handlers[name] = handler
            except Exception as e:
                raise ValueError('Unable to configure handler %r' % name) from e

        root = logging.root
        existing = list(root.manager.loggerDict.keys())
        existing.sort()
        child_loggers = []
        loggers = self._section(config, 'loggers')
        for name in loggers:
            if name in existing:
                i = existing.index(name) + 1
                prefixed = name + "."
                while i < len(existing) and existing[i].startswith(prefixed):
                    child_loggers.append(existing[i])
                    i += 1
                existing.remove(name)
            try:
                self.configure_logger(name, self.convert(loggers[name]))
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        _handle_existing_loggers(existing, child_loggers, disable_existing)
        root_conf = config.get('root', None)
        if root_conf:
            try:
                self.configure_root(self.convert(root_conf))
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def configure_formatter(self, config):
        if '()' in config:
            factory = config['()']
            try:
                return self.configure_custom(config)
            except TypeError as te:
                if "'format'" not in str(te):
                    raise
                # A factory that takes `fmt` where the schema says `format`.
                config['fmt'] = config.pop('format')
                config['()'] = factory
                return self.configure_custom(config)
        fmt = config.get('format', None)
        dfmt = config.get('datefmt', None)
        style = config.get('style', '%')
        cname = config.get('class', None)
        if not cname:
            c = logging.Formatter
        else:
            c = self.resolve(cname) if isinstance(cname, str) else cname
        if 'validate' in config:
            return c(fmt, dfmt, style, config['validate'])
        return c(fmt, dfmt, style)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                if callable(f) or callable(getattr(f, 'filter', None)):
                    filter_ = f
                else:
                    filter_ = self.filters[f]
                filterer.addFilter(filter_)
            except Exception as e:
                raise ValueError('Unable to add filter %r' % f) from e

    def configure_handler(self, config):
        config = dict(config)
        formatter = config.pop('formatter', None)
        if formatter:
            try:
                formatter = self.formatters[formatter]
            except Exception as e:
                raise ValueError('Unable to set formatter %r' % formatter) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            c = config.pop('()')
            if not callable(c):
                c = self.resolve(c)
            factory = c
        else:
            cname = config.pop('class')
            klass = self.resolve(cname) if isinstance(cname, str) else cname
            if issubclass(klass, logging.handlers.MemoryHandler) and 'target' in config:
                # A handler that refers to another: configured after it.
                target = config['target']
                try:
                    if target not in self.handlers:
                        if target in self._handler_configs:
                            raise TypeError('target not configured yet')
                        raise KeyError(target)
                    config['target'] = self.handlers[target]
                except Exception as e:
                    raise ValueError('Unable to set target handler %r' % target) from e
            factory = klass
        props = config.pop('.', None)
        kwargs = {k: config[k] for k in config if valid_ident(k)}
        try:
            result = factory(**kwargs)
        except TypeError as te:
            if "'stream'" not in str(te):
                raise
            # A handler class that takes `strm` (as Python 2.6's did).
            kwargs['strm'] = kwargs.pop('stream')
            result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def add_handlers(self, logger, handlers):
        for h in handlers:
            try:
                logger.addHandler(self.handlers[h])
            except Exception as e:
                raise ValueError('Unable to add handler %r' % h) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            handlers = config.get('handlers', None)
            if handlers:
                self.add_handlers(logger, handlers)
            filters = config.get('filters', None)
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get('propagate', None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        root = logging.getLogger()
        self.common_logger_config(root, config, incremental)


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configure logging from the dictionary `config`."""
    dictConfigClass(config).configure()


def _clearExistingHandlers():
    """Flush, close and forget every handler made so far."""
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    """Reset the loggers a configuration does not name: children of named
    ones keep working, the others are disabled when asked."""
    root = logging.root
    for log in existing:
        logger = root.manager.loggerDict[log]
        if log in child_loggers:
            if not isinstance(logger, logging.PlaceHolder):
                logger.setLevel(logging.NOTSET)
                logger.handlers = []
                logger.propagate = True
        else:
            logger.disabled = disable_existing
