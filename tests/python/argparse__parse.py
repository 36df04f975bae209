# argparse: help and usage texts, actions, nargs, groups, subcommands,
# errors (usage and message to stderr, exit 2), intermixed parsing.
import argparse, sys
sys.stderr = sys.stdout
def run(p, args):
    try:
        r = p.parse_args(args)
        print(r)
    except SystemExit as e:
        print("exit", e.code)

p = argparse.ArgumentParser(prog="tool", description="A tool that does things with files and other things, described at length so that it wraps around the line.", epilog="See the docs.")
p.add_argument("files", nargs="+", help="input files")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
p.add_argument("-o", "--output", metavar="FILE", help="where to write")
p.add_argument("--mode", choices=["fast", "slow"], default="fast", help="how (default %(default)s)")
p.add_argument("-n", type=int, default=1)
p.add_argument("--flag", action=argparse.BooleanOptionalAction, default=True, help="a flag")
p.add_argument("--ver", action="version", version="%(prog)s 1.0")
g = p.add_argument_group("extra", "extra options here")
g.add_argument("--x", nargs=2, metavar=("A", "B"))
g.add_argument("--list", action="append")
g.add_argument("--ext", action="extend", nargs="*")
m = p.add_mutually_exclusive_group()
m.add_argument("--red", action="store_true")
m.add_argument("--blue", action="store_const", const="B")
print(p.format_usage())
print(p.format_help())
run(p, ["a", "b", "-vv", "-o", "out", "--mode", "slow", "-n", "3"])
run(p, ["a", "--no-flag", "--x", "1", "2", "--list", "p", "--list", "q", "--ext", "1", "2", "--ext"])
run(p, ["a", "--red", "--blue"])
run(p, [])
run(p, ["a", "--mode", "medium"])
run(p, ["a", "-n", "x"])
run(p, ["a", "--bogus"])
run(p, ["a", "--x", "1"])
run(p, ["a", "--ver"])
run(p, ["a", "-h"])
run(p, ["a", "--verb", "--out=z", "-n5", "-vvo", "q"])
print(p.parse_known_args(["a", "--zz", "b"]))

