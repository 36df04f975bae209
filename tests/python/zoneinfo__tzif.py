# zoneinfo over TZif data made here (versions 1 and 2, a northern and a
# southern DST rule in the footer, a fixed zone): offsets, DST and names
# across transitions, folds and gaps, conversions from UTC in the table
# and under the footer's rule; the built-in UTC, keys and errors.
import io
import struct
import zoneinfo
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def ts(*args):
    return int(datetime(*args, tzinfo=timezone.utc).timestamp())


def tzif(version, times, idxs, types, names, footer=b""):
    chars = b"".join(n + b"\0" for n in names)
    offsets = {}
    pos = 0
    for n in names:
        offsets[n] = pos
        pos += len(n) + 1
    ttis = b"".join(struct.pack(">lBB", off, dst, offsets[n]) for off, dst, n in types)

    def block(size):
        head = b"TZif" + version + b"\0" * 15 + struct.pack(
            ">6l", 0, 0, 0, len(times), len(types), len(chars))
        fmt = ">%d%s" % (len(times), "l" if size == 4 else "q")
        return head + struct.pack(fmt, *times) + bytes(idxs) + ttis + chars

    data = block(4)
    if version != b"\0":
        data += block(8) + b"\n" + footer + b"\n"
    return data


EST = (-18000, 0, b"EST")
EDT = (-14400, 1, b"EDT")
LMT = (-17762, 0, b"LMT")
times = [-2000000000, ts(2020, 3, 8, 7), ts(2020, 11, 1, 6), ts(2021, 3, 14, 7), ts(2021, 11, 7, 6)]
east_v2 = tzif(b"2", times, [2, 1, 2, 1, 2], [LMT, EDT, EST], [b"LMT", b"EDT", b"EST"], b"EST5EDT,M3.2.0,M11.1.0")
east_v1 = tzif(b"\0", times, [2, 1, 2, 1, 2], [LMT, EDT, EST], [b"LMT", b"EDT", b"EST"])
south = tzif(b"2", [], [], [(36000, 0, b"AEST")], [b"AEST"], b"AEST-10AEDT,M10.1.0,M4.1.0/3")
fixed = tzif(b"2", [], [], [(19800, 0, b"+0530")], [b"+0530"], b"<+0530>-5:30")

zones = {
    "east": ZoneInfo.from_file(io.BytesIO(east_v2), key="Test/East"),
    "east_v1": ZoneInfo.from_file(io.BytesIO(east_v1)),
    "south": ZoneInfo.from_file(io.BytesIO(south), key="Test/South"),
    "fixed": ZoneInfo.from_file(io.BytesIO(fixed), key="Test/Fixed"),
}
for name, z in zones.items():
    print(name, repr(z)[:40], str(z)[:40], z.key, z.utcoffset(None), z.tzname(None))

walls = [(1800, 1, 1), (2020, 1, 15, 12), (2020, 3, 8, 1, 59), (2020, 3, 8, 2, 30), (2020, 3, 8, 3),
         (2020, 7, 4), (2020, 11, 1, 0, 59), (2020, 11, 1, 1, 30), (2020, 11, 1, 2), (2021, 11, 7, 1, 15),
         (2022, 3, 13, 2, 30), (2022, 6, 1), (2022, 11, 6, 1, 30), (2035, 11, 4, 1, 30), (2035, 3, 11, 2, 10),
         (2024, 4, 7, 2, 30), (2024, 10, 6, 2, 30), (2024, 12, 25), (2024, 4, 7, 1, 59)]
for name, z in zones.items():
    for w in walls:
        for fold in (0, 1):
            dt = datetime(*w, tzinfo=z, fold=fold)
            print(name, dt.isoformat(), fold, dt.utcoffset(), dt.dst(), dt.tzname(), dt.timestamp())

starts = [datetime(2020, 3, 8, 5), datetime(2020, 11, 1, 4), datetime(2021, 11, 7, 4), datetime(2027, 3, 14, 5),
          datetime(2027, 11, 7, 4), datetime(2024, 4, 6, 14), datetime(2024, 10, 5, 14), datetime(1906, 8, 16, 20)]
for name, z in zones.items():
    for start in starts:
        for k in range(6):
            u = (start + timedelta(minutes=30 * k)).replace(tzinfo=timezone.utc)
            local = u.astimezone(z)
            print(name, u.isoformat(), "->", local.isoformat(), local.tzname(), local.fold,
                  local.astimezone(timezone.utc) == u)

utc = ZoneInfo("UTC")
print(repr(utc), str(utc), utc.utcoffset(None), utc.dst(None), utc.tzname(None), utc is ZoneInfo("UTC"))
print(datetime(2020, 6, 1, tzinfo=utc), datetime(2020, 6, 1, tzinfo=utc).astimezone(zones["east"]))
print(datetime.fromtimestamp(0, utc), datetime.fromtimestamp(1e9, zones["south"]))
print(ZoneInfo.no_cache("UTC") is utc, zoneinfo.TZPATH)
ZoneInfo.clear_cache()
print(ZoneInfo("UTC") is utc, ZoneInfo("UTC") == ZoneInfo("UTC"))
ZoneInfo.clear_cache(only_keys=["UTC"])
for key in ("Nowhere/Nothing", "/abs", "../x", "a/../b", "a//b", "", "a/", 3):
    try:
        ZoneInfo(key)
    except ZoneInfoNotFoundError as e:
        print("ZoneInfoNotFoundError", isinstance(e, KeyError))
    except Exception as e:
        print(type(e).__name__, e)
for bad in (b"", b"TZiX" + b"\0" * 60):
    try:
        ZoneInfo.from_file(io.BytesIO(bad))
    except Exception as e:
        print(type(e).__name__)
print(issubclass(ZoneInfo, zoneinfo.ZoneInfo.__mro__[1]), ZoneInfoNotFoundError.__mro__[1])
