"""Extract, format and print exceptions and stacks, as the interpreter's own
report of an uncaught exception does.

sandpy hands out no frame objects: a traceback entry's `tb_frame` is None,
and what this module shows of a frame (file, line, function, source line)
comes from the accelerator `_traceback` as plain data. So `walk_tb` and
`walk_stack` give None for the frame, `extract_stack`/`print_stack` take
no frame argument but None, and `capture_locals` records no locals.
"""

import sys
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3
_CAUSE = ("\nThe above exception was the direct cause "
          "of the following exception:\n\n")
_CONTEXT = ("\nDuring handling of the above exception, "
            "another exception occurred:\n\n")
_UNSET = object()


def _no_frame(f, fname):
    if f is not None:
        raise TypeError(f"{fname}(): sandpy has no frame objects; "
                        "pass None for the current stack")


def _limit_of(limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


def _take(items, limit):
    """The first `limit` items (the last -limit when negative)."""
    limit = _limit_of(limit)
    if limit is None:
        return list(items)
    if limit >= 0:
        return list(items)[:limit]
    return list(items)[limit:] if -limit <= len(items) else list(items)


def _str_or(value, what, func=str):
    try:
        return func(value)
    except Exception:
        return f'<{what} {func.__name__}() failed>'


# -- frames ---------------------------------------------------------------

class FrameSummary:
    """One entry of a stack or traceback: filename, lineno, name, line."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None,
                 end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        if locals:
            self.locals = {k: _str_or(v, 'local', repr)
                           for k, v in locals.items()}
        else:
            self.locals = None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return (f"<FrameSummary file {self.filename}, "
                f"line {self.lineno} in {self.name}>")

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        return self._line

    @property
    def line(self):
        if self._line is None:
            return None
        return self._line.strip()


def _summary(place, lookup_lines=True):
    filename, lineno, name, line = place
    return FrameSummary(filename, lineno, name, line=line)


def walk_tb(tb):
    """Yield (frame, lineno) along `tb.tb_next`; the frame is None."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """Yield (frame, lineno) from the caller outwards; the frame is None."""
    _no_frame(f, 'walk_stack')
    for place in reversed(_traceback.stack(1)[:-1]):
        yield None, place[1]


def _tb_places(tb):
    places = []
    while tb is not None:
        place = getattr(tb, '_place', None)
        if place is None:
            place = ('<unknown>', tb.tb_lineno, '<unknown>', None)
        places.append(place)
        tb = tb.tb_next
    return places


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        result = klass()
        for frame, lineno in _take(list(frame_gen), limit):
            if frame is None:
                raise TypeError("StackSummary.extract(): sandpy has no frame "
                                "objects; use extract_tb or extract_stack")
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        line = frame_summary.line
        if line:
            row.append('    {}\n'.format(line))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(
                    name=name, value=value))
        return ''.join(row)

    def format(self):
        result = []
        last = None
        count = 0
        for fs in self:
            here = (fs.filename, fs.lineno, fs.name)
            if here != last:
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeated(count - _RECURSIVE_CUTOFF))
                last = here
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            text = self.format_frame_summary(fs)
            if text is None:
                continue
            result.append(text)
        if count > _RECURSIVE_CUTOFF:
            result.append(_repeated(count - _RECURSIVE_CUTOFF))
        return result


def _repeated(more):
    s = 's' if more > 1 else ''
    return f'  [Previous line repeated {more} more time{s}]\n'


def _stack_of_tb(tb, limit):
    return StackSummary.from_list(_take(_tb_places(tb), limit))


def _stack_of_caller(skip, limit):
    places = _traceback.stack(skip + 1)
    # Innermost first for the limit, as CPython walks the stack.
    places = _take(places[::-1], limit)
    return StackSummary.from_list(places[::-1])


def extract_tb(tb, limit=None):
    """The StackSummary of traceback `tb`, outermost entry first."""
    return _stack_of_tb(tb, limit)


def extract_stack(f=None, limit=None):
    """The StackSummary of the caller's stack, outermost frame first."""
    _no_frame(f, 'extract_stack')
    return _stack_of_caller(1, limit)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def format_stack(f=None, limit=None):
    _no_frame(f, 'format_stack')
    return format_list(_stack_of_caller(1, limit))


def _out(file):
    return sys.stderr if file is None else file


def print_list(extracted_list, file=None):
    file = _out(file)
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def print_stack(f=None, limit=None, file=None):
    _no_frame(f, 'print_stack')
    print_list(_stack_of_caller(1, limit), file=file)


def clear_frames(tb):
    """Nothing to clear: sandpy's tracebacks hold no frames."""


# -- exceptions -----------------------------------------------------------

def _value_and_tb(exc, value, tb):
    if (value is _UNSET) != (tb is _UNSET):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _UNSET:
        if exc is None:
            return None, None
        if isinstance(exc, BaseException):
            return exc, exc.__traceback__
        raise TypeError(f'Exception expected for value, '
                        f'{type(exc).__name__} found')
    return value, tb


def format_exception(exc, /, value=_UNSET, tb=_UNSET, limit=None,
                     chain=True):
    """The lines of an exception's report, as print_exception prints it."""
    value, tb = _value_and_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_UNSET):
    """The last lines of an exception's report: `Type: message`, notes."""
    if value is _UNSET:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def print_exception(exc, /, value=_UNSET, tb=_UNSET, limit=None, file=None,
                    chain=True):
    value, tb = _value_and_tb(exc, value, tb)
    file = _out(file)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    for line in te.format(chain=chain):
        print(line, file=file, end="")


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit,
                                    chain=chain))


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


