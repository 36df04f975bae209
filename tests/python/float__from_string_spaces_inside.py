print(float(" 15 "), float("1_5"))
text = "1 5"
print(text.split())
float(text)

# Output:
# 15.0 15.0
# ['1', '5']
# Raise: ValueError: could not convert string to float: '1 5'
