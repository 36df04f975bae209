#!/usr/bin/env python3
"""Check the expectation blocks of the test programs in this folder against CPython.

Usage (from anywhere):
    python3 tests/python/check_cpython.py [SUBSTRING ...]
        run every test file (or those whose name contains one of the substrings)
        under python3 and compare with its expectation block; exit 1 on mismatch.
    python3 tests/python/check_cpython.py --emit FILE [--traceback]
        print the expectation block CPython's behaviour gives for FILE (to review
        and paste at the end of a new test).
    python3 tests/python/check_cpython.py --fill [--traceback] [SUBSTRING ...]
        append such a block to every test file that has none yet.
    --folder DIR (first) works on the programs of DIR instead of this folder
        (tests/scripts, the realistic scripts, follow the same rules).

The rules are the same as tests/python_suite.rs applies (see README.md):
  * the expectation block is the part of the trailing run of '#' lines that starts
    at the first marker line ('# Output:', '# Traceback:', '# Raise: ...',
    '# Exit: N');
  * '# Output:' and '# Traceback:' open sections whose lines are '# text' (text)
    or '#' (empty line); '# Raise: Exc: msg' and '# Exit: N' come last;
  * expected exit status: N from '# Exit: N', else 1 if Raise or Traceback is
    given, else 0;
  * stdout must equal the Output section (empty if there is none);
  * with Traceback, stderr must equal it, once the absolute path of this folder
    (followed by '/') is removed from it and lines of '^' and '~' markers (made
    only of those, blanks and an exception group's '|' margin) are dropped;
    with Raise, the last line of stderr must equal the text after
    '# Raise: '.
"""

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT = 20


def is_test_file(name):
    return (name.endswith(".py") and not name.startswith("_")
            and name != os.path.basename(__file__))


def sandpy_only(name):
    """First line `# sandpy-only`: the program needs what CPython lacks."""
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return f.readline().rstrip().startswith("# sandpy-only")


def test_files(filters):
    names = sorted(n for n in os.listdir(HERE)
                   if is_test_file(n) and os.path.isfile(os.path.join(HERE, n))
                   and not sandpy_only(n))
    if filters:
        names = [n for n in names if any(f in n for f in filters)]
    return names


class Malformed(Exception):
    pass


def is_marker(line):
    return (line in ("# Output:", "# Traceback:")
            or line.startswith("# Raise:") or line.startswith("# Exit:"))


def parse_expectations(text):
    """Return dict(stdout=[...], traceback=[...]|None, raise_=str|None, exit=int)."""
    lines = [l[:-1] if l.endswith("\r") else l for l in text.split("\n")]
    while lines and lines[-1].strip() == "":
        lines.pop()
    k = len(lines)
    while k > 0 and lines[k - 1].startswith("#"):
        k -= 1
    start = None
    for i in range(k, len(lines)):
        if is_marker(lines[i]):
            start = i
            break
    if start is None:
        raise Malformed("no expectation block ('# Output:', '# Raise: ...', "
                        "'# Traceback:' or '# Exit: N') at the end of the file")
    output = None
    traceback = None
    raise_ = None
    exit_ = None
    section = None  # the list being filled
    for n, line in enumerate(lines[start:], start + 1):
        if line == "# Output:":
            if output is not None or traceback is not None or raise_ is not None or exit_ is not None:
                raise Malformed("line %d: misplaced or repeated '# Output:'" % n)
            output = []
            section = output
        elif line == "# Traceback:":
            if traceback is not None or raise_ is not None or exit_ is not None:
                raise Malformed("line %d: misplaced or repeated '# Traceback:'" % n)
            traceback = []
            section = traceback
        elif line.startswith("# Raise:"):
            if raise_ is not None:
                raise Malformed("line %d: repeated '# Raise:'" % n)
            if not line.startswith("# Raise: ") or not line[9:].strip():
                raise Malformed("line %d: expected '# Raise: ExcType: message'" % n)
            raise_ = line[9:]
            section = None
        elif line.startswith("# Exit:"):
            if exit_ is not None:
                raise Malformed("line %d: repeated '# Exit:'" % n)
            try:
                exit_ = int(line[7:].strip())
            except ValueError:
                raise Malformed("line %d: expected '# Exit: N' with an integer N" % n)
            section = None
        else:
            if section is None:
                raise Malformed("line %d: text after '# Raise:'/'# Exit:' "
                                "(they must be the last lines)" % n)
            if line == "#":
                section.append("")
            elif line.startswith("# "):
                section.append(line[2:])
            else:
                raise Malformed("line %d: expectation lines must be '#' or start "
                                "with '# '" % n)
    if exit_ is None:
        exit_ = 1 if (raise_ is not None or traceback is not None) else 0
    return dict(stdout=output or [], traceback=traceback, raise_=raise_, exit=exit_)


