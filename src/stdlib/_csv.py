"""The core of `csv`: dialects, the reader and the writer (CPython's C
`_csv`, written here in Python from the documented behaviour).

Mutable module-level state: the dialect registry (`_dialects`) and the
field size limit (`_limit`), per sandbox (this module is not shared).

The reader is a state machine fed one character at a time, then one
end-of-line mark per line its iterator gives; a record is done when the
machine is back at the start of a record. The machine runs natively over
a line (`_csvparse.feed`, src/modules/csv_native.rs); a line without
quotes, escapes or inner newlines is split at once here.
"""

import _csvparse

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_dialects = {}
_limit = 128 * 1024


class Error(Exception):
    pass


Error.__module__ = "_csv"

# Reader states (the numbers _csvparse's machine uses).
_START_RECORD = 0
_IN_QUOTED_FIELD = 4


def _char_attr(name, value, default, allow_none):
    if value is None:
        if allow_none:
            return None
        raise TypeError('"%s" must be string, not NoneType' % name)
    if value is _UNSET:
        return default
    if not isinstance(value, str):
        if allow_none:
            raise TypeError('"%s" must be string or None, not %s'
                            % (name, type(value).__name__))
        raise TypeError('"%s" must be string, not %s'
                        % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _Unset:
    def __repr__(self):
        return "<unset>"


_UNSET = _Unset()

_FIELDS = ("delimiter", "doublequote", "escapechar", "lineterminator",
           "quotechar", "quoting", "skipinitialspace", "strict")


class Dialect:
    """CSV dialect

The Dialect type records CSV parsing and generation options.
"""

    __slots__ = ("_delimiter", "_doublequote", "_escapechar",
                 "_lineterminator", "_quotechar", "_quoting",
                 "_skipinitialspace", "_strict")

    def __new__(cls, dialect=None, **kwargs):
        for key in kwargs:
            if key not in _FIELDS:
                raise TypeError("'%s' is an invalid keyword argument for "
                                "this function" % key)
        if dialect is not None:
            if isinstance(dialect, str):
                dialect = get_dialect(dialect)
            if (type(dialect) is Dialect and not kwargs):
                return dialect
        self = object.__new__(cls)

        def pick(name):
            value = kwargs.get(name, _UNSET)
            if value is _UNSET and dialect is not None:
                value = getattr(dialect, name, _UNSET)
            return value

        delimiter = pick("delimiter")
        doublequote = pick("doublequote")
        escapechar = pick("escapechar")
        lineterminator = pick("lineterminator")
        quotechar = pick("quotechar")
        quoting = pick("quoting")
        skipinitialspace = pick("skipinitialspace")
        strict = pick("strict")

        self._delimiter = _char_attr("delimiter", delimiter, ",", False)
        self._doublequote = True if doublequote is _UNSET else bool(doublequote)
        self._escapechar = _char_attr("escapechar", escapechar, None, True)
        if lineterminator is _UNSET:
            lineterminator = "\r\n"
        elif lineterminator is not None and not isinstance(lineterminator,
                                                             str):
            raise TypeError('"lineterminator" must be a string')
        self._lineterminator = lineterminator
        self._quotechar = _char_attr("quotechar", quotechar, '"', True)
        if quoting is _UNSET:
            # No quote character and no quoting asked for: no quoting.
            quoting = QUOTE_NONE if quotechar is None else QUOTE_MINIMAL
        elif type(quoting) is not int:
            raise TypeError('"quoting" must be an integer')
        self._quoting = quoting
        self._skipinitialspace = (False if skipinitialspace is _UNSET
                                  else bool(skipinitialspace))
        self._strict = False if strict is _UNSET else bool(strict)
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC,
                           QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if lineterminator is None:
            raise TypeError("lineterminator must be set")
        if self._quotechar is None and quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        return self

    def __init__(self, *args, **kwargs):
        pass

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)

    def __setattr__(self, name, value):
        if name in _FIELDS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects "
                                 "is not writable" % name)
        if name.startswith("_") and name[1:] in _FIELDS:
            object.__setattr__(self, name, value)
            return
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'"
                             % name)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_csv.Dialect' object")

    def __repr__(self):
        return "<_csv.Dialect object at 0x%x>" % id(self)


Dialect.__module__ = "_csv"


def _call_dialect(dialect, kwargs):
    if dialect is None:
        return Dialect(**kwargs)
    return Dialect(dialect, **kwargs)


def _split_args(name, args, kwargs):
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError("%s expected at most 2 arguments, got %d"
                        % (name, len(args)))
    return args[0], (args[1] if len(args) == 2 else None)


def _type_name(x):
    return type(x).__name__


