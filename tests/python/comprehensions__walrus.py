values = [3, 8, 1, 9, 4]
print([y for x in values if (y := x * 2) > 6])
print(y)
print([last := v for v in range(4)], last)
data = [1, 2, 3]
if (n := len(data)) > 2:
    print("long list of", n)
while (chunk := data.pop() if data else None) is not None:
    print("chunk", chunk)
print((z := 5) + z)

# Output:
# [16, 18, 8]
# 8
# [0, 1, 2, 3] 3
# long list of 3
# chunk 3
# chunk 2
# chunk 1
# 10
