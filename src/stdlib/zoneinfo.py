"""IANA time zone support (PEP 615), as CPython 3.11's `zoneinfo`.

sandpy's `zoneinfo`, written from the documentation: ZoneInfo reads TZif
files (versions 1 to 4, with the POSIX TZ rule of their footer for times
after the last transition) from the directories of TZPATH through the file
controller, so the IANA database is there only where the host grants it
(`--allow-read /usr/share/zoneinfo`). 'UTC' (and 'Etc/UTC') are built in
when no database is readable. There is no `tzdata` package.

Mutable module-level state: the ZoneInfo caches and TZPATH (so each
sandbox runs its own copy of this module).
"""

from datetime import datetime, timedelta, tzinfo

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH",
           "ZoneInfoNotFoundError", "InvalidTZPathWarning"]

_DEFAULT_TZPATH = ("/usr/share/zoneinfo", "/usr/lib/zoneinfo",
                   "/usr/share/lib/zoneinfo", "/etc/zoneinfo")
TZPATH = _DEFAULT_TZPATH
_BUILTIN_UTC = ("UTC", "Etc/UTC")
_EPOCH_ORDINAL = 719163


class ZoneInfoNotFoundError(KeyError):
    """Exception raised when a ZoneInfo key is not found."""


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised if an invalid path is specified in PYTHONTZPATH."""


def reset_tzpath(to=None):
    """Reset TZPATH to `to` (a sequence of absolute paths) or the default."""
    global TZPATH
    if to is None:
        TZPATH = _DEFAULT_TZPATH
        return
    if isinstance(to, (str, bytes)):
        raise TypeError("tzpaths must be a list or tuple, not %s: %r"
                        % (type(to), to))
    paths = tuple(to)
    for p in paths:
        if not p.startswith("/"):
            raise ValueError("Relative paths are not allowed in TZPATH: %r"
                             % (paths,))
    TZPATH = paths


def _validate_key(key):
    if not isinstance(key, str):
        raise TypeError("expected str, bytes or os.PathLike object, not %s"
                        % type(key).__name__)
    if key.startswith("/"):
        raise ValueError("ZoneInfo keys may not be absolute paths, got: %s"
                         % key)
    parts = key.split("/")
    if any(p in ("", ".") for p in parts) or (".." in parts[1:]):
        raise ValueError("ZoneInfo keys must be normalized relative paths, "
                         "got: %s" % key)
    if parts[0] == "..":
        raise ValueError("ZoneInfo keys must refer to subdirectories of "
                         "TZPATH, got: %s" % key)


def _read_key(key):
    """The bytes of the TZif file of `key` from TZPATH, or None."""
    _validate_key(key)
    for base in TZPATH:
        try:
            with open(base + "/" + key, "rb") as f:
                return f.read()
        except OSError:
            continue
    return None


def _database_readable():
    """Whether a directory of TZPATH holds a readable database (its UTC
    zone, which every IANA database has)."""
    for base in TZPATH:
        try:
            with open(base + "/UTC", "rb") as f:
                if f.read(4) == b"TZif":
                    return True
        except OSError:
            continue
    return False


def available_timezones():
    """The set of keys found in TZPATH (empty without a readable
    database)."""
    try:
        import os
    except ImportError:
        return set()
    found = set()
    for base in TZPATH:
        try:
            walk = list(os.walk(base))
        except OSError:
            continue
        for root, dirs, files in walk:
            rel = root[len(base):].lstrip("/")
            if rel.split("/")[0] in ("right", "posix", "posixrules"):
                continue
            for name in files:
                if name.endswith((".tab", ".zi", ".list")) or name in (
                        "leapseconds", "leap-seconds", "SECURITY",
                        "posixrules"):
                    continue
                key = rel + "/" + name if rel else name
                try:
                    with open(base + "/" + key, "rb") as f:
                        if f.read(4) == b"TZif":
                            found.add(key)
                except OSError:
                    pass
    return found


# -- TZif data ----------------------------------------------------------------

class _ttinfo:
    __slots__ = ("utcoff", "dstoff", "tzname", "off_s")

    def __init__(self, off_s, dst_s, name):
        self.off_s = off_s
        self.utcoff = timedelta(seconds=off_s)
        self.dstoff = timedelta(seconds=dst_s)
        self.tzname = name


def _int(data, i, size):
    return int.from_bytes(data[i:i + size], "big", signed=True)


def _parse_tzif(data):
    """(transitions in UTC, ttinfo per transition, ttinfo before, the
    footer's TZ string or None) of TZif bytes."""
    if data[:4] != b"TZif":
        raise ValueError("Invalid TZif file: magic not found")
    version = data[4:5]

    def counts(at):
        return [_int(data, at + 20 + 4 * k, 4) for k in range(6)]

    isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts(0)
    pos = 44
    size = 4
    if version not in (b"\0", b""):
        # Skip the version 1 block: the 64-bit data follows.
        pos += (timecnt * 5 + typecnt * 6 + charcnt + leapcnt * 8
                + isstdcnt + isutcnt)
        if data[pos:pos + 4] != b"TZif":
            raise ValueError("Invalid TZif file: magic not found")
        isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt = counts(pos)
        pos += 44
        size = 8
    times = [_int(data, pos + size * k, size) for k in range(timecnt)]
    pos += size * timecnt
    idxs = list(data[pos:pos + timecnt])
    pos += timecnt
    types = []
    for k in range(typecnt):
        types.append((_int(data, pos, 4), data[pos + 4], data[pos + 5]))
        pos += 6
    chars = data[pos:pos + charcnt]
    pos += charcnt + leapcnt * (size + 4) + isstdcnt + isutcnt
    footer = None
    if size == 8:
        rest = data[pos:]
        if rest[:1] == b"\n":
            end = rest.find(b"\n", 1)
            if end > 0:
                footer = rest[1:end].decode("ascii") or None
    if typecnt == 0:
        raise ValueError("Invalid TZif file: no local time types")

    def name(k):
        end = chars.find(b"\0", k)
        return chars[k:end if end >= 0 else len(chars)].decode("ascii",
                                                                 "replace")

    dstoffs = _infer_dst(times, idxs, types)
    infos = [_ttinfo(off, dstoffs[k], name(ab))
             for k, (off, isdst, ab) in enumerate(types)]
    before = next((infos[k] for k, t in enumerate(types) if not t[1]),
                  infos[0])
    return times, [infos[i] for i in idxs], before, footer


def _infer_dst(times, idxs, types):
    """DST amounts per type: TZif keeps only a flag, so the amount is the
    offset less the standard offset next to a transition into it (an hour
    where none can be found)."""
    dst = [0] * len(types)
    for k, i in enumerate(idxs):
        off, isdst, _ = types[i]
        if not isdst or dst[i]:
            continue
        for j in (k - 1, k + 1):
            if 0 <= j < len(idxs) and not types[idxs[j]][1]:
                amount = off - types[idxs[j]][0]
                if amount:
                    dst[i] = amount
                    break
    for i, (off, isdst, _) in enumerate(types):
        if isdst and not dst[i]:
            dst[i] = 3600
    return dst


# -- POSIX TZ rules (the footer) ------------------------------------------------

def _posix_name(s, i):
    if s[i:i + 1] == "<":
        end = s.index(">", i)
        return s[i + 1:end], end + 1
    j = i
    while j < len(s) and s[j].isalpha():
        j += 1
    return s[i:j], j


def _posix_time(s, i):
    """[+-]hh[:mm[:ss]] at s[i:] as seconds, and where it ends."""
    sign = 1
    if s[i:i + 1] in ("+", "-"):
        sign = -1 if s[i] == "-" else 1
        i += 1
    parts = []
    while True:
        j = i
        while j < len(s) and s[j].isdigit():
            j += 1
        if j == i:
            raise ValueError("Invalid TZ string: %r" % s)
        parts.append(int(s[i:j]))
        i = j
        if s[i:i + 1] != ":" or len(parts) == 3:
            break
        i += 1
    parts += [0] * (3 - len(parts))
    return sign * (parts[0] * 3600 + parts[1] * 60 + parts[2]), i


def _posix_date(s, i):
    """A rule date (Jn, n or Mm.w.d) with its time of day."""
    if s[i] == "M":
        j = i + 1
        fields = []
        for _ in range(3):
            k = j
            while k < len(s) and s[k].isdigit():
                k += 1
            fields.append(int(s[j:k]))
            j = k + 1
        rule = ("M",) + tuple(fields)
        i = j - 1
    else:
        julian = s[i] == "J"
        j = i + 1 if julian else i
        k = j
        while k < len(s) and s[k].isdigit():
            k += 1
        rule = ("J" if julian else "N", int(s[j:k]))
        i = k
    secs = 7200
    if s[i:i + 1] == "/":
        secs, i = _posix_time(s, i + 1)
    return rule + (secs,), i


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_before_year(y):
    p = y - 1
    return p * 365 + p // 4 - p // 100 + p // 400


_DBM = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365)


