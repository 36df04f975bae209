"""string: common string constants, capwords, Template and Formatter.

Written for sandpy from the Python 3.11 documentation. Template's default
pattern is matched by a scanner of its own (no `re`); a subclass that
changes `idpattern`, `braceidpattern`, `flags` or `pattern` needs `re`,
which is imported when such a template is first used. Formatter parses
format strings itself (CPython uses the `_string` accelerator).

This module keeps no mutable module-level state.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    joiner = ' ' if sep is None or sep == '' else sep
    return joiner.join([word.capitalize() for word in s.split(sep)])


####################################################################
# Template

_IDENT_START = frozenset('_' + ascii_letters)
_IDENT_REST = frozenset('_' + ascii_letters + digits)
_NO_MAPPING = {}

# re.IGNORECASE's value (an IntFlag in CPython; the plain int here).
_IGNORECASE = 2
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'


def _identifier_end(text, i):
    """The end of the default idpattern's match at text[i] (i when none)."""
    n = len(text)
    if i < n and text[i] in _IDENT_START:
        i += 1
        while i < n and text[i] in _IDENT_REST:
            i += 1
    return i


class _PatternAttribute:
    """`Template.pattern`: the compiled regular expression CPython keeps
    here, built on first read (it needs `re`)."""

    def __get__(self, instance, owner=None):
        if owner is None:
            owner = type(instance)
        import re
        return re.compile(_pattern_source(owner), owner.flags | re.VERBOSE)


def _pattern_source(cls):
    import re
    delim = re.escape(cls.delimiter)
    ident = cls.idpattern
    bident = cls.braceidpattern or cls.idpattern
    return fr"""
            {delim}(?:
              (?P<escaped>{delim})  |   # Escape sequence of two delimiters
              (?P<named>{ident})       |   # delimiter and a Python identifier
              {{(?P<braced>{bident})}} |   # delimiter and a braced identifier
              (?P<invalid>)             # Other ill-formed delimiter exprs
            )
            """


def _scans_itself(cls):
    """Whether the scanner here matches cls's pattern (no `re` needed)."""
    return (isinstance(_lookup(cls, 'pattern'), _PatternAttribute)
            and cls.idpattern == _DEFAULT_IDPATTERN
            and cls.braceidpattern is None
            and cls.flags == _IGNORECASE
            and isinstance(cls.delimiter, str) and cls.delimiter != '')


