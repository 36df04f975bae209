print("a b  c".split())
print("  leading and trailing  ".split())
print("a,b,,c".split(","))
print(",a,".split(","))
print("".split(), "".split(","))
print("one\ttwo\nthree".split())
print("a--b--c".split("--"))
print("abc".split("x"))
print("   ".split(), "   ".split(" "))

# Output:
# ['a', 'b', 'c']
# ['leading', 'and', 'trailing']
# ['a', 'b', '', 'c']
# ['', 'a', '']
# [] ['']
# ['one', 'two', 'three']
# ['a', 'b', 'c']
# ['abc']
# [] ['', '', '', '']
