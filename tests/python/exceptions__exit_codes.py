import sys

print("about to exit")
sys.stdout.flush()
try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit", e.code)
try:
    raise SystemExit("as text")
except SystemExit as e:
    print("code:", e.code)
sys.exit(3)
print("not printed")

# Output:
# about to exit
# caught SystemExit 0
# code: as text
# Exit: 3
