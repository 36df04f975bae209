class Recorder:
    def __getitem__(self, item):
        return item

r = Recorder()
print(r[1])
print(r[1:2])
print(r[::3])
print(r[1:2, 3])
print(r[...])
s = r[2:10:2]
print(s.start, s.stop, s.step)

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i

print(list(Seq()))
print(9 in Seq(), 5 in Seq())
for v in Seq():
    print(v, end=";")
print()

# Output:
# 1
# slice(1, 2, None)
# slice(None, None, 3)
# (slice(1, 2, None), 3)
# Ellipsis
# 2 10 2
# [0, 1, 4, 9]
# True False
# 0;1;4;9;