def _lookup(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


def _placeholders(template, cls):
    """Yield (kind, name, start, end) for each delimiter in `template`:
    kind is 'escaped', 'named', 'braced' or 'invalid'; start..end is the
    matched text, and for 'invalid' end is where the name would start."""
    if not _scans_itself(cls):
        yield from _regex_placeholders(template, cls)
        return
    delim = cls.delimiter
    dn = len(delim)
    n = len(template)
    i = 0
    while True:
        at = template.find(delim, i)
        if at < 0:
            return
        j = at + dn
        if template.startswith(delim, j):
            yield 'escaped', None, at, j + dn
            i = j + dn
            continue
        end = _identifier_end(template, j)
        if end > j:
            yield 'named', template[j:end], at, end
            i = end
            continue
        if j < n and template[j] == '{':
            end = _identifier_end(template, j + 1)
            if end > j + 1 and end < n and template[end] == '}':
                yield 'braced', template[j + 1:end], at, end + 1
                i = end + 1
                continue
        yield 'invalid', None, at, j
        i = j


def _regex_placeholders(template, cls):
    pattern = cls.pattern
    if isinstance(pattern, str):
        import re
        pattern = re.compile(pattern, cls.flags | re.VERBOSE)
    for mo in pattern.finditer(template):
        found = False
        for kind in ('escaped', 'named', 'braced', 'invalid'):
            try:
                value = mo.group(kind)
            except IndexError:
                continue
            if value is not None:
                found = True
                if kind == 'invalid':
                    yield kind, None, mo.start(), mo.start(kind)
                else:
                    yield kind, value, mo.start(), mo.end()
                break
        if not found:
            raise ValueError('Unrecognized named group in pattern', pattern)


def _invalid(template, i):
    lines = template[:i].splitlines(keepends=True)
    if not lines:
        colno = 1
        lineno = 1
    else:
        colno = i - len(''.join(lines[:-1]))
        lineno = len(lines)
    raise ValueError('Invalid placeholder in string: line %d, col %d' %
                     (lineno, colno))


class _Chain:
    """Look a name up in the keyword arguments, then in the mapping."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


def _mapping_of(mapping, kws):
    if mapping is _NO_MAPPING:
        return kws
    if kws:
        return _Chain(kws, mapping)
    return mapping


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = _IGNORECASE
    pattern = _PatternAttribute()

    def __init__(self, template):
        self.template = template

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        mapping = _mapping_of(mapping, kws)
        template = self.template
        out = []
        pos = 0
        for kind, name, start, end in _placeholders(template, type(self)):
            out.append(template[pos:start])
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                _invalid(template, end)
            else:
                out.append(str(mapping[name]))
            pos = end
        out.append(template[pos:])
        return ''.join(out)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        mapping = _mapping_of(mapping, kws)
        template = self.template
        out = []
        pos = 0
        for kind, name, start, end in _placeholders(template, type(self)):
            out.append(template[pos:start])
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                out.append(template[start:end])
            else:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(template[start:end])
            pos = end
        out.append(template[pos:])
        return ''.join(out)

    def is_valid(self):
        for kind, _name, _start, _end in _placeholders(self.template,
                                                       type(self)):
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, name, _start, _end in _placeholders(self.template,
                                                      type(self)):
            if name is not None and name not in ids:
                ids.append(name)
        return ids


####################################################################
# Formatter

_SSIZE_MAX = 9223372036854775807


def _index_or_str(text):
    if text and text.isdecimal():
        value = int(text)
        if value > _SSIZE_MAX:
            raise ValueError('Too many decimal digits in format string')
        return value
    return text


def _parse_format(text):
    """What `Formatter.parse` yields: (literal, field, spec, conversion)."""
    n = len(text)
    i = 0
    while i < n:
        # The literal text, up to a brace.
        start = i
        while i < n and text[i] != '{' and text[i] != '}':
            i += 1
        if i >= n:
            yield text[start:], None, None, None
            return
        brace = text[i]
        if i + 1 < n and text[i + 1] == brace:
            yield text[start:i + 1], None, None, None
            i += 2
            continue
        if brace == '}':
            raise ValueError("Single '}' encountered in format string")
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        literal = text[start:i]
        i += 1
        # The field name: brackets hide braces and ':' or '!'.
        fstart = i
        while True:
            if i >= n:
                raise ValueError("expected '}' before end of string")
            c = text[i]
            if c == '[':
                while i < n and text[i] != ']':
                    i += 1
                continue
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c in '}:!':
                break
            i += 1
        field = text[fstart:i]
        conversion = None
        if c == '!':
            i += 1
            if i >= n:
                raise ValueError(
                    'end of string while looking for conversion specifier')
            conversion = text[i]
            i += 1
            if i >= n:
                raise ValueError("unmatched '{' in format spec")
            c = text[i]
            if c != ':' and c != '}':
                raise ValueError("expected ':' after conversion specifier")
        if c == '}':
            yield literal, field, '', conversion
            i += 1
            continue
        # The format spec, whose braces nest.
        i += 1
        sstart = i
        depth = 1
        while i < n:
            c = text[i]
            if c == '{':
                depth += 1
            elif c == '}':
                depth -= 1
                if depth == 0:
                    break
            i += 1
        if i >= n:
            raise ValueError("unmatched '{' in format spec")
        yield literal, field, text[sstart:i], conversion
        i += 1


def _field_rest(name, i):
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        if c == '.':
            start = i
            while i < n and name[i] != '.' and name[i] != '[':
                i += 1
            if i == start:
                raise ValueError('Empty attribute in format string')
            yield True, name[start:i]
        elif c == '[':
            start = i
            while i < n and name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            if i == start:
                raise ValueError('Empty attribute in format string')
            key = _index_or_str(name[start:i])
            i += 1
            if i < n and name[i] != '.' and name[i] != '[':
                raise ValueError("Only '.' or '[' may follow ']' in format "
                                 "field specifier")
            yield False, key
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format "
                             "field specifier")


def _split_field_name(name):
    i = 0
    n = len(name)
    while i < n and name[i] != '.' and name[i] != '[':
        i += 1
    return _index_or_str(name[:i]), _field_rest(name, i)


_NUMBERING = ('cannot switch from manual field specification to automatic '
              'field numbering')


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args,
                 recursion_depth, auto_arg_index=0):
        # auto_arg_index: the next automatic number, or False once a
        # field was numbered by hand.
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal, field_name, spec, conversion in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError(_NUMBERING)
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError(_NUMBERING)
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            spec, auto_arg_index = self._vformat(
                spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            pieces.append(self.format_field(obj, spec))
        return ''.join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
