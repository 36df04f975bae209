# Differential test of argparse: a seeded generator makes parsers (options,
# positionals, nargs, groups, mutually exclusive groups, long help texts,
# formatter classes) and argument lists; the help, the usage and each
# parse's result or error are digested per group and compared with CPython.
import argparse, io, sys, hashlib

state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n

def pick(seq):
    return seq[rnd(len(seq))]

WORDS = ["alpha", "beta", "the", "value", "of", "input", "file", "to",
         "process", "with", "a", "very", "long", "description", "x",
         "supercalifragilisticexpialidocious", "and", "output", "mode"]
NAMES = ["foo", "bar", "baz", "qux", "input", "out", "level", "name",
         "count", "verbose", "item", "path", "size", "limit"]
FORMATTERS = [argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter,
              argparse.RawTextHelpFormatter,
              argparse.ArgumentDefaultsHelpFormatter]

def text(n):
    return " ".join(pick(WORDS) for _ in range(n))

def make_parser(k):
    prog = pick(["p", "prog", "a-rather-long-program-name", "tool" * (1 + rnd(12))])
    kw = dict(prog=prog, formatter_class=pick(FORMATTERS))
    if rnd(2):
        kw["description"] = text(rnd(40)) + ("\n\n  indented " + text(5) if rnd(3) == 0 else "")
    if rnd(3) == 0:
        kw["epilog"] = text(rnd(20))
    if rnd(5) == 0:
        kw["add_help"] = False
    if rnd(6) == 0:
        kw["allow_abbrev"] = False
    p = argparse.ArgumentParser(**kw)
    used = set()
    opts = []
    containers = [p]
    if rnd(3) == 0:
        containers.append(p.add_argument_group(pick(NAMES) + " group", text(rnd(8)) or None))
    mutex = None
    if rnd(3) == 0:
        mutex = p.add_mutually_exclusive_group(required=rnd(4) == 0)
    for i in range(1 + rnd(7)):
        name = pick(NAMES)
        if name in used:
            continue
        used.add(name)
        positional = rnd(4) == 0
        target = pick(containers)
        akw = {}
        if rnd(2):
            akw["help"] = text(1 + rnd(25))
            if rnd(6) == 0:
                akw["help"] += " (default: %(default)s)"
        if positional:
            nargs = pick([None, None, "?", "*", "+", 2])
            if nargs is not None:
                akw["nargs"] = nargs
            if rnd(4) == 0:
                akw["choices"] = ["a", "b", "c"]
            if rnd(4) == 0:
                akw["metavar"] = name.upper() + "_M"
            if nargs in ("?", "*") and rnd(2):
                akw["default"] = "d"
            target.add_argument(name, **akw)
            continue
        strings = []
        if rnd(3):
            strings.append("--" + name + pick(["", "", "-opt"]))
        if rnd(2) or not strings:
            letter = name[0]
            if "-" + letter not in used:
                used.add("-" + letter)
                strings.insert(0, "-" + letter)
        if not strings:
            strings.append("--" + name + "-x")
        action = pick(["store", "store", "store_true", "count", "append",
                       "store_const", "extend", "bool"])
        if action == "bool":
            if not strings[-1].startswith("--"):
                continue
            akw["action"] = argparse.BooleanOptionalAction
        else:
            akw["action"] = action
        if action in ("store", "append", "extend"):
            nargs = pick([None, None, "?", "*", "+", 2])
            if nargs is not None:
                akw["nargs"] = nargs
            if nargs == "?":
                akw["const"] = "C"
            if rnd(3) == 0:
                akw["type"] = int
            elif rnd(4) == 0:
                akw["choices"] = ["x", "y"]
            if rnd(3) == 0:
                akw["metavar"] = "M" * (1 + rnd(9))
            if rnd(3) == 0:
                akw["default"] = "7"
            if rnd(6) == 0 and (mutex is None or target is not mutex):
                akw["required"] = True
        if action == "store_const":
            akw["const"] = 42
        if mutex is not None and rnd(2) and not akw.get("required"):
            target = mutex
        try:
            target.add_argument(*strings, **akw)
        except (ValueError, argparse.ArgumentError) as e:
            print("add error", type(e).__name__, e)
            continue
        opts.append(strings)
    if mutex is not None and not mutex._group_actions:
        mutex.add_argument("--zz", action="store_true", help=text(3))
        opts.append(["--zz"])
    if rnd(5) == 0:
        sub = p.add_subparsers(dest="cmd", help=text(4))
        for cname in ["run", "stop"]:
            sp = sub.add_parser(cname, help=text(3))
            sp.add_argument("--force", action="store_true")
    return p, opts

def make_args(opts):
    args = []
    for _ in range(rnd(6)):
        r = rnd(6)
        if r < 3 and opts:
            s = pick(pick(opts))
            if rnd(5) == 0 and s.startswith("--") and len(s) > 4:
                s = s[:4]
            args.append(s)
        elif r == 3:
            args.append(pick(["1", "x", "a", "y", "-3", "b"]))
        elif r == 4:
            args.append(pick(["--", "-z", "--nope", "run", "stop", "2=3"]))
        else:
            args.append(pick(NAMES))
    return args

digests = {}
counts = {}
def note(group, s):
    h = digests.setdefault(group, hashlib.md5())
    h.update(s.encode())
    counts[group] = counts.get(group, 0) + 1