class Reader:
    """CSV reader

Reader objects are responsible for reading and parsing tabular data
in CSV format.
"""

    def __init__(self, iterable, dialect):
        self._it = iter(iterable)
        self.dialect = dialect
        self.line_num = 0
        d = dialect
        self._delim = d._delimiter
        self._quote = d._quotechar if d._quoting != QUOTE_NONE else None
        self._esc = d._escapechar
        self._dq = d._doublequote
        self._skipsp = d._skipinitialspace
        self._strict = d._strict
        self._nonnum = d._quoting == QUOTE_NONNUMERIC
        # Whether a line without quotes or escapes may be split at once
        # (not when spaces are both skipped and the delimiter).
        self._plain = not (self._skipsp and self._delim == " ")

    def __iter__(self):
        return self

    def __next__(self):
        fields = []
        field = ""
        numeric = False
        state = _START_RECORD
        delim = self._delim
        quote = self._quote
        esc = self._esc
        limit = _limit
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if field or state == _IN_QUOTED_FIELD:
                    if self._strict:
                        raise Error("unexpected end of data") from None
                    fields.append(float(field) if numeric else field)
                    return fields
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s (the "
                            "file should be opened in text mode)"
                            % _type_name(line))
            self.line_num += 1
            if state == _START_RECORD and self._plain:
                row = self._plain_line(line, limit)
                if row is not None:
                    return row
            state, field, numeric, done = _csvparse.feed(
                line, state, field, numeric, delim, quote, esc, self._dq,
                self._skipsp, self._strict, self._nonnum, limit, float,
                Error)
            fields.extend(done)
            if state == _START_RECORD:
                return fields

    def _plain_line(self, line, limit):
        """The record of a whole `line` that holds no quote or escape
        character and no newline but at its end, split in one go (what
        the state machine would give); None for any other line."""
        if self._quote is not None and self._quote in line:
            return None
        if self._esc is not None and self._esc in line:
            return None
        body = line
        cut = line.find("\r")
        nl = line.find("\n")
        if nl >= 0 and (cut < 0 or nl < cut):
            cut = nl
        if cut >= 0:
            body = line[:cut]
            if line[cut:].strip("\r\n"):
                return None
        if not body:
            return []
        fields = body.split(self._delim)
        if self._skipsp:
            fields = [f.lstrip(" ") for f in fields]
        for f in fields:
            if len(f) > limit:
                raise Error("field larger than field limit (%d)" % limit)
        if self._nonnum:
            fields = [float(f) if f else f for f in fields]
        return fields


Reader.__name__ = "reader"
Reader.__qualname__ = "reader"
Reader.__module__ = "_csv"


def _is_number(x):
    if isinstance(x, (int, float, complex)):
        return True
    t = type(x)
    return (hasattr(t, "__index__") or hasattr(t, "__int__")
            or hasattr(t, "__float__") or hasattr(t, "__complex__"))


