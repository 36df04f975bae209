def stub():
    pass

class Empty:
    pass

for _ in range(2):
    pass

if True:
    pass
else:
    pass

print(stub(), Empty.__name__)
try:
    pass
except Exception:
    pass
finally:
    print("finally after pass")

# Output:
# None Empty
# finally after pass