class _Box:
    """Where an exception group's report is: its depth, and whether the
    last member still owes the closing line."""

    def __init__(self):
        self.depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.depth)

    def emit(self, texts, margin='|'):
        lead = self.indent()
        if self.depth:
            lead += margin + ' '
        if isinstance(texts, str):
            texts = [texts]
        for text in texts:
            yield ''.join(lead + line for line in text.splitlines(True))


class TracebackException:
    """An exception captured for formatting later: its type, its message,
    its stack, and its cause, context and group members in turn."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        top = _seen is None
        if top:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = _stack_of_tb(exc_traceback, limit)
        self.exc_type = exc_type
        self._str = _str_or(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        self.__suppress_context__ = (
            exc_value.__suppress_context__ if exc_value is not None
            else False)
        self.__cause__ = self.__context__ = self.exceptions = None
        if not top:
            return
        kw = dict(limit=limit, lookup_lines=lookup_lines,
                  capture_locals=capture_locals,
                  max_group_width=max_group_width,
                  max_group_depth=max_group_depth, _seen=_seen)

        def make(e):
            return TracebackException(type(e), e, e.__traceback__, **kw)

        # A queue, not recursion: a long chain of causes is no deep stack.
        queue = [(self, exc_value)]
        while queue:
            te, e = queue.pop()
            cause = context = members = None
            if (e is not None and e.__cause__ is not None
                    and id(e.__cause__) not in _seen):
                cause = make(e.__cause__)
            need_context = (not compact or (cause is None and e is not None
                                            and not e.__suppress_context__))
            if (e is not None and e.__context__ is not None and need_context
                    and id(e.__context__) not in _seen):
                context = make(e.__context__)
            if e is not None and isinstance(e, BaseExceptionGroup):
                members = [make(m) for m in e.exceptions]
            te.__cause__, te.__context__, te.exceptions = (
                cause, context, members)
            if cause is not None:
                queue.append((cause, e.__cause__))
            if context is not None:
                queue.append((context, e.__context__))
            if members:
                queue.extend(zip(members, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type_str(self):
        return self._type_str()

    def _type_str(self):
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype
        return stype

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self.exc_type is None:
            yield _final_line(None, self._str)
            return
        stype = self._type_str()
        if not issubclass(self.exc_type, SyntaxError):
            yield _final_line(stype, self._str)
        else:
            yield from self._format_syntax_error(stype)
        notes = self.__notes__
        if isinstance(notes, (list, tuple)):
            for note in notes:
                note = _str_or(note, 'note')
                yield from [line + '\n' for line in note.split('\n')]
        elif notes is not None:
            yield _str_or(notes, '__notes__', func=repr)

    def _format_syntax_error(self, stype):
        suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(
                self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            suffix = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext)
            if self.offset is not None:
                offset = self.offset
                end = self.end_offset if self.end_offset not in (None, 0) \
                    else offset
                if offset == end or end == -1:
                    end = offset + 1
                col = offset - 1 - spaces
                end_col = end - 1 - spaces
                if col >= 0:
                    pad = ''.join(c if c.isspace() else ' '
                                  for c in ltext[:col])
                    yield '    {}{}\n'.format(pad, '^' * (end_col - col))
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, suffix)

    def format(self, *, chain=True, _ctx=None):
        box = _Box() if _ctx is None else _ctx
        parts = []
        exc = self
        if chain:
            while exc is not None:
                if exc.__cause__ is not None:
                    msg, nxt = _CAUSE, exc.__cause__
                elif (exc.__context__ is not None
                      and not exc.__suppress_context__):
                    msg, nxt = _CONTEXT, exc.__context__
                else:
                    msg, nxt = None, None
                parts.append((msg, exc))
                exc = nxt
        else:
            parts.append((None, exc))
        for msg, exc in reversed(parts):
            if msg is not None:
                yield from box.emit(msg)
            if exc.exceptions is None:
                if exc.stack:
                    yield from box.emit('Traceback (most recent call last):\n')
                    yield from box.emit(exc.stack.format())
                yield from box.emit(exc.format_exception_only())
            elif box.depth > exc.max_group_depth:
                yield from box.emit(
                    f"... (max_group_depth is {exc.max_group_depth})\n")
            else:
                yield from exc._format_group(box, chain)

    def _format_group(self, box, chain):
        top = box.depth == 0
        if top:
            box.depth += 1
        if self.stack:
            yield from box.emit(
                'Exception Group Traceback (most recent call last):\n',
                margin='+' if top else '|')
            yield from box.emit(self.stack.format())
        yield from box.emit(self.format_exception_only())
        width = self.max_group_width
        total = len(self.exceptions)
        shown = total if total <= width else width + 1
        box.need_close = False
        for i in range(shown):
            last = i == shown - 1
            if last:
                box.need_close = True
            truncated = i >= width
            title = '...' if truncated else f'{i + 1}'
            yield (box.indent() + ('+-' if i == 0 else '  ') +
                   f'+---------------- {title} ----------------\n')
            box.depth += 1
            if not truncated:
                yield from self.exceptions[i].format(chain=chain, _ctx=box)
            else:
                more = total - width
                s = 's' if more > 1 else ''
                yield from box.emit(f"and {more} more exception{s}\n")
            if last and box.need_close:
                yield box.indent() + "+------------------------------------\n"
                box.need_close = False
            box.depth -= 1
        if top:
            box.depth = 0

    def print(self, *, file=None, chain=True):
        file = _out(file)
        for line in self.format(chain=chain):
            print(line, file=file, end="")


def _final_line(etype, value):
    text = _str_or(value, 'exception')
    if value is None or not text:
        return f"{etype}\n"
    return f"{etype}: {text}\n"
