# The io bench's program (run by benches/io/bench.py under python3 and
# sandpy): each case times itself with time.perf_counter and prints
# "name seconds". SCALE sets the sizes.
import io
import sys
import textwrap
import time
from array import array

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1


def stringio_build():
    s = io.StringIO()
    for i in range(200000 * SCALE):
        s.write('line ')
        s.write(str(i))
        s.write('\n')
    return len(s.getvalue())


def stringio_readlines():
    s = io.StringIO('some words on a line\n' * (50000 * SCALE))
    n = 0
    for line in s:
        n += len(line)
    return n


def bytesio_build():
    b = io.BytesIO()
    for i in range(100000 * SCALE):
        b.write(b'chunk of bytes ')
    return len(b.getvalue())


def textwrap_fill():
    words = ['lorem', 'ipsum', 'dolor-sit', 'amet,', 'consectetur', 'adipiscing.', 'elit']
    text = ' '.join(words[i % len(words)] for i in range(20000 * SCALE))
    return len(textwrap.fill(text, 72))


def array_append_sum():
    a = array('d')
    for i in range(200000 * SCALE):
        a.append(i * 0.5)
    return sum(a)


def array_index_loop():
    a = array('i', range(1000))
    t = 0
    for _ in range(100 * SCALE):
        for i in range(len(a)):
            t += a[i]
    return t


for case in (stringio_build, stringio_readlines, bytesio_build, textwrap_fill,
             array_append_sum, array_index_loop):
    t0 = time.perf_counter()
    case()
    print(case.__name__, time.perf_counter() - t0)
