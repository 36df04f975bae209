# print() with no file writes to sys.stdout as it is now: rebinding it (as
# contextlib.redirect_stdout does) redirects print; None silences it.
import io
import sys

buf = io.StringIO()
old = sys.stdout
sys.stdout = buf
print('captured', 1, 2, sep='-')
print('second', end='!')
sys.stdout = old
print(repr(buf.getvalue()))


class Upper:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s.upper())
        return len(s)

    def flush(self):
        self.parts.append('<flush>')


u = Upper()
sys.stdout = u
print('hello', 'world', flush=True)
sys.stdout = None
print('dropped')
sys.stdout = sys.__stdout__
print(u.parts)
print('to stderr is unchanged', file=sys.stderr)
print('back', sys.stdout is sys.__stdout__)

# Output:
# 'captured-1-2\nsecond!'
# ['HELLO', ' ', 'WORLD', '\n', '<flush>']
# back True
