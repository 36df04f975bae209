# The natives sweep (tests/sweep_natives.rs puts BUILTINS, the builtins
# namespace read from the registry, above this text). Every native
# reachable from it (builtin functions, the methods of every builtin type,
# the functions of the native modules) is called with hostile arguments in
# a child sandbox capped at CAP seconds and MEMORY; the host must survive,
# and every child must end within CAP + SLACK of wall time, as measured
# here around spawn and join. Prints one line per class of natives with
# its worst latency, and a FAIL line for each child past the bound or
# stopped at its memory cap holding more than twice it (a native that
# allocated before it checked).
import sys
import time
import sandbox
import math
import random
import os
import _asyncio
import _json
import struct
import _hashlib
import binascii
import zlib
import itertools
import functools
import _functools
import operator
import heapq
import _heapq
import bisect
import array
import _io
import _collections
import _re
import _random
import _os
import _time
import _csvparse
import _decimal_core
import gc
import _inspect
import _weakref

# Every module whose functions the sweep calls.
MODULES = (math, random, sys, time, os, sandbox, _asyncio, _json, struct, _hashlib, binascii,
           zlib, itertools, functools, _functools, operator, heapq, _heapq, bisect, array, _io,
           _collections, _re, _random, _os, _time, _csvparse, _decimal_core, gc, _inspect,
           _weakref)

CAP = 1.0
MEMORY = "64M"
SLACK = float(sys.argv[1]) if len(sys.argv) > 1 else 0.1
# Natives that print, read stdin or start a debugger: not hostile, noisy.
SKIP = {"print", "input", "help", "breakpoint", "_asyncio.report", "TextIOWrapper.write",
        "TextIOWrapper.writelines"}
# Test hooks (the test-hooks build): `sandbox._fault` panics on purpose.
SKIP_PREFIX = "sandbox._"


def hostile(i):
    if i == 0:
        return 10**100000
    if i == 1:
        return 2**63
    if i == 2:
        return -(2**63)
    if i == 3:
        return 10**9
    if i == 4:
        return "x" * 10**7
    if i == 5:
        return b"ab" * 5 * 10**6
    if i == 6:
        deep = []
        for _ in range(10**5):
            deep = [deep]
        return deep
    if i == 7:
        me = [1, 2]
        me.append(me)
        return me
    if i == 8:
        return iter(int, 1)
    if i == 9:
        return None
    if i == 10:
        return -1
    if i == 11:
        return list(range(10**6))
    if i == 12:
        return "a\tb\n " * 10**6
    return {i: i for i in range(10**5)}


HOSTILE = 14
COMBOS = [()] + [(i,) for i in range(HOSTILE)]
COMBOS += [(4, 3), (4, 1), (4, 4), (5, 5), (0, 0), (0, 1), (11, 11), (6, 6), (7, 7),
           (3, 8), (12, 3), (0, 0, 0), (4, 4, 3)]


# The values no native can change, built once per child.
KEEP = (0, 4, 5, 6, 12)


def child(f, start, q):
    if isinstance(f, tuple):
        # A module attribute that cannot cross to a child (random's
        # functions are methods of the module's own Random instance): the
        # child looks it up in its own copy of the module.
        f = getattr(__import__(f[0]), f[1])
    kept = {}
    for k in range(start, len(COMBOS)):
        q.put(k)
        try:
            args = []
            for i in COMBOS[k]:
                if i in KEEP:
                    if i not in kept:
                        kept[i] = hostile(i)
                    args.append(kept[i])
                else:
                    args.append(hostile(i))
            f(*args)
        except BaseException:
            pass
    return len(COMBOS)


def type_list():
    seen = set()
    out = []
    todo = [c for _, c in BUILTINS if isinstance(c, type)]
    todo += type.__subclasses__(object)
    # Module classes that live in rooms of their own.
    todo += [_collections.deque, _collections._deque_iterator]
    while todo:
        c = todo.pop()
        if id(c) in seen:
            continue
        seen.add(id(c))
        out.append(c)
        todo.extend(type.__subclasses__(c))
    return out