def _rule_seconds(rule, year):
    """Local seconds since 1970 of a rule's moment in `year`."""
    kind = rule[0]
    first = _days_before_year(year) + 1 - _EPOCH_ORDINAL
    if kind == "J":
        n = rule[1]
        day = first + n - 1 + (1 if _is_leap(year) and n >= 60 else 0)
    elif kind == "N":
        day = first + rule[1]
    else:
        _, month, week, wday = rule[:4]
        mstart = first + _DBM[month] + (1 if month > 2 and _is_leap(year)
                                        else 0)
        # 1970-01-01 was a Thursday (4, counting from Sunday).
        wd1 = (mstart + 4) % 7
        day = mstart + (wday - wd1) % 7 + (week - 1) * 7
        mlen = _DBM[month + 1] - _DBM[month] + (
            1 if month == 2 and _is_leap(year) else 0)
        while day >= mstart + mlen:
            day -= 7
    return day * 86400 + rule[-1]


class _Rule:
    """A POSIX TZ string: standard time, and DST between two dates."""

    def __init__(self, s):
        std, i = _posix_name(s, 0)
        if not std:
            raise ValueError("Invalid TZ string: %r" % s)
        off, i = _posix_time(s, i)
        self.std = _ttinfo(-off, 0, std)
        self.dst = None
        if i >= len(s):
            return
        dname, i = _posix_name(s, i)
        doff = -off + 3600
        if i < len(s) and s[i] != ",":
            d, i = _posix_time(s, i)
            doff = -d
        if s[i:i + 1] != ",":
            raise ValueError("Invalid TZ string: %r" % s)
        self.start, i = _posix_date(s, i + 1)
        if s[i:i + 1] != ",":
            raise ValueError("Invalid TZ string: %r" % s)
        self.end, i = _posix_date(s, i + 1)
        self.dst = _ttinfo(doff, doff - (-off), dname)

    def _bounds(self, year):
        """UTC seconds of the start and end of DST in `year`."""
        return (_rule_seconds(self.start, year) - self.std.off_s,
                _rule_seconds(self.end, year) - self.dst.off_s)

    def _in_dst(self, ts, start, end):
        if start <= end:
            return start <= ts < end
        return not end <= ts < start

    def find_local(self, ts, year, fold):
        if self.dst is None:
            return self.std
        a, b = self.std.off_s, self.dst.off_s
        pick = max if fold == 0 else min
        start, end = self._bounds(year)
        start += pick(a, b)
        end += pick(a, b)
        return self.dst if self._in_dst(ts, start, end) else self.std

    def find_utc(self, ts, year):
        """(ttinfo, fold) of UTC seconds ts."""
        if self.dst is None:
            return self.std, 0
        start, end = self._bounds(year)
        if self._in_dst(ts, start, end):
            info, prev, at = self.dst, self.std, start
        else:
            info, prev, at = self.std, self.dst, end
        gap = prev.off_s - info.off_s
        fold = 1 if gap > 0 and at <= ts < at + gap else 0
        return info, fold


