import sys
print("failing")
sys.exit("fatal: something bad")

# Output:
# failing
# Raise: fatal: something bad