def out_lines(s):
    lines = s.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [l[:-1] if l.endswith("\r") else l for l in lines]


def stderr_lines(err):
    """stderr as lines, with the test folder's absolute path removed (CPython
    names the script by its absolute path in tracebacks) and 3.11's caret lines
    dropped."""
    for d in {HERE, os.path.realpath(HERE)}:
        err = err.replace(d + os.sep, "")
    return [l for l in out_lines(err) if not is_caret_line(l)]


def is_caret_line(line):
    return ("^" in line or "~" in line) and all(c in " \t^~|" for c in line)


def run_python(name):
    env = dict(os.environ)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    try:
        p = subprocess.run(["python3", name], cwd=HERE, env=env,
                           stdin=subprocess.DEVNULL, capture_output=True,
                           timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return None
    return (p.returncode, p.stdout.decode("utf-8", "replace"),
            p.stderr.decode("utf-8", "replace"))


def diff(label, expected, actual):
    msg = ["  %s differs:" % label]
    width = max(len(expected), len(actual))
    for i in range(width):
        e = expected[i] if i < len(expected) else None
        a = actual[i] if i < len(actual) else None
        mark = " " if e == a else "!"
        msg.append("   %s %3d expected: %s" % (mark, i + 1, "<none>" if e is None else repr(e)))
        if e != a:
            msg.append("   %s     actual:   %s" % (mark, "<none>" if a is None else repr(a)))
    return "\n".join(msg)


def check(exp, result):
    """Return a list of problem descriptions (empty when it matches)."""
    if result is None:
        return ["  timed out after %d s" % TIMEOUT]
    code, out, err = result
    problems = []
    if code != exp["exit"]:
        problems.append("  exit status: expected %d, got %d" % (exp["exit"], code))
    actual_out = out_lines(out)
    if actual_out != exp["stdout"]:
        problems.append(diff("stdout", exp["stdout"], actual_out))
    err_lines = stderr_lines(err)
    if exp["traceback"] is not None and err_lines != exp["traceback"]:
        problems.append(diff("stderr", exp["traceback"], err_lines))
    if exp["raise_"] is not None:
        last = err_lines[-1] if err_lines else ""
        if last != exp["raise_"]:
            problems.append("  last line of stderr: expected %r, got %r" % (exp["raise_"], last))
    if problems and err and exp["traceback"] is None:
        problems.append("  stderr was:\n" + "\n".join("    | " + l for l in out_lines(err)[-15:]))
    return problems


def emit(name, want_traceback):
    result = run_python(name)
    if result is None:
        raise SystemExit("%s: timed out" % name)
    code, out, err = result
    block = []
    lines = out_lines(out)
    if lines or code == 0:
        block.append("# Output:")
        block.extend("# " + l if l else "#" for l in lines)
    err_lines = stderr_lines(err)
    implied = 0
    if code != 0 and want_traceback and err_lines:
        block.append("# Traceback:")
        block.extend("# " + l if l else "#" for l in err_lines)
        implied = 1
    elif code != 0 and err_lines and err_lines[-1].strip():
        block.append("# Raise: " + err_lines[-1])
        implied = 1
    if code != implied:
        block.append("# Exit: %d" % code)
    return "\n".join(block) + "\n"


def has_block(text):
    try:
        parse_expectations(text)
        return True
    except Malformed:
        return False


def main(argv):
    global HERE
    if argv[:1] == ["--folder"] and len(argv) > 1:
        HERE = os.path.abspath(argv[1])
        argv = argv[2:]
    want_tb = "--traceback" in argv
    argv = [a for a in argv if a != "--traceback"]
    if argv and argv[0] == "--emit":
        for name in argv[1:]:
            sys.stdout.write(emit(os.path.basename(name), want_tb))
        return 0
    if argv and argv[0] == "--fill":
        for name in test_files(argv[1:]):
            path = os.path.join(HERE, name)
            with open(path, encoding="utf-8") as f:
                text = f.read()
            if has_block(text):
                continue
            block = emit(name, want_tb)
            if not text.endswith("\n"):
                text += "\n"
            with open(path, "w", encoding="utf-8") as f:
                f.write(text + "\n" + block)
            print("filled", name)
        return 0
    names = test_files(argv)

    def one(name):
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            text = f.read()
        try:
            exp = parse_expectations(text)
        except Malformed as e:
            return name, ["  malformed expectation block: %s" % e]
        return name, check(exp, run_python(name))

    failed = 0
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for name, problems in pool.map(one, names):
            if problems:
                failed += 1
                print("FAIL %s (python3)" % name)
                print("\n".join(problems))
    print("%d passed, %d failed" % (len(names) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
