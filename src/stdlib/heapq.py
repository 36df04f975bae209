"""Heap queue algorithm (a.k.a. priority queue).

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for all k,
counting elements from 0.  The smallest element is always heap[0].

The list operations (heappush, heappop, heapify, heapreplace, heappushpop)
are native, in sandpy's `_heapq`; merge, nsmallest and nlargest are
written here. This module keeps no mutable module-level state.
"""

from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop,
                    _heappop_max, _heapify_max, _heapreplace_max)

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted output, lazily.

    Ties go to the input given first. With key, values are compared by
    key(value); with reverse=True every input must be sorted from largest
    to smallest.
    """
    if reverse:
        drop, swap, build = _heappop_max, _heapreplace_max, _heapify_max
        step = -1
    else:
        drop, swap, build = heappop, heapreplace, heapify
        step = 1
    live = []
    rank = 0
    for iterable in iterables:
        pull = iter(iterable).__next__
        try:
            value = pull()
        except StopIteration:
            rank += step
            continue
        live.append([value if key is None else key(value), rank, value, pull])
        rank += step
    build(live)
    while len(live) > 1:
        entry = live[0]
        yield entry[2]
        try:
            value = entry[3]()
        except StopIteration:
            drop(live)
            continue
        entry[0] = value if key is None else key(value)
        entry[2] = value
        swap(live, entry)
    if live:
        entry = live[0]
        yield entry[2]
        pull = entry[3]
        while True:
            try:
                value = pull()
            except StopIteration:
                return
            yield value


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, smallest first (as
    sorted(iterable, key=key)[:n], equal items in their input order)."""
    if n == 1:
        missing = object()
        best = min(iterable, default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if n <= 0:
        return []
    # A max-heap of the n smallest so far: (key, position, item) entries,
    # the position breaking ties so that items are never compared.
    source = iter(iterable)
    kept = []
    position = 0
    for item in source:
        kept.append((item if key is None else key(item), position, item))
        position += 1
        if position == n:
            break
    if not kept:
        return []
    _heapify_max(kept)
    worst = kept[0][0]
    for item in source:
        k = item if key is None else key(item)
        if k < worst:
            _heapreplace_max(kept, (k, position, item))
            worst = kept[0][0]
        position += 1
    kept.sort()
    return [entry[2] for entry in kept]


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, largest first (as
    sorted(iterable, key=key, reverse=True)[:n], equal items in their
    input order)."""
    if n == 1:
        missing = object()
        best = max(iterable, default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if n <= 0:
        return []
    # A min-heap of the n largest so far; positions count down so that of
    # equal keys the earlier item ranks higher.
    source = iter(iterable)
    kept = []
    position = 0
    for item in source:
        kept.append((item if key is None else key(item), position, item))
        position -= 1
        if -position == n:
            break
    if not kept:
        return []
    heapify(kept)
    least = kept[0][0]
    for item in source:
        k = item if key is None else key(item)
        if least < k:
            heapreplace(kept, (k, position, item))
            least = kept[0][0]
        position -= 1
    kept.sort(reverse=True)
    return [entry[2] for entry in kept]
