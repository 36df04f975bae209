s = list(range(10))
print(s[::2], s[1::2], s[::-1])
print(s[8:2:-2], s[-3:], s[:-7], s[-1:-4:-1])
print(s[100:], s[-100:2], s[5:2], s[::-3])
word = "abcdefgh"
print(word[::-1], word[1:6:2], word[-2::-2], repr(word[:0]))
t = tuple(range(6))
print(t[::2], t[4:0:-1])
print(s[slice(2, 8, 3)], s[slice(None, None, -4)])
try:
    s[::0]
except ValueError as e:
    print(e)
print(range(20)[3:15:4], list(range(20)[::-7]))

# Output:
# [0, 2, 4, 6, 8] [1, 3, 5, 7, 9] [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
# [8, 6, 4] [7, 8, 9] [0, 1, 2] [9, 8, 7]
# [] [0, 1] [] [9, 6, 3, 0]
# hgfedcba bdf geca ''
# (0, 2, 4) (4, 3, 2, 1)
# [2, 5] [9, 5, 1]
# slice step cannot be zero
# range(3, 15, 4) [19, 12, 5]
