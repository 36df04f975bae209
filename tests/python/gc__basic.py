import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(100, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.garbage, gc.callbacks, gc.get_debug(), gc.get_freeze_count())
gc.freeze(); gc.unfreeze()
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(type(gc.get_count()), len(gc.get_count()))


class Node:
    pass


gc.collect()
made = 50
for i in range(made):
    a = Node()
    b = Node()
    a.other = b
    b.other = a
del a, b
freed = gc.collect()
print(freed >= 2 * made, gc.collect())
lst = []
lst.append(lst)
del lst
print(gc.collect() >= 1)
print(gc.is_tracked([]), gc.is_tracked(Node()), gc.is_tracked(1), gc.is_tracked('s'), gc.is_tracked(None))
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
for call in ['gc.collect(3)', 'gc.collect(-1)', 'gc.collect("a")', 'gc.set_threshold()',
             'gc.set_threshold(1, 2, 3, 4)', 'gc.set_threshold("a")', 'gc.is_tracked()',
             'gc.enable(1)', 'gc.set_debug()', 'gc.collect(generation=1)', 'gc.collect(True)',
             'gc.set_debug(gc.DEBUG_STATS)', 'gc.get_debug()', 'gc.set_debug(0)',
             'gc.set_threshold(2**40)', 'gc.set_threshold(-2**40)', 'gc.set_debug(2**40)',
             'gc.set_threshold(-5)', 'gc.get_threshold()', 'gc.set_threshold(700)']:
    try:
        print(call, eval(call) is not None)
    except Exception as e:
        print(call, type(e).__name__, e)
gc.disable()
junk = []
for i in range(30000):
    x = []
    x.append(x)
print(gc.isenabled())
gc.enable()
print(gc.collect() >= 29000)

# Output:
# True
# False
# True
# (700, 10, 10)
# (100, 5, 10)
# [] [] 0 0
# 1 2 4 32 38
# <class 'tuple'> 3
# True 0
# True
# True True False False False
# 3 ['collected', 'collections', 'uncollectable']
# gc.collect(3) ValueError invalid generation
# gc.collect(-1) ValueError invalid generation
# gc.collect("a") TypeError 'str' object cannot be interpreted as an integer
# gc.set_threshold() TypeError set_threshold() takes at least 1 argument (0 given)
# gc.set_threshold(1, 2, 3, 4) TypeError set_threshold() takes at most 3 arguments (4 given)
# gc.set_threshold("a") TypeError 'str' object cannot be interpreted as an integer
# gc.is_tracked() TypeError gc.is_tracked() takes exactly one argument (0 given)
# gc.enable(1) TypeError gc.enable() takes no arguments (1 given)
# gc.set_debug() TypeError gc.set_debug() takes exactly one argument (0 given)
# gc.collect(generation=1) True
# gc.collect(True) True
# gc.set_debug(gc.DEBUG_STATS) False
# gc.get_debug() True
# gc.set_debug(0) False
# gc.set_threshold(2**40) OverflowError signed integer is greater than maximum
# gc.set_threshold(-2**40) OverflowError signed integer is less than minimum
# gc.set_debug(2**40) OverflowError Python int too large to convert to C int
# gc.set_threshold(-5) False
# gc.get_threshold() True
# gc.set_threshold(700) False
# False
# True
