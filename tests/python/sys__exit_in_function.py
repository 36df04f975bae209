import sys
def main():
    for i in range(5):
        print(i)
        if i == 2:
            sys.exit(7)
main()

# Output:
# 0
# 1
# 2
# Exit: 7