def targets():
    seen = set()
    out = []

    def add(cls, label, f):
        if callable(f) and id(f) not in seen and not label.startswith(SKIP_PREFIX):
            seen.add(id(f))
            out.append((cls, label, f))

    for name, f in BUILTINS:
        if name not in SKIP:
            add("builtins", name, f)
    for c in type_list():
        for m in dir(c):
            try:
                f = getattr(c, m)
            except BaseException:
                continue
            add(c.__name__, c.__name__ + "." + m, f)
    for mod in MODULES:
        for m in dir(mod):
            if not m.startswith("__"):
                f = getattr(mod, m)
                label = mod.__name__ + "." + m
                if callable(f) and id(f) not in seen and not label.startswith(SKIP_PREFIX):
                    try:
                        sandbox.freeze(f)
                    except TypeError:
                        seen.add(id(f))
                        out.append((mod.__name__, label, (mod.__name__, m)))
                        continue
                add(mod.__name__, mod.__name__ + "." + m, f)
    return out


# A child stopped at its memory cap says what it held then ("... (93.2M
# in use)"): past twice the cap, some native allocated before it checked.
OVERSHOOT_MB = 128


def held_mb(msg):
    tail = msg.rsplit("(", 1)[-1]
    for unit, scale in (("K", 1 / 1024), ("M", 1), ("G", 1024)):
        head = tail.split(unit, 1)[0]
        if head != tail and head.replace(".", "", 1).isdigit():
            return float(head) * scale
    return 0.0


def last(q):
    k = -1
    while True:
        try:
            k = q.get(timeout=0)
        except sandbox.Empty:
            return k


cfg = sandbox.Config(time=CAP, memory=MEMORY)
# Children run PARALLEL at a time: most end at once, the others at their cap.
PARALLEL = int(sys.argv[2]) if len(sys.argv) > 2 else 4
worst = {}
calls = 0
fails = 0
stops = {}
t_all = time.time()
todo = [(cls, label, f, 0) for cls, label, f in reversed(targets())]
running = []
while todo or running:
    while todo and len(running) < PARALLEL:
        cls, label, f, start = todo.pop()
        q = sandbox.Queue()
        t0 = time.time()
        h = sandbox.spawn(child, f, start, q, _config=cfg)
        running.append((h, q, t0, cls, label, f, start))
    still = []
    for r in running:
        h, q, t0, cls, label, f, start = r
        if not h.done():
            still.append(r)
            continue
        took = time.time() - t0
        k = last(q)
        try:
            h.join()
            why = "ok"
        except sandbox.SandboxError as e:
            why = e.kind
            held = held_mb(str(e))
            if held > OVERSHOOT_MB:
                print("FAIL overshoot %s %s held %.0f MB under a %s cap" % (label, COMBOS[max(k, 0)], held, MEMORY))
                fails += 1
            if e.kind == "crash":
                print("FAIL crash", label, COMBOS[max(k, 0)], str(e)[:200])
                fails += 1
            if k + 1 < len(COMBOS):
                todo.append((cls, label, f, max(k + 1, start + 1)))
        calls += 1
        stops[why] = stops.get(why, 0) + 1
        if took > CAP + SLACK:
            print("FAIL slow %s %s took %.3fs" % (label, COMBOS[max(k, 0)], took))
            fails += 1
        elif took > CAP + 0.1:
            print("over target (cap + 100ms) %s %s took %.3fs" % (label, COMBOS[max(k, 0)], took))
        w = worst.get(cls)
        if w is None or took > w[0]:
            worst[cls] = (took, label, k)
    running = still
    if running:
        time.sleep(0.002)

for cls in sorted(worst):
    took, label, k = worst[cls]
    print("worst %-22s %.3fs  %s %s" % (cls, took, label, COMBOS[k] if 0 <= k < len(COMBOS) else ""))
print("children %d, outcomes %s, %.1fs in all" % (calls, sorted(stops.items()), time.time() - t_all))
print("FAILS", fails)
