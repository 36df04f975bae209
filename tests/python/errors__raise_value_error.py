def parse(s):
    if not s.isdigit():
        raise ValueError(f"not a number: {s!r}")
    return int(s)
print(parse("12"))
parse("1x")

# Output:
# 12
# Raise: ValueError: not a number: '1x'
