s = "one\ntwo\r\nthree\rfour\n\nsix"
print(s.splitlines())
print(s.splitlines(True))
print("".splitlines(), "\n".splitlines(), "x\n".splitlines())
print("a\n".splitlines(keepends=True))
print("a\x0bb\x0cc".splitlines())
print("trailing\n\n".split("\n"))

# Output:
# ['one', 'two', 'three', 'four', '', 'six']
# ['one\n', 'two\r\n', 'three\r', 'four\n', '\n', 'six']
# [] [''] ['x']
# ['a\n']
# ['a', 'b', 'c']
# ['trailing', '', '']