class Writer:
    """CSV writer

Writer objects are responsible for generating tabular data
in CSV format from sequence input.
"""

    def __init__(self, write, dialect):
        self._write = write
        self.dialect = dialect
        self._delim = dialect._delimiter
        self._quote = dialect._quotechar
        self._esc = dialect._escapechar
        self._dq = dialect._doublequote
        self._quoting = dialect._quoting
        self._term = dialect._lineterminator
        specials = set(self._term)
        specials.add(self._delim)
        if self._quote is not None:
            specials.add(self._quote)
        if self._esc is not None:
            specials.add(self._esc)
        self._specials = specials
        self._special_list = tuple(specials)

    def _join(self, text, quoted, parts):
        """Append `text` as one field of the record to `parts`."""
        present = [c for c in self._special_list if c in text]
        if not present or self._quote is None or self._quote != self._esc:
            text, quoted = self._replace(text, quoted, present)
            if quoted:
                text = self._quote + text + self._quote
            parts.append(text)
            return
        quoting = self._quoting
        specials = self._specials
        out = None
        for k, c in enumerate(text):
            if c not in specials:
                if out is not None:
                    out.append(c)
                continue
            if out is None:
                out = [text[:k]]
            want_escape = False
            if quoting == QUOTE_NONE:
                want_escape = True
            else:
                if c == self._quote:
                    if self._dq:
                        out.append(c)
                    else:
                        want_escape = True
                elif c == self._esc:
                    want_escape = True
                if not want_escape:
                    quoted = True
            if want_escape:
                if self._esc is None:
                    raise Error("need to escape, but no escapechar set")
                out.append(self._esc)
            out.append(c)
        if out is not None:
            text = "".join(out)
        if quoted:
            text = self._quote + text + self._quote
        parts.append(text)

    def _join_all(self, texts, quotes, parts):
        """`_join` each of `texts`, checking first whether any special
        character is in any of them (one test per character)."""
        if not texts:
            return
        body = "".join(texts)
        for c in self._special_list:
            if c in body:
                for text, quoted in zip(texts, quotes):
                    self._join(text, quoted, parts)
                return
        q = self._quote
        for text, quoted in zip(texts, quotes):
            parts.append(q + text + q if quoted else text)

    def _replace(self, text, quoted, present):
        """`_join`'s work done with `str.replace`, for the `present`
        special characters, when the quote and escape characters differ:
        each escape character escaped, each quote doubled (or escaped),
        any other special character (delimiter, line terminator) quoted or
        escaped. Returns the text and whether it is to be quoted."""
        if not present:
            return text, quoted
        q = self._quote
        e = self._esc
        if self._quoting == QUOTE_NONE:
            if e is None:
                raise Error("need to escape, but no escapechar set")
            if e in present:
                text = text.replace(e, e + e)
            for c in present:
                if c != e:
                    text = text.replace(c, e + c)
            return text, quoted
        if q in present and not self._dq and e is None:
            raise Error("need to escape, but no escapechar set")
        if e is not None and e in present:
            text = text.replace(e, e + e)
        if q in present:
            if self._dq:
                text = text.replace(q, q + q)
                quoted = True
            else:
                text = text.replace(q, e + q)
        for c in present:
            if c != q and c != e:
                quoted = True
        return text, quoted

    def writerow(self, row):
        """writerow(iterable)

Construct and write a CSV record from an iterable of fields.  Non-string
elements will be converted to string."""
        try:
            it = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % _type_name(row)) from None
        quoting = self._quoting
        parts = []
        # Fields of the plain types (whose str() does nothing else) wait in
        # `texts`/`quotes`, to be checked for special characters all at
        # once; any other field is converted and joined in its turn, after
        # those before it, so that errors come in CPython's order.
        texts = []
        quotes = []
        for field in it:
            if quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = quoting == QUOTE_ALL
            kind = type(field)
            if field is None:
                text = ""
            elif kind is str or kind is int or kind is float:
                text = field if kind is str else str(field)
            else:
                self._join_all(texts, quotes, parts)
                texts = []
                quotes = []
                text = field if isinstance(field, str) else str(field)
                self._join(text, quoted, parts)
                continue
            texts.append(text)
            quotes.append(quoted)
        self._join_all(texts, quotes, parts)
        if len(parts) == 1 and parts[0] == "":
            if quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = self._quote * 2
        line = self._delim.join(parts) + self._term
        return self._write(line)

    def writerows(self, rows):
        """writerows(iterable of iterables)

Construct and write a series of iterables to a csv file.  Non-string
elements will be converted to string."""
        for row in rows:
            self.writerow(row)


Writer.__name__ = "writer"
Writer.__qualname__ = "writer"
Writer.__module__ = "_csv"


def reader(*args, **kwargs):
    """    csv_reader = reader(iterable [, dialect='excel']
                        [optional keyword args])
    for row in csv_reader:
        process(row)
"""
    iterable, dialect = _split_args("reader", args, kwargs)
    it = iter(iterable)
    return Reader(it, _call_dialect(dialect, kwargs))


def writer(*args, **kwargs):
    """    csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])
    for row in sequence:
        csv_writer.writerow(row)
"""
    fileobj, dialect = _split_args("writer", args, kwargs)
    write = getattr(fileobj, "write", None)
    if write is None or not callable(write):
        raise TypeError('argument 1 must have a "write" method')
    return Writer(write, _call_dialect(dialect, kwargs))


def register_dialect(*args, **kwargs):
    """Create a mapping from a string name to a dialect class.
    dialect = csv.register_dialect(name[, dialect[, **fmtparams]])"""
    if not args:
        raise TypeError("register_dialect expected at least 1 argument, "
                        "got 0")
    if len(args) > 2:
        raise TypeError("register_dialect expected at most 2 arguments, "
                        "got %d" % len(args))
    name = args[0]
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    dialect = _call_dialect(args[1] if len(args) == 2 else None, kwargs)
    _dialects[name] = dialect


def unregister_dialect(name):
    """Delete the name/dialect mapping associated with a string name.
    csv.unregister_dialect(name)"""
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    """Return the dialect instance associated with name.
    dialect = csv.get_dialect(name)"""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """Return a list of all know dialect names.
    names = csv.list_dialects()"""
    return list(_dialects)


def field_size_limit(*args, **kwargs):
    """Sets an upper limit on parsed fields.
    csv.field_size_limit([limit])

Returns old limit. If limit is not given, no new limit is set and
the old limit is returned"""
    global _limit
    for key in kwargs:
        raise TypeError("'%s' is an invalid keyword argument for "
                        "field_size_limit()" % key)
    if len(args) > 1:
        raise TypeError("field_size_limit() takes at most 1 argument "
                        "(%d given)" % len(args))
    old = _limit
    if args:
        new = args[0]
        if not isinstance(new, int):
            raise TypeError("limit must be an integer")
        if not -2**63 <= new < 2**63:
            raise OverflowError("Python int too large to convert to C long")
        _limit = new
    return old
