import sys
print("clean exit")
sys.exit(0)
print("never printed")

# Output:
# clean exit
# Exit: 0
