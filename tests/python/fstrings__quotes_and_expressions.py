d = {"a": 1, "b": [1, 2, 3]}
print(f"{d['a']} {d['b'][1]} {len(d)}")
print(f'{"double" + "quotes"}')
print(f"""{'triple'} "inside" |""")
n = 3
print(f"{n:>{n}}|{n!r:^{n + 2}}|")
print(f"{n}{n}{n}", f"{{n}}", f"{{{n}}}")
print(f"{'a' 'b'}", f"{(lambda x: x * 2)(4)}", f"{[i for i in range(3)]}")
print(f"{n % 2 == 1=}")
print(f"{n:{'0'}{5}}", f"{'x':>{n}s}")
print(f"{d}" f" and {n}" "-plain")

# Output:
# 1 2 2
# doublequotes
# triple "inside" |
#   3|  3  |
# 333 {n} {3}
# ab 8 [0, 1, 2]
# n % 2 == 1=True
# 00003   x
# {'a': 1, 'b': [1, 2, 3]} and 3-plain
