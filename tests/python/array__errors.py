# array.array's errors: bad type codes and initializers, indexes out of
# range, values not found, mismatched types in +, +=, extend and slice
# assignment, extended slices of the wrong size, bytes of a length that is
# not a multiple of the item size, the unicode-only methods, argument
# counts, and an unhashable array.
from array import array


def attempt(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError, IndexError, OverflowError) as e:
        print(type(e).__name__ + ':', e)


attempt(lambda: array('b', 'abc'))
attempt(lambda: array('b', array('u', 'a')))
attempt(lambda: array('u', array('b', [1])))
attempt(lambda: array('u', ['a', 'bc']))
attempt(lambda: array('h', b'\x01'))
attempt(lambda: array(1))
attempt(lambda: array('ab'))
attempt(lambda: array('x'))
attempt(lambda: array(typecode='b'))
attempt(lambda: array())
attempt(lambda: array('b', [1], 2))
attempt(lambda: array('b', 5))
attempt(lambda: array('b').tounicode())
attempt(lambda: array('b').fromunicode('a'))
attempt(lambda: array('u').fromunicode(1))
attempt(lambda: array('u', b'\x00\x00\x11\x00'))
attempt(lambda: array('u', b'\x00\x00\x11\x00').tounicode())
attempt(lambda: array('I', b'\x00\x00\x11\x00').tolist())
a = array('i', [1, 2, 3, 2])
attempt(lambda: a.index(5))
attempt(lambda: a.index(2, 0, 1))
attempt(lambda: a.index(2, 'x'))
attempt(lambda: a.index())
attempt(lambda: a.remove(9))
attempt(lambda: a.pop(9))
attempt(lambda: a.pop(1.0))
attempt(lambda: array('i').pop())
attempt(lambda: a[9])
attempt(lambda: a['x'])
attempt(lambda: a.__setitem__(9, 1))
attempt(lambda: a.__delitem__(9))
attempt(lambda: a.extend(array('b')))
attempt(lambda: a.extend(5))
attempt(lambda: a.fromlist((1,)))
attempt(lambda: a.fromlist([1, 'x']))
print(a)
attempt(lambda: a.extend([4, 'x', 5]))
print(a)
attempt(lambda: a + [1])
attempt(lambda: a + array('b'))
attempt(lambda: a * 'x')
attempt(lambda: a * 2.0)
attempt(lambda: a.frombytes('ab'))
attempt(lambda: a.frombytes(b'abc'))
attempt(lambda: a.insert(1.0, 2))
attempt(lambda: a.append())
attempt(lambda: a.append(1, 2))
attempt(lambda: a.tolist(1))
attempt(lambda: hash(array('i')))
attempt(lambda: a.fromfile(None, -1))


def iadd_list():
    b = array('i', [1])
    b += [1]


def iadd_kind():
    b = array('i', [1])
    b += array('h', [1])


def slice_list():
    b = array('i', [1, 2, 3])
    b[0:2] = [1]


def slice_kind():
    b = array('i', [1, 2, 3])
    b[0:2] = array('b', [1])


def extended_size():
    b = array('i', [1, 2, 3])
    b[::2] = array('i', [1])


def extended_empty():
    b = array('i', [1, 2, 3, 4])
    b[::2] = array('i')
    return b


for f in (iadd_list, iadd_kind, slice_list, slice_kind, extended_size, extended_empty):
    attempt(f)

# Output:
# TypeError: cannot use a str to initialize an array with typecode 'b'
# TypeError: cannot use a unicode array to initialize an array with typecode 'b'
# TypeError: array item must be unicode character
# TypeError: array item must be unicode character
# ValueError: bytes length not a multiple of item size
# TypeError: array() argument 1 must be a unicode character, not int
# TypeError: array() argument 1 must be a unicode character, not str
# ValueError: bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)
# TypeError: array.array() takes no keyword arguments
# TypeError: array() takes at least 1 argument (0 given)
# TypeError: array() takes at most 2 arguments (3 given)
# TypeError: 'int' object is not iterable
# ValueError: tounicode() may only be called on unicode type arrays
# ValueError: fromunicode() may only be called on unicode type arrays
# TypeError: fromunicode() argument must be str, not int
# ValueError: character U+110000 is not in range [U+0000; U+10ffff]
# ValueError: character U+110000 is not in range [U+0000; U+10ffff]
# [1114112]
# ValueError: array.index(x): x not in array
# ValueError: array.index(x): x not in array
# TypeError: slice indices must be integers or have an __index__ method
# TypeError: index expected at least 1 argument, got 0
# ValueError: array.remove(x): x not in array
# IndexError: pop index out of range
# TypeError: 'float' object cannot be interpreted as an integer
# IndexError: pop from empty array
# IndexError: array index out of range
# TypeError: array indices must be integers
# IndexError: array assignment index out of range
# IndexError: array assignment index out of range
# TypeError: can only extend with array of same kind
# TypeError: 'int' object is not iterable
# TypeError: arg must be list
# TypeError: 'str' object cannot be interpreted as an integer
# array('i', [1, 2, 3, 2])
# TypeError: 'str' object cannot be interpreted as an integer
# array('i', [1, 2, 3, 2, 4])
# TypeError: can only append array (not "list") to array
# TypeError: bad argument type for built-in operation
# TypeError: can't multiply sequence by non-int of type 'str'
# TypeError: can't multiply sequence by non-int of type 'float'
# TypeError: a bytes-like object is required, not 'str'
# ValueError: bytes length not a multiple of item size
# TypeError: 'float' object cannot be interpreted as an integer
# TypeError: array.append() takes exactly one argument (0 given)
# TypeError: array.append() takes exactly one argument (2 given)
# TypeError: array.tolist() takes no arguments (1 given)
# TypeError: unhashable type: 'array.array'
# ValueError: negative count
# TypeError: can only extend array with array (not "list")
# TypeError: can only extend with array of same kind
# TypeError: can only assign array (not "list") to array slice
# TypeError: bad argument type for built-in operation
# ValueError: attempt to assign array of size 1 to extended slice of size 2
# array('i', [2, 4])
