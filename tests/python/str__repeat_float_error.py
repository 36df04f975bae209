print("ab" * 2, "ab" * int(2.0))
times = 2.0
print(times.is_integer())
print("ab" * times)

# Output:
# abab abab
# True
# Raise: TypeError: can't multiply sequence by non-int of type 'float'
