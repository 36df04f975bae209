for s in ["123", "abc", "abc123", "   ", "", "12.5", "Ab", "\t\n", "٣", "é"]:
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace(), s.isalnum())
print("abc_1".isidentifier(), "1abc".isidentifier())
print("42".isdecimal(), "42".isnumeric(), "Hello".isprintable(), "a\n".isprintable())

# Output:
# '123' True False False True
# 'abc' False True False True
# 'abc123' False False False True
# '   ' False False True False
# '' False False False False
# '12.5' False False False False
# 'Ab' False True False True
# '\t\n' False False True False
# '٣' True False False True
# 'é' False True False True
# True False
# True True True False
