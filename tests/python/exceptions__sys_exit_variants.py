import sys

for arg in [None, 0, 5, "text", (1, 2)]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(arg), "->", repr(e.code), e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("bare:", e.code)
try:
    sys.exit(2)
finally:
    print("finally runs on exit")

# Output:
# None -> None ()
# 0 -> 0 (0,)
# 5 -> 5 (5,)
# 'text' -> 'text' ('text',)
# (1, 2) -> (1, 2) (1, 2)
# bare: None
# finally runs on exit
# Exit: 2
