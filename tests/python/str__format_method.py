print("{} + {} = {}".format(1, 2, 3))
print("{0}{1}{0}".format("ab", "cd"))
print("{name} is {age}".format(name="Ann", age=30))
print("[{:>6}] [{:<6}] [{:^6}]".format("ab", "cd", "ef"))
print("{:.3f} {:5d} {:05d} {:+d}".format(3.14159, 42, 42, 7))
print("{!r} {!s}".format("q", "q"))
print("{:x} {:X} {:o} {:b} {:#x}".format(255, 255, 8, 5, 255))
print("{{literal}} {}".format("x"))
print("{0[1]} {1[k]}".format([10, 20], {"k": "v"}))
print("{:*^9}".format("mid"))
print("{:,}".format(1234567))

# Output:
# 1 + 2 = 3
# abcdab
# Ann is 30
# [    ab] [cd    ] [  ef  ]
# 3.142    42 00042 +7
# 'q' q
# ff FF 10 101 0xff
# {literal} x
# 20 v
# ***mid***
# 1,234,567
