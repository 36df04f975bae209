# This file is run directly, so its __name__ is "__main__".
def main():
    print("main() called")
    return 0

print("module name:", __name__)
if __name__ == "__main__":
    main()
else:
    print("not reached")

# Output:
# module name: __main__
# main() called
