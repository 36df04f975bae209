"""textwrap: wrapping and filling text.

Written for sandpy from the Python 3.11 documentation. CPython splits text
into chunks with regular expressions (`TextWrapper.wordsep_re`, ...); this
module scans for the same chunks itself, without `re`, so that every
output is CPython's. The regular-expression class attributes
(`wordsep_re`, `wordsep_simple_re`, `sentence_end_re`) are not provided.

This module keeps no mutable module-level state.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# The whitespace textwrap knows: ASCII only (string.whitespace's).
_whitespace = '\t\n\x0b\x0c\r '
_WS = frozenset(_whitespace)
_OTHER_WS = '\t\n\x0b\x0c\r'


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    # A word character that is not a decimal digit (`[^\d\W]`).
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word_punct(c):
    return c.isalnum() or c in '_!"\'&.,?'


def _dash_run_then_word(s, i):
    """Whether s[i:] is two or more hyphens followed by a word character."""
    j = i
    n = len(s)
    while j < n and s[j] == '-':
        j += 1
    return j - i >= 2 and j < n and _is_word(s[j])


def _hyphen_break(s, e):
    """Whether a word may end with the hyphen s[e]: a letter pair (or
    letter-hyphen-letter) before it, and letter, [hyphen,] letter after."""
    n = len(s)
    if not (e + 1 < n and _is_letter(s[e + 1])):
        return False
    if not ((e + 2 < n and _is_letter(s[e + 2])) or
            (e + 3 < n and s[e + 2] == '-' and _is_letter(s[e + 3]))):
        return False
    if e >= 2 and _is_letter(s[e - 2]) and _is_letter(s[e - 1]):
        return True
    return (e >= 3 and _is_letter(s[e - 3]) and s[e - 2] == '-'
            and _is_letter(s[e - 1]))


def _split_word(word, out):
    """Append the chunks of one run of non-whitespace that holds a hyphen:
    hyphenated parts ('long-', 'word') and em-dashes ('--') apart."""
    n = len(word)
    p = 0
    while p < n:
        if (p > 0 and word[p] == '-' and _is_word_punct(word[p - 1])
                and _dash_run_then_word(word, p)):
            e = p
            while word[e] == '-':
                e += 1
            out.append(word[p:e])
            p = e
            continue
        e = p + 1
        while e < n:
            if word[e] == '-' and _hyphen_break(word, e):
                e += 1
                break
            if _is_word_punct(word[e - 1]) and _dash_run_then_word(word, e):
                break
            e += 1
        out.append(word[p:e])
        p = e


def _runs(text):
    """The runs of whitespace and of non-whitespace of `text`, in order."""
    out = []
    if not any(c in text for c in _OTHER_WS):
        spaces = 0
        first = True
        for part in text.split(' '):
            if first:
                first = False
            else:
                spaces += 1
            if part:
                if spaces:
                    out.append(' ' * spaces)
                    spaces = 0
                out.append(part)
        if spaces:
            out.append(' ' * spaces)
        return out
    start = 0
    n = len(text)
    while start < n:
        blank = text[start] in _WS
        end = start + 1
        while end < n and (text[end] in _WS) == blank:
            end += 1
        out.append(text[start:end])
        start = end
    return out


def _ends_sentence(chunk):
    # A lowercase ASCII letter, '.', '!' or '?', maybe a quote, at the end.
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return (len(chunk) >= 2 and chunk[-1] in '.!?'
            and 'a' <= chunk[-2] <= 'z')


class TextWrapper:
    """
    Object for wrapping/filling text.  The public interface consists of
    the wrap() and fill() methods; the other methods are just there for
    subclasses to override in order to tweak the default behaviour.
    If you want to completely replace the main wrapping algorithm,
    you'll probably have to override _wrap_chunks().
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))
    uspace = ord(' ')

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- Private methods -----------------------------------------------
    # (possibly useful for subclasses to override)

    def _munge_whitespace(self, text):
        """Expand tabs and turn every other whitespace character into a
        space, as the options say."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split the text into indivisible chunks: words, runs of
        whitespace, and (with break_on_hyphens) the parts of hyphenated
        words and em-dashes."""
        runs = _runs(text)
        if not self.break_on_hyphens:
            return runs
        chunks = []
        for run in runs:
            if '-' in run and run[0] not in _WS:
                _split_word(run, chunks)
            else:
                chunks.append(run)
        return chunks

    def _fix_sentence_endings(self, chunks):
        """Make a single space after a sentence's end two spaces."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Put what fits of a chunk longer than any line onto cur_line
        (or, when long words may not be broken, the whole chunk on an
        empty line)."""
        room = width - cur_len if width >= 1 else 1
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            cut = room
            if self.break_on_hyphens and len(chunk) > room:
                # Break after the last hyphen that fits, when something
                # other than hyphens comes before it.
                hyphen = chunk.rfind('-', 0, room)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    cut = hyphen + 1
            cur_line.append(chunk[:cut])
            reversed_chunks[-1] = chunk[cut:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Wrap a list of chunks into lines of at most self.width
        characters (indent included)."""
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 \
                else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        todo = chunks[::-1]
        while todo:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and todo[-1].strip() == '':
                todo.pop()
            line = []
            used = 0
            while todo and used + len(todo[-1]) <= width:
                used += len(todo[-1])
                line.append(todo.pop())
            if todo and len(todo[-1]) > width:
                self._handle_long_word(todo, line, used, width)
                used = sum([len(c) for c in line])
            if self.drop_whitespace and line and line[-1].strip() == '':
                used -= len(line.pop())
            if not line:
                continue
            if self.max_lines is None or len(lines) + 1 < self.max_lines:
                lines.append(indent + ''.join(line))
                continue
            rest_blank = not todo or (self.drop_whitespace and len(todo) == 1
                                      and not todo[0].strip())
            if rest_blank and used <= width:
                lines.append(indent + ''.join(line))
                continue
            # The last line allowed: end it with the placeholder.
            while line:
                if line[-1].strip() and used + len(self.placeholder) <= width:
                    lines.append(indent + ''.join(line) + self.placeholder)
                    break
                used -= len(line.pop())
            else:
                if lines:
                    prev = lines[-1].rstrip()
                    if len(prev) + len(self.placeholder) <= self.width:
                        lines[-1] = prev + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- Public interface ----------------------------------------------

    def wrap(self, text):
        """wrap(text : string) -> [string]

        Reformat the single paragraph in 'text' so it fits in lines of
        no more than 'self.width' columns, and return a list of wrapped
        lines.  Tabs in 'text' are expanded with string.expandtabs(),
        and all other whitespace characters (including newline) are
        converted to space.
        """
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """fill(text : string) -> string

        Reformat the single paragraph in 'text' to fit in lines of no
        more than 'self.width' columns, and return a new string
        containing the entire wrapped paragraph.
        """
        return "\n".join(self.wrap(text))


# -- Convenience interface ---------------------------------------------

def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines.

    Reformat the single paragraph in 'text' so it fits in lines of no
    more than 'width' columns, and return a list of wrapped lines.  By
    default, tabs in 'text' are expanded with string.expandtabs(), and
    all other whitespace characters (including newline) are converted to
    space.  See TextWrapper class for available keyword args to customize
    wrapping behaviour.
    """
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string.

    Reformat the single paragraph in 'text' to fit in lines of no more
    than 'width' columns, and return a new string containing the entire
    wrapped paragraph.  As with wrap(), tabs are expanded and other
    whitespace characters converted to space.  See TextWrapper class for
    available keyword args to customize wrapping behaviour.
    """
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width.

    The text first has its whitespace collapsed.  If it then fits in
    the *width*, it is returned as is.  Otherwise, as many words
    as possible are joined and then the placeholder is appended::

        >>> textwrap.shorten("Hello  world!", width=12)
        'Hello world!'
        >>> textwrap.shorten("Hello  world!", width=11)
        'Hello [...]'
    """
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


# -- Loosely related functionality -------------------------------------

def _common_prefix(a, b):
    k = 0
    for x, y in zip(a, b):
        if x != y:
            break
        k += 1
    return a[:k]


def dedent(text):
    """Remove any common leading whitespace from every line in `text`.

    This can be used to make triple-quoted strings line up with the left
    edge of the display, while still presenting them in the source code
    in indented form.

    Note that tabs and spaces are both treated as whitespace, but they
    are not equal: the lines "  hello" and "\\thello" are
    considered to have no common leading whitespace.

    Entirely blank lines are normalized to a newline character.
    """
    if not isinstance(text, str):
        if isinstance(text, (bytes, bytearray, memoryview)):
            raise TypeError('cannot use a string pattern on a bytes-like '
                            'object')
        raise TypeError("expected string or bytes-like object, got '%s'"
                        % type(text).__name__)
    lines = text.split('\n')
    margin = None
    for k, line in enumerate(lines):
        body = line.lstrip(' \t')
        if not body:
            # Lines of only blanks and tabs become empty.
            lines[k] = ''
            continue
        lead = line[:len(line) - len(body)]
        if margin is None:
            margin = lead
        else:
            margin = _common_prefix(margin, lead)
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line
                 for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'.

    If 'predicate' is provided, 'prefix' will only be added to the lines
    where 'predicate(line)' is True. If 'predicate' is not provided,
    it will default to adding 'prefix' to all non-empty lines that do not
    consist solely of whitespace characters.
    """
    out = []
    for line in text.splitlines(True):
        keep = predicate(line) if predicate is not None else line.strip()
        out.append(prefix + line if keep else line)
    return ''.join(out)
