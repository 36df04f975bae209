# Slices whose step (or bounds) do not fit a machine word are clamped, as in
# CPython, for lists, tuples, strs, bytes and ranges; a zero step is still
# an error.
a = [1, 2, 3]
print(a[::2**100], a[::-2**100], a[2**100:-2**100:-2**100])
print(a[::2**63], a[::-2**63], a[::-2**63 - 1], a[::-(2**63 - 1)])
print("abcdef"[::-2**64], (1, 2, 3)[::2**64], b"xyz"[::-2**64])
print(a[2**100:], a[:-2**100], a[-2**100:2**100], "abc"[2**70::-1])
print(slice(None, None, -2).indices(3), slice(-2**70, 2**70).indices(3))
try:
    a[::0]
except ValueError as e:
    print("ValueError:", e)
b = list(range(10))
b[::2**70] = [99]
print(b)
del b[::-2**70]
print(b)

# Output:
# [1] [3] [3]
# [1] [3] [3] [3]
# f (1,) b'z'
# [] [] [1, 2, 3] cba
# (2, -1, -2) (0, 3, 1)
# ValueError: slice step cannot be zero
# [99, 1, 2, 3, 4, 5, 6, 7, 8, 9]
# [99, 1, 2, 3, 4, 5, 6, 7, 8]