shown = 0
for k in range(150):
    p, opts = make_parser(k)
    try:
        help_text = p.format_help()
        usage = p.format_usage()
    except Exception as e:
        note("help", "ERR %s %s" % (type(e).__name__, e))
        continue
    note("help", help_text)
    note("usage", usage)
    if shown < 3 and len(help_text) > 400:
        shown += 1
        print(help_text)
    for j in range(4):
        args = make_args(opts)
        out, err = io.StringIO(), io.StringIO()
        old = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = out, err
        try:
            ns, extra = p.parse_known_args(args)
            res = "ok %r %r" % (sorted(vars(ns).items()), extra)
        except SystemExit as e:
            res = "exit %r" % (e.code,)
        except Exception as e:
            res = "raised %s %s" % (type(e).__name__, e)
        finally:
            sys.stdout, sys.stderr = old
        res += " | " + out.getvalue() + " | " + err.getvalue()
        group = "parse_" + res.split()[0]
        note(group, repr(args) + res)
        if k % 25 == 0 and j == 0:
            print(args, res)

for g in sorted(digests):
    print(g, counts[g], digests[g].hexdigest())

# Output:
# ['-f', '--out-opt', '1', '-z', '-f'] exit 2 |  | usage: tooltooltooltooltooltooltooltooltooltooltool [-h] [-o] [-f [{x,y} ...]]
#                                                     COUNT_M
# tooltooltooltooltooltooltooltooltooltooltool: error: argument COUNT_M: invalid choice: '1' (choose from 'a', 'b', 'c')
#
# usage: a-rather-long-program-name [-h] [--verbose-opt MMMMMMMM]
#                                   [-b BAR_OPT [BAR_OPT ...]]
#                                   {a,b,c}
#
# description of output input the
#
# positional arguments:
#   {a,b,c}               file and and (default: None)
#
# options:
#   -h, --help            show this help message and exit
#   --verbose-opt MMMMMMMM
#   -b BAR_OPT [BAR_OPT ...], --bar-opt BAR_OPT [BAR_OPT ...]
#
# usage: prog [-h] [-v [V ...]] [-q] [-l L L] -i {x,y} {x,y}
#
# input alpha and beta input long output and of file the x supercalifragilisticexpialidocious output value a input supercalifragilisticexpialidocious x long and value beta process of mode mode output a very and and description supercalifragilisticexpialidocious
#
# options:
#   -h, --help      show this help message and exit
#   -v [V ...]
#   -q, --qux
#   -l L L
#   -i {x,y} {x,y}  mode process a output file output long value mode input x supercalifragilisticexpialidocious the alpha to supercalifragilisticexpialidocious (default: None)
#
# usage: p [-h] -n N [N ...] -l [M ...] [-s [SIZE ...]] [-p MMMMMM]
#          LIMIT_M LIMIT_M
#
# and the and a input of x input mode a input and description file mode
# description process description output output input x process
# supercalifragilisticexpialidocious x process file process mode x very the beta
#
# positional arguments:
#   LIMIT_M               the and file to input input beta
#
# options:
#   -h, --help            show this help message and exit
#   -n N [N ...]          x mode file x beta input
#                         supercalifragilisticexpialidocious a long and mode
#                         mode description input x x
#   -l [M ...]
#   -s [SIZE ...], --size [SIZE ...]
#   -p MMMMMM
#
# input output value of to of alpha input supercalifragilisticexpialidocious x
# very process file value with the supercalifragilisticexpialidocious
#
# [] exit 2 |  | usage: tooltooltooltooltooltooltooltooltooltooltool [-h] [--qux QUX QUX] -f
#                                                     [FOO_OPT ...] [-b]
#                                                     out [out ...]
# tooltooltooltooltooltooltooltooltooltooltool: error: the following arguments are required: -f/--foo-opt, out
#
# ['--nope', '2=3', '--item'] exit 2 |  | usage: tooltooltooltooltooltooltooltool [-h] [-n N [N ...]] [-o [MMMMMMMMM]]
#                                         [-i ITEM [ITEM ...]] [-l]
#                                         [--limit [LIMIT]]
#                                         foo bar bar
# tooltooltooltooltooltooltooltool: error: argument -i/--item: expected at least one argument
#
# [] exit 2 |  | usage: p [-h] [--name [MMMM]] LEVEL_M VERBOSE_M [VERBOSE_M ...]
# p: error: the following arguments are required: LEVEL_M, VERBOSE_M
#
# ['x'] exit 2 |  | usage: prog [-h] [--qux-opt] --input-opt [MMMMMMM ...] [-f]
#             [--bar MM [MM ...]]
#             [PATH_M] limit
# prog: error: the following arguments are required: --input-opt
#
# ['b', '2=3', '-b'] exit 2 |  | usage: tool -p PATH [-b]
# tool: error: the following arguments are required: -p/--path
#
# help 150 dd5b268b3072d785c76c30d06ce53412
# parse_exit 401 70c4d8b167019c8ff6ac5483afda174e
# parse_ok 184 f9a0f2b608d84b52f8c9e29667e80ea3
# parse_raised 15 72ce7614c30454acf6268d4587a71e58
# usage 150 3b9005f23241f4350297ed784cc31bec
