x = 10
name = "sandpy"
print(f"{x=}")
print(f"{x = }")
print(f"{x * 2=}")
print(f"{name=!s} {name=}")
print(f"{x=:5d}|")
print(f"{len(name)=}")

# Output:
# x=10
# x = 10
# x * 2=20
# name=sandpy name='sandpy'
# x=   10|
# len(name)=6
