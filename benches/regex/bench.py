"""Regular-expression benchmark, pyperformance-style: workloads in the
manner of regex_v8 (patterns of web pages' scripts over generated text)
and regex_effbot (many small searches of classic patterns), each timed
under sandpy and python3; prints the times and the ratio.

    python3 benches/regex/bench.py [--sandpy target/release/sandpy] [--loops 3]

The same file is the workload: run with `--workload NAME` it times NAME
once in the interpreter that runs it and prints the seconds.
"""
import sys
import time

WORKLOADS = {}


def workload(f):
    WORKLOADS[f.__name__] = f
    return f


def _text(n):
    words = ["alpha", "beta", "Gamma", "delta42", "e-mail", "foo@bar.com",
             "http://example.org/x?y=1", "2024-01-31", "  ", "\n", "x_y",
             "<div class='c'>", "</div>", "3.14159", "ZZ", "qux"]
    out = []
    seed = 12345
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2**31
        out.append(words[seed % len(words)])
    return " ".join(out)


@workload
def v8_like():
    import re
    text = _text(20000)
    pats = [r"(\w+)@(\w+)\.com", r"https?://[^\s?]+(\?[^\s]*)?", r"\d{4}-\d{2}-\d{2}",
            r"<(\w+)[^>]*>", r"(?i)gamma|delta\d+", r"\s+$", r"^\s+", r"[A-Z]{2,}",
            r"(\d+)\.(\d+)", r"\b\w{5}\b"]
    n = 0
    for p in pats:
        c = re.compile(p, re.M)
        n += len(c.findall(text))
        n += sum(1 for _ in c.finditer(text))
    n += len(re.sub(r"(\w+)@(\w+)", r"\2 at \1", text))
    n += len(re.split(r"[\s,]+", text))
    return n


@workload
def effbot_like():
    import re
    strings = ["a" * 300 + "b", "Python" * 50, "xyz" * 100 + "Python", "x" * 200 + "yz"]
    pats = [re.compile(p) for p in (r"Python|Perl", r"(Python|Perl)", r"Python",
                                    r"[Pp]ython", r"(?:Python|Perl)$", r"a+b",
                                    r"(a+)+b", r"[a-z]+z", r".*Python", r"\bPython\b")]
    n = 0
    for _ in range(300):
        for p in pats:
            for s in strings:
                if p.search(s):
                    n += 1
    return n


@workload
def sub_heavy():
    import re
    text = _text(20000)
    n = 0
    n += len(re.sub(r"\s+", " ", text))
    n += len(re.sub(r"[aeiou]", lambda m: m.group().upper(), text))
    n += re.subn(r"(?P<w>\w+)", r"<\g<w>>", text)[1]
    return n


def main():
    args = sys.argv[1:]
    if args[:1] == ["--workload"]:
        name = args[1]
        t0 = time.perf_counter()
        WORKLOADS[name]()
        print("%.6f" % (time.perf_counter() - t0))
        return
    import os
    import subprocess
    sandpy = "target/release/sandpy"
    loops = 3
    while args:
        a = args.pop(0)
        if a == "--sandpy":
            sandpy = args.pop(0)
        elif a == "--loops":
            loops = int(args.pop(0))
    me = os.path.abspath(__file__)

    def best(cmd, name):
        ts = []
        for _ in range(loops):
            out = subprocess.run(cmd + [me, "--workload", name], capture_output=True,
                                 text=True, check=True).stdout
            ts.append(float(out.strip().splitlines()[-1]))
        return min(ts)

    print("%-12s %10s %10s %8s" % ("workload", "sandpy s", "python3 s", "ratio"))
    for name in WORKLOADS:
        s = best([sandpy, "run"], name)
        c = best(["python3"], name)
        print("%-12s %10.4f %10.4f %8.2f" % (name, s, c, s / c))


if __name__ == "__main__":
    main()
