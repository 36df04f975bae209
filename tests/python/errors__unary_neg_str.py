print(-5, -(-5), -2.5)
s = "a"
print(s.upper())
print(-s)

# Output:
# -5 5 -2.5
# A
# Raise: TypeError: bad operand type for unary -: 'str'
