import sys
print("bare exit")
sys.exit()

# Output:
# bare exit
# Exit: 0
