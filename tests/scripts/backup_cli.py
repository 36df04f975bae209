# A small backup tool's command line: argparse with subcommands, types,
# choices, nargs, a mutually exclusive group and defaults; logging with a
# logger hierarchy, two handlers at different levels and a custom formatter.
# The driver at the bottom runs it as a user would from a shell, including
# the mistakes (a missing argument, a bad choice) whose usage message goes to
# stderr, which is sent to stdout here so that the comparison sees it.
import argparse
import contextlib
import logging
import sys

log = logging.getLogger('backup')

PROFILES = {'home': ['docs', 'photos', 'mail'], 'work': ['src', 'notes']}


class Plain(logging.Formatter):
    def format(self, record):
        text = super().format(record)
        if record.levelno >= logging.WARNING:
            text = text + ' (!)'
        return text


def setup_logging(verbosity, quiet):
    root = logging.getLogger('backup')
    for h in list(root.handlers):
        root.removeHandler(h)
    level = logging.WARNING
    if quiet:
        level = logging.ERROR
    elif verbosity == 1:
        level = logging.INFO
    elif verbosity >= 2:
        level = logging.DEBUG
    console = logging.StreamHandler(sys.stdout)
    console.setLevel(level)
    console.setFormatter(Plain('%(levelname)-7s %(name)s: %(message)s'))
    root.addHandler(console)
    audit = logging.StreamHandler(sys.stdout)
    audit.setLevel(logging.ERROR)
    audit.setFormatter(logging.Formatter('AUDIT {levelname} {message}', style='{'))
    root.addHandler(audit)
    root.setLevel(logging.DEBUG)
    root.propagate = False


def size(text):
    units = {'k': 1024, 'm': 1024 ** 2, 'g': 1024 ** 3}
    text = text.strip().lower()
    if text and text[-1] in units:
        try:
            return int(float(text[:-1]) * units[text[-1]])
        except ValueError:
            pass
    elif text.isdigit():
        return int(text)
    raise argparse.ArgumentTypeError(f'not a size: {text!r}')


def build_parser():
    p = argparse.ArgumentParser(prog='backup', description='Copy folders to an archive.')
    p.add_argument('-v', '--verbose', action='count', default=0, help='say more')
    p.add_argument('-q', '--quiet', action='store_true', help='only errors')
    sub = p.add_subparsers(dest='command', required=True, metavar='COMMAND')

    run = sub.add_parser('run', help='make a backup')
    run.add_argument('folders', nargs='*', help='folders to copy')
    run.add_argument('--profile', choices=sorted(PROFILES), help='a named set of folders')
    run.add_argument('--limit', type=size, default='100m', help='largest archive (default: %(default)s)')
    how = run.add_mutually_exclusive_group()
    how.add_argument('--full', action='store_true')
    how.add_argument('--incremental', dest='since', metavar='DAYS', type=int)
    run.add_argument('--exclude', action='append', default=[], metavar='GLOB')

    ls = sub.add_parser('list', help='list archives')
    ls.add_argument('--last', type=int, default=3)
    ls.add_argument('--sort', choices=['date', 'size'], default='date')
    return p


ARCHIVES = [('2026-11-30', 48_200_000), ('2026-12-01', 1_300_000), ('2026-12-03', 2_900_000),
            ('2026-12-05', 51_000_000), ('2026-12-06', 700_000)]


def cmd_run(args):
    folders = list(args.folders)
    if args.profile:
        log.info('profile %s adds %s', args.profile, ', '.join(PROFILES[args.profile]))
        folders += PROFILES[args.profile]
    if not folders:
        log.error('nothing to back up')
        return 1
    mode = 'full' if args.full or args.since is None else f'incremental ({args.since} days)'
    log.info('mode: %s, limit %d bytes', mode, args.limit)
    total = 0
    for f in folders:
        if any(f.startswith(x.rstrip('*')) for x in args.exclude):
            log.debug('skipping %s (excluded)', f)
            continue
        child = log.getChild('copy')
        n = sum(map(ord, f)) * 1000
        total += n
        child.debug('copied %-8s %9d bytes', f, n)
        if total > args.limit:
            child.warning('limit reached after %s', f)
            break
    print(f'backed up {len(folders)} folder(s), {total:,} bytes')
    return 0


def cmd_list(args):
    key = (lambda a: a[0]) if args.sort == 'date' else (lambda a: a[1])
    rows = sorted(ARCHIVES, key=key, reverse=True)[:args.last]
    log.debug('%d of %d archives shown', len(rows), len(ARCHIVES))
    for day, n in rows:
        print(f'{day}  {n / 1e6:8.1f} MB')
    return 0


def main(argv):
    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging(args.verbose, args.quiet)
    log.debug('arguments: %s', vars(args))
    return {'run': cmd_run, 'list': cmd_list}[args.command](args)