p2 = argparse.ArgumentParser(prog="git")
sub = p2.add_subparsers(dest="cmd", help="sub-command help")
c = sub.add_parser("commit", help="record changes")
c.add_argument("-m", required=True)
s = sub.add_parser("status", aliases=["st"], help="show status")
s.add_argument("--short", action="store_true")
print(p2.format_help())
print(c.format_help())
run(p2, ["commit", "-m", "msg"])
run(p2, ["st", "--short"])
run(p2, ["commit"])
run(p2, ["push"])
run(p2, [])
ns = argparse.Namespace(a=1, b="x")
print(ns, ns == argparse.Namespace(b="x", a=1), "a" in ns, vars(ns))
p3 = argparse.ArgumentParser(prog="p3", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p3.add_argument("--size", type=float, default=2.5, help="the size")
p3.add_argument("pos", nargs="?", default="d", help="optional positional")
p3.add_argument("rest", nargs=argparse.REMAINDER)
print(p3.format_help())
run(p3, ["--size", "3", "x", "--other", "y"])
p3.set_defaults(size=9, extra="e")
print(p3.get_default("size"), p3.get_default("extra"))
run(p3, [])
p4 = argparse.ArgumentParser(prog="p4", formatter_class=argparse.RawTextHelpFormatter, description="line one\n  line two\n")
p4.add_argument("--a", help="first\n  second")
print(p4.format_help())
p5 = argparse.ArgumentParser(prog="p5", exit_on_error=False)
p5.add_argument("--n", type=int)
try:
    p5.parse_args(["--n", "x"])
except argparse.ArgumentError as e:
    print("ArgumentError", e)
for bad in [dict(nargs=0), dict(action="store", const=1), dict(action="bogus"), dict(type="nope")]:
    try:
        argparse.ArgumentParser().add_argument("--q", **bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    p5.add_argument("--n")
except argparse.ArgumentError as e:
    print("ArgumentError", e)
try:
    p5.add_argument("x", required=True)
except TypeError as e:
    print("TypeError", e)
try:
    p5.add_argument("bad-opt", "--y")
except ValueError as e:
    print("ValueError", e)
p6 = argparse.ArgumentParser(prog="p6")
p6.add_argument("--foo", type=int)
p6.add_argument("a")
p6.add_argument("b", nargs="*")
print(p6.parse_intermixed_args(["x", "--foo", "1", "y", "z"]))
print(repr(p6._actions[1]))
print(repr(argparse.FileType("w")), repr(argparse.FileType("rb", encoding="x")))
p7 = argparse.ArgumentParser(prog="p7", prefix_chars="+", add_help=False)
p7.add_argument("+x", action="store_true")
print(p7.parse_args(["+x"]), p7.format_usage())
print(repr(p7))
p8 = argparse.ArgumentParser(prog="p8", allow_abbrev=False)
p8.add_argument("--long")
run(p8, ["--lon", "1"])
p9 = argparse.ArgumentParser(prog="p9")
p9.add_argument("--alpha"); p9.add_argument("--alps")
run(p9, ["--al", "1"])
run(p9, ["-5"])
req = argparse.ArgumentParser(prog="req")
mg = req.add_mutually_exclusive_group(required=True)
mg.add_argument("--a", action="store_true"); mg.add_argument("--b", action="store_true")
print(req.format_usage())
run(req, [])

# Output:
# usage: tool [-h] [-v] [-o FILE] [--mode {fast,slow}] [-n N]
#             [--flag | --no-flag] [--ver] [--x A B] [--list LIST]
#             [--ext [EXT ...]] [--red | --blue]
#             files [files ...]
#
# usage: tool [-h] [-v] [-o FILE] [--mode {fast,slow}] [-n N]
#             [--flag | --no-flag] [--ver] [--x A B] [--list LIST]
#             [--ext [EXT ...]] [--red | --blue]
#             files [files ...]
#
# A tool that does things with files and other things, described at length so
# that it wraps around the line.
#
# positional arguments:
#   files                 input files
#
# options:
#   -h, --help            show this help message and exit
#   -v, --verbose         more output
#   -o FILE, --output FILE
#                         where to write
#   --mode {fast,slow}    how (default fast)
#   -n N
#   --flag, --no-flag     a flag
#   --ver                 show program's version number and exit
#   --red
#   --blue
#
# extra:
#   extra options here
#
#   --x A B
#   --list LIST
#   --ext [EXT ...]
#
# See the docs.
#
# Namespace(files=['a', 'b'], verbose=2, output='out', mode='slow', n=3, flag=True, x=None, list=None, ext=None, red=False, blue=None)
# Namespace(files=['a'], verbose=0, output=None, mode='fast', n=1, flag=False, x=['1', '2'], list=['p', 'q'], ext=['1', '2'], red=False, blue=None)
# usage: tool [-h] [-v] [-o FILE] [--mode {fast,slow}] [-n N]
#             [--flag | --no-flag] [--ver] [--x A B] [--list LIST]
#             [--ext [EXT ...]] [--red | --blue]
#             files [files ...]
# tool: error: argument --blue: not allowed with argument --red
# exit 2
# usage: tool [-h] [-v] [-o FILE] [--mode {fast,slow}] [-n N]
#             [--flag | --no-flag] [--ver] [--x A B] [--list LIST]
#             [--ext [EXT ...]] [--red | --blue]
#             files [files ...]
# tool: error: the following arguments are required: files
# exit 2
# usage: tool [-h] [-v] [-o FILE] [--mode {fast,slow}] [-n N]
#             [--flag | --no-flag] [--ver] [--x A B] [--list LIST]
#             [--ext [EXT ...]] [--red | --blue]
#             files [files ...]
# tool: error: argument --mode: invalid choice: 'medium' (choose from 'fast', 'slow')
# exit 2
# usage: tool [-h] [-v] [-o FILE] [--mode {fast,slow}] [-n N]
#             [--flag | --no-flag] [--ver] [--x A B] [--list LIST]
#             [--ext [EXT ...]] [--red | --blue]
#             files [files ...]
# tool: error: argument -n: invalid int value: 'x'
# exit 2
# usage: tool [-h] [-v] [-o FILE] [--mode {fast,slow}] [-n N]
#             [--flag | --no-flag] [--ver] [--x A B] [--list LIST]
#             [--ext [EXT ...]] [--red | --blue]
#             files [files ...]
# tool: error: unrecognized arguments: --bogus
# exit 2
# usage: tool [-h] [-v] [-o FILE] [--mode {fast,slow}] [-n N]
#             [--flag | --no-flag] [--ver] [--x A B] [--list LIST]
#             [--ext [EXT ...]] [--red | --blue]
#             files [files ...]
# tool: error: argument --x: expected 2 arguments
# exit 2
# tool 1.0
# exit 0
# usage: tool [-h] [-v] [-o FILE] [--mode {fast,slow}] [-n N]
#             [--flag | --no-flag] [--ver] [--x A B] [--list LIST]
#             [--ext [EXT ...]] [--red | --blue]
#             files [files ...]
#
# A tool that does things with files and other things, described at length so
# that it wraps around the line.
#
# positional arguments:
#   files                 input files
#
# options:
#   -h, --help            show this help message and exit
#   -v, --verbose         more output
#   -o FILE, --output FILE
#                         where to write
#   --mode {fast,slow}    how (default fast)
#   -n N
#   --flag, --no-flag     a flag
#   --ver                 show program's version number and exit
#   --red
#   --blue
#
# extra:
#   extra options here
#
#   --x A B
#   --list LIST
#   --ext [EXT ...]
#
# See the docs.
# exit 0
# Namespace(files=['a'], verbose=3, output='q', mode='fast', n=5, flag=True, x=None, list=None, ext=None, red=False, blue=None)
# (Namespace(files=['a'], verbose=0, output=None, mode='fast', n=1, flag=True, x=None, list=None, ext=None, red=False, blue=None), ['--zz', 'b'])
# usage: git [-h] {commit,status,st} ...
#
# positional arguments:
#   {commit,status,st}  sub-command help
#     commit            record changes
#     status (st)       show status
#
# options:
#   -h, --help          show this help message and exit
#
# usage: git commit [-h] -m M
#
# options:
#   -h, --help  show this help message and exit
#   -m M
#
# Namespace(cmd='commit', m='msg')
# Namespace(cmd='st', short=True)
# usage: git commit [-h] -m M
# git commit: error: the following arguments are required: -m
# exit 2
# usage: git [-h] {commit,status,st} ...
# git: error: argument cmd: invalid choice: 'push' (choose from 'commit', 'status', 'st')
# exit 2
# Namespace(cmd=None)
# Namespace(a=1, b='x') True True {'a': 1, 'b': 'x'}
# usage: p3 [-h] [--size SIZE] [pos] ...
#
# positional arguments:
#   pos          optional positional (default: d)
#   rest
#
# options:
#   -h, --help   show this help message and exit
#   --size SIZE  the size (default: 2.5)
#
# Namespace(size=3.0, pos='x', rest=['--other', 'y'])
# 9 e
# Namespace(size=9, pos='d', rest=[], extra='e')
# usage: p4 [-h] [--a A]
#
# line one
#   line two
#
# options:
#   -h, --help  show this help message and exit
#   --a A       first
#                 second
#
# ArgumentError argument --n: invalid int value: 'x'
# ValueError nargs for store actions must be != 0; if you have nothing to store, actions such as store true or store const may be more appropriate
# ValueError nargs must be '?' to supply const
# ValueError unknown action "bogus"
# ValueError 'nope' is not callable
# ArgumentError argument --n: conflicting option string: --n
# TypeError 'required' is an invalid argument for positionals
# ValueError invalid option string 'bad-opt': must start with a character '-'
# Namespace(foo=1, a='x', b=['y', 'z'])
# _StoreAction(option_strings=['--foo'], dest='foo', nargs=None, const=None, default=None, type=<class 'int'>, choices=None, required=False, help=None, metavar=None)
# FileType('w') FileType('rb', encoding='x')
# Namespace(x=True) usage: p7 [+x]
#
# ArgumentParser(prog='p7', usage=None, description=None, formatter_class=<class 'argparse.HelpFormatter'>, conflict_handler='error', add_help=False)
# usage: p8 [-h] [--long LONG]
# p8: error: unrecognized arguments: --lon 1
# exit 2
# usage: p9 [-h] [--alpha ALPHA] [--alps ALPS]
# p9: error: ambiguous option: --al could match --alpha, --alps
# exit 2
# usage: p9 [-h] [--alpha ALPHA] [--alps ALPS]
# p9: error: unrecognized arguments: -5
# exit 2
# usage: req [-h] (--a | --b)
#
# usage: req [-h] (--a | --b)
# req: error: one of the arguments --a --b is required
# exit 2