# -- ZoneInfo -------------------------------------------------------------------

def _local_seconds(dt):
    return (((dt.toordinal() - _EPOCH_ORDINAL) * 24 + dt.hour) * 60
            + dt.minute) * 60 + dt.second


def _bisect_right(seq, x):
    lo, hi = 0, len(seq)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < seq[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


_CACHES = {}


class ZoneInfo(tzinfo):
    """A time zone of the IANA database."""

    def __new__(cls, key):
        cache = _CACHES.setdefault(cls, {})
        zone = cache.get(key)
        if zone is None:
            zone = cls._from_key(key)
            cache[key] = zone
        return zone

    @classmethod
    def no_cache(cls, key):
        """Get a new instance of ZoneInfo, bypassing the cache."""
        zone = cls._from_key(key)
        zone._from_cache = False
        return zone

    @classmethod
    def _from_key(cls, key):
        data = _read_key(key)
        self = object.__new__(cls)
        self._key = key
        self._file_repr = None
        self._from_cache = True
        if data is None:
            if key not in _BUILTIN_UTC:
                message = "No time zone found with key %s" % key
                if not _database_readable():
                    message += (" (no time zone database is readable in "
                                "this sandbox: the host can grant one, e.g. "
                                "sandpy run --allow-read /usr/share/zoneinfo)")
                raise ZoneInfoNotFoundError(message)
            self._load_fixed("UTC", 0)
        else:
            self._load(data)
        return self

    @classmethod
    def from_file(cls, fobj, /, key=None):
        """Create a ZoneInfo file from a file object."""
        self = object.__new__(cls)
        self._key = key
        self._file_repr = repr(fobj)
        self._from_cache = False
        self._load(fobj.read())
        return self

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        """Clear the ZoneInfo cache."""
        cache = _CACHES.setdefault(cls, {})
        if only_keys is None:
            cache.clear()
        else:
            for k in only_keys:
                cache.pop(k, None)

    def _load_fixed(self, name, off):
        info = _ttinfo(off, 0, name)
        self._trans_utc = []
        self._trans_local = ([], [])
        self._infos = []
        self._before = info
        self._after = info
        self._rule = None
        self._fixed = True

    def _load(self, data):
        times, infos, before, footer = _parse_tzif(bytes(data))
        self._trans_utc = times
        self._infos = infos
        self._before = before
        wall0 = []
        wall1 = []
        prev = before.off_s
        for t, info in zip(times, infos):
            wall0.append(t + max(prev, info.off_s))
            wall1.append(t + min(prev, info.off_s))
            prev = info.off_s
        self._trans_local = (wall0, wall1)
        self._rule = _Rule(footer) if footer else None
        self._after = infos[-1] if infos else before
        if self._rule is not None and self._rule.dst is None:
            self._after = self._rule.std
            self._rule = None
        self._fixed = not times and self._rule is None

    @property
    def key(self):
        return self._key

    def _find_local(self, dt):
        if dt is None:
            return self._after if self._fixed else None
        ts = _local_seconds(dt)
        wall = self._trans_local[dt.fold]
        if wall and ts < wall[-1] or (wall and self._rule is None):
            idx = _bisect_right(wall, ts)
            return self._infos[idx - 1] if idx else self._before
        if self._rule is not None:
            return self._rule.find_local(ts, dt.year, dt.fold)
        return self._after

    def utcoffset(self, dt):
        info = self._find_local(dt)
        return None if info is None else info.utcoff

    def dst(self, dt):
        info = self._find_local(dt)
        return None if info is None else info.dstoff

    def tzname(self, dt):
        info = self._find_local(dt)
        return None if info is None else info.tzname

    def fromutc(self, dt):
        """Convert from datetime in UTC to datetime in local time"""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        ts = _local_seconds(dt)
        times = self._trans_utc
        fold = 0
        if times and ts < times[-1] or (times and self._rule is None):
            idx = _bisect_right(times, ts)
            if idx == 0:
                info = self._before
            else:
                info = self._infos[idx - 1]
                prev = self._infos[idx - 2] if idx > 1 else self._before
                gap = prev.off_s - info.off_s
                if gap > 0 and ts < times[idx - 1] + gap:
                    fold = 1
        elif self._rule is not None:
            year = (dt + timedelta(seconds=self._rule.std.off_s)).year
            info, fold = self._rule.find_utc(ts, year)
        else:
            info = self._after
        dt = dt + info.utcoff
        if fold:
            return dt.replace(fold=1)
        return dt

    def __str__(self):
        if self._key is not None:
            return str(self._key)
        return repr(self)

    def __repr__(self):
        if self._key is not None:
            return "%s(key=%r)" % (_qualname(self), self._key)
        return "%s.from_file(%s)" % (_qualname(self), self._file_repr)

    def __reduce__(self):
        if self._key is None:
            raise TypeError("Cannot pickle a ZoneInfo file created from a "
                            "file stream.")
        return (self.__class__._unpickle, (self._key, int(self._from_cache)))

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        if from_cache:
            return cls(key)
        return cls.no_cache(key)


def _qualname(obj):
    cls = type(obj)
    if cls is ZoneInfo:
        return "zoneinfo.ZoneInfo"
    return cls.__name__
