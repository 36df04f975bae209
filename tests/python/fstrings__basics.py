name = "World"
n = 42
pi = 3.14159265
print(f"Hello, {name}!")
print(f"{n} squared is {n * n}")
print(f"{pi:.2f} {pi:10.3f}| {n:05d} {n:x} {n:o} {n:b} {n:#x}")
print(f"{name!r} {name!s} {name:>8} {name:<8}| {name:^9}|")
print(f"{'quoted'} {{literal braces}} {n!r:>5}")
print(f"{1_000_000:,} {1234567.891:,.2f} {0.25:.1%} {12345:e}")
items = [1, 2]
print(f"{items} {items[0]} {len(items)} {'yes' if items else 'no'}")
d = {"key": "value"}
print(f"{d['key']} {d}")

# Output:
# Hello, World!
# 42 squared is 1764
# 3.14      3.142| 00042 2a 52 101010 0x2a
# 'World' World    World World   |   World  |
# quoted {literal braces}    42
# 1,000,000 1,234,567.89 25.0% 1.234500e+04
# [1, 2] 1 2 yes
# value {'key': 'value'}