def shell(line):
    print('$ backup ' + line)
    with contextlib.redirect_stderr(sys.stdout):
        try:
            code = main(line.split())
        except SystemExit as e:
            code = e.code
    print(f'[exit {code}]')


for line in ['run docs --full', '-v run --profile home --limit 1.5k',
             '-vv run src notes tests --exclude te* --incremental 7',
             '-q run', 'run', 'list', '-vv list --sort size --last 2',
             'run --full --incremental 3 docs', 'run --profile office',
             'run --limit lots docs', 'list --last x', '', 'copy',
             'run --help', '--help']:
    shell(line)

# Output:
# $ backup run docs --full
# backed up 1 folder(s), 425,000 bytes
# [exit 0]
# $ backup -v run --profile home --limit 1.5k
# INFO    backup: profile home adds docs, photos, mail
# INFO    backup: mode: full, limit 1536 bytes
# WARNING backup.copy: limit reached after docs (!)
# backed up 3 folder(s), 425,000 bytes
# [exit 0]
# $ backup -vv run src notes tests --exclude te* --incremental 7
# DEBUG   backup: arguments: {'verbose': 2, 'quiet': False, 'command': 'run', 'folders': ['src', 'notes', 'tests'], 'profile': None, 'limit': 104857600, 'full': False, 'since': 7, 'exclude': ['te*']}
# INFO    backup: mode: incremental (7 days), limit 104857600 bytes
# DEBUG   backup.copy: copied src         328000 bytes
# DEBUG   backup.copy: copied notes       553000 bytes
# DEBUG   backup: skipping tests (excluded)
# backed up 3 folder(s), 881,000 bytes
# [exit 0]
# $ backup -q run
# ERROR   backup: nothing to back up (!)
# AUDIT ERROR nothing to back up
# [exit 1]
# $ backup run
# ERROR   backup: nothing to back up (!)
# AUDIT ERROR nothing to back up
# [exit 1]
# $ backup list
# 2026-12-06       0.7 MB
# 2026-12-05      51.0 MB
# 2026-12-03       2.9 MB
# [exit 0]
# $ backup -vv list --sort size --last 2
# DEBUG   backup: arguments: {'verbose': 2, 'quiet': False, 'command': 'list', 'last': 2, 'sort': 'size'}
# DEBUG   backup: 2 of 5 archives shown
# 2026-12-05      51.0 MB
# 2026-11-30      48.2 MB
# [exit 0]
# $ backup run --full --incremental 3 docs
# usage: backup run [-h] [--profile {home,work}] [--limit LIMIT]
#                   [--full | --incremental DAYS] [--exclude GLOB]
#                   [folders ...]
# backup run: error: argument --incremental: not allowed with argument --full
# [exit 2]
# $ backup run --profile office
# usage: backup run [-h] [--profile {home,work}] [--limit LIMIT]
#                   [--full | --incremental DAYS] [--exclude GLOB]
#                   [folders ...]
# backup run: error: argument --profile: invalid choice: 'office' (choose from 'home', 'work')
# [exit 2]
# $ backup run --limit lots docs
# usage: backup run [-h] [--profile {home,work}] [--limit LIMIT]
#                   [--full | --incremental DAYS] [--exclude GLOB]
#                   [folders ...]
# backup run: error: argument --limit: not a size: 'lots'
# [exit 2]
# $ backup list --last x
# usage: backup list [-h] [--last LAST] [--sort {date,size}]
# backup list: error: argument --last: invalid int value: 'x'
# [exit 2]
# $ backup 
# usage: backup [-h] [-v] [-q] COMMAND ...
# backup: error: the following arguments are required: COMMAND
# [exit 2]
# $ backup copy
# usage: backup [-h] [-v] [-q] COMMAND ...
# backup: error: argument COMMAND: invalid choice: 'copy' (choose from 'run', 'list')
# [exit 2]
# $ backup run --help
# usage: backup run [-h] [--profile {home,work}] [--limit LIMIT]
#                   [--full | --incremental DAYS] [--exclude GLOB]
#                   [folders ...]
#
# positional arguments:
#   folders               folders to copy
#
# options:
#   -h, --help            show this help message and exit
#   --profile {home,work}
#                         a named set of folders
#   --limit LIMIT         largest archive (default: 100m)
#   --full
#   --incremental DAYS
#   --exclude GLOB
# [exit 0]
# $ backup --help
# usage: backup [-h] [-v] [-q] COMMAND ...
#
# Copy folders to an archive.
#
# positional arguments:
#   COMMAND
#     run          make a backup
#     list         list archives
#
# options:
#   -h, --help     show this help message and exit
#   -v, --verbose  say more
#   -q, --quiet    only errors
# [exit 0]
