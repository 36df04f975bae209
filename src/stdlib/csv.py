"""
csv.py - read/write/investigate CSV files
"""

import re
from _csv import (Error, __version__, writer, reader, register_dialect,
                  unregister_dialect, get_dialect, list_dialects,
                  field_size_limit, QUOTE_MINIMAL, QUOTE_ALL,
                  QUOTE_NONNUMERIC, QUOTE_NONE, __doc__)
from _csv import Dialect as _Dialect
from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer",
           "register_dialect", "get_dialect", "list_dialects", "Sniffer",
           "unregister_dialect", "__version__", "DictReader", "DictWriter",
           "unix_dialect"]


class Dialect:
    """Describe a CSV dialect.

    This must be subclassed (see csv.excel).  Valid attributes are:
    delimiter, quotechar, escapechar, doublequote, skipinitialspace,
    lineterminator, quoting.

    """
    _name = ""
    _valid = False
    # placeholders
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            # A dialect class that does not make a valid dialect is an
            # Error of this module, as the C core's TypeError says why.
            raise Error(str(e))


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = '\t'


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames   # list of keys for the dict
        self.restkey = restkey          # key to catch long rows
        self.restval = restval          # default value for short rows
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            # Read the header row first, if the names were not given.
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        # A blank line gives an empty row: skip it, as CPython does.
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        d = dict(zip(names, row))
        nf = len(names)
        nr = len(row)
        if nf < nr:
            d[self.restkey] = row[nf:]
        elif nf > nr:
            for key in names[nr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames    # list of keys for the dict
        self.restval = restval          # for writing short dicts
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong = [k for k in rowdict.keys() if k not in self.fieldnames]
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


def _skips_space(line, delim):
    return line.count(delim) == line.count(delim + " ")


class Sniffer:
    '''
    "Sniffs" the format of a CSV file (i.e. delimiter, quotechar)
    Returns a Dialect object.
    '''
    def __init__(self):
        # in case there is more than one possible delimiter
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """
        Returns a dialect (or None) corresponding to the sample
        """
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample,
                                                                delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL
            # escapechar = ''

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        # _csv.reader won't accept a quotechar of ''
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    # The forms a quoted field takes, tried in turn: between delimiters,
    # first on a line, last on a line, alone on a line.
    _QUOTED_FORMS = (
        r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
        r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
        r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
        r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
    )

    def _guess_quote_and_delimiter(self, data, delimiters):
        """Guess the quote character and the delimiter from the quoted
        fields of `data`: the quote that starts most of them, and the
        character (not a letter, digit or newline) found most often
        beside them. Returns (quotechar, doublequote, delimiter,
        skipinitialspace); an empty delimiter when there is no quoted
        field."""
        matches = []
        for form in self._QUOTED_FORMS:
            pattern = re.compile(form, re.DOTALL | re.MULTILINE)
            matches = list(pattern.finditer(data))
            if matches:
                break
        if not matches:
            return ('', False, None, 0)
        quotes = {}
        delims = {}
        spaces = 0
        for m in matches:
            groups = m.groupdict()
            q = groups['quote']
            if q:
                quotes[q] = quotes.get(q, 0) + 1
            d = groups.get('delim')
            if d and (delimiters is None or d in delimiters):
                delims[d] = delims.get(d, 0) + 1
            if groups.get('space'):
                spaces += 1
        quotechar = _most_counted(quotes)
        if delims:
            delim = _most_counted(delims)
            skipinitialspace = delims[delim] == spaces
            if delim == '\n':  # most likely a file with a single column
                delim = ''
        else:
            # there is *no* delimiter, it's a single column of quoted data
            delim = ''
            skipinitialspace = 0
        # Is a quote inside a field doubled? Look for a field holding a
        # quote between its quotes.
        dq = re.compile(
            r"((%(delim)s)|^)\W*%(quote)s[^%(delim)s\n]*%(quote)s[^%(delim)s\n]*%(quote)s\W*((%(delim)s)|$)"
            % {'delim': re.escape(delim), 'quote': quotechar}, re.MULTILINE)
        doublequote = bool(dq.search(data))
        return (quotechar, doublequote, delim, skipinitialspace)

    def _guess_delimiter(self, data, delimiters):
        """Guess the delimiter from how often each ASCII character occurs
        per line: for each character, the count that most lines share
        (its mode) and how many lines share it, less those that do not.
        Chunks of ten lines are added until the characters whose mode is
        met by enough lines (from 100% of them down to 90%) are one; among
        several, the preferred ones win, else the one of the highest
        mode. Returns (delimiter, skipinitialspace), ('', 0) if none."""
        lines = [line for line in data.split('\n') if line]
        chars = [chr(c) for c in range(127)]
        chunk = min(10, len(lines))
        rounds = 0
        freqs = {}   # char -> {count in a line: how many lines}
        modes = {}
        delims = {}
        start, end = 0, chunk
        while start < len(lines):
            rounds += 1
            for line in lines[start:end]:
                for ch in chars:
                    table = freqs.get(ch)
                    if table is None:
                        table = freqs[ch] = {}
                    n = line.count(ch)
                    table[n] = table.get(n, 0) + 1
            for ch, table in freqs.items():
                items = list(table.items())
                if len(items) == 1 and items[0][0] == 0:
                    continue
                if len(items) > 1:
                    best = items[0]
                    for item in items[1:]:
                        if item[1] > best[1]:
                            best = item
                    others = sum(item[1] for item in items) - best[1]
                    modes[ch] = (best[0], best[1] - others)
                else:
                    modes[ch] = items[0]
            total = float(min(chunk * rounds, len(lines)))
            consistency = 1.0
            threshold = 0.9
            while len(delims) == 0 and consistency >= threshold:
                for ch, (count, lines_with) in modes.items():
                    if count > 0 and lines_with > 0:
                        if (lines_with / total >= consistency
                                and (delimiters is None or ch in delimiters)):
                            delims[ch] = (count, lines_with)
                consistency -= 0.01
            if len(delims) == 1:
                delim = list(delims)[0]
                return (delim, _skips_space(lines[0], delim))
            start = end
            end += chunk
        if not delims:
            return ('', 0)
        if len(delims) > 1:
            for d in self.preferred:
                if d in delims:
                    return (d, _skips_space(lines[0], d))
        ranked = sorted((v, k) for k, v in delims.items())
        delim = ranked[-1][1]
        return (delim, _skips_space(lines[0], delim))

    def has_header(self, sample):
        """Whether the first row of `sample` looks like a header: for each
        column of the rows below it (up to 21 of them) whose values are
        all numbers or all of one length, the header's cell counts for a
        header when it is not such a value, against one otherwise."""
        rdr = reader(StringIO(sample), self.sniff(sample))
        header = next(rdr)
        columns = len(header)
        kinds = {}
        for i in range(columns):
            kinds[i] = None
        checked = 0
        for row in rdr:
            if checked > 20:
                break
            checked += 1
            if len(row) != columns:
                continue  # skip rows that have irregular number of columns
            for col in list(kinds.keys()):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        # the column holds values of several kinds
                        del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if type(kind) is int:  # a length
                if len(header[col]) != kind:
                    votes += 1
                else:
                    votes -= 1
            else:  # a number (or None, for a column never checked)
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0


def _most_counted(counts):
    """The key with the highest count (the last such one in order, as
    CPython's pairwise reduction picks)."""
    best = None
    for key in counts:
        if best is None or not counts[best] > counts[key]:
            best = key
    return best
