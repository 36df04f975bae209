values = [-3, 2.5, -0.0, True]
print([abs(v) for v in values])
text = "-3"
print(abs(int(text)))
abs(text)

# Output:
# [3, 2.5, 0.0, 1]
# 3
# Raise: TypeError: bad operand type for abs(): 'str'
