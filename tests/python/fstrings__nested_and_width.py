width = 10
prec = 3
value = 2.718281828
print(f"[{value:{width}.{prec}f}]")
print(f"[{'left':<{width}}][{'right':>{width}}]")
fill = "*"
print(f"[{'mid':{fill}^{width}}]")
print(f"{f'{1 + 1}'} {f'inner {width}'}")
for w in range(3, 6):
    print(f"|{w:{w}}|")
print(f"{3.5:{'>'}{8}}")

# Output:
# [     2.718]
# [left      ][     right]
# [***mid****]
# 2 inner 10
# |  3|
# |   4|
# |    5|
#      3.5
