import time
start = time.time()
r = time.sleep(0.01)
end = time.time()
print(r is None)
print(end - start >= 0.009)
print(end - start < 5)

# Output:
# True
# True
# True
