import sys

def main():
    print("working")
    sys.exit("fatal: configuration missing")

main()
# Output:
# working
# Raise: fatal: configuration missing
