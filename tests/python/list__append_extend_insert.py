a = [1, 2]
a.append(3)
a.append([4, 5])
print(a)
a.extend([6, 7])
a.extend("ab")
a.extend(range(2))
print(a)
b = [1, 2, 3]
b.insert(0, "start")
b.insert(2, "mid")
b.insert(100, "end")
b.insert(-1, "neg")
b.insert(-100, "front")
print(b)
print(a.append(9) is None, len(a))
c = [1]
c += [2, 3]
c += (4,)
print(c)

# Output:
# [1, 2, 3, [4, 5]]
# [1, 2, 3, [4, 5], 6, 7, 'a', 'b', 0, 1]
# ['front', 'start', 1, 'mid', 2, 3, 'neg', 'end']
# True 11
# [1, 2, 3, 4]
