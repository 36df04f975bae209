"""A binary min-heap on a list, for the loop's timers and PriorityQueue.

The same algorithm as the heapq module's (push sifts the new item up;
pop moves the last item to the root, walks the smaller child up to a leaf
and sifts it back), so items that compare equal come out in the order
CPython's do.
"""


def _sift_down(heap, start, pos):
    # Move heap[pos] up towards `start` while it is smaller than its parent.
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if item < p:
            heap[pos] = p
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_up(heap, pos):
    # Walk the smaller child up from `pos` to a leaf, then place the item.
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_down(heap, start, pos)


def heappush(heap, item):
    heap.append(item)
    _sift_down(heap, 0, len(heap) - 1)


def heappop(heap):
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _sift_up(heap, 0)
        return top
    return last


def heapify(heap):
    for i in reversed(range(len(heap) // 2)):
        _sift_up(heap, i)
