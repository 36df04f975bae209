# sandpy-only: the --time cap exists only in sandpy
# sandpy-args: --time 1
# A catastrophic pattern ((a+)+$ on 'a'*40 + 'b' backtracks 2**40 times)
# runs inside one native call; the matcher reports its steps to the time
# cap, so the program ends at its cap (status 124) instead of hanging.
import re

print("start")
print(re.match(r"(a+)+$", "a" * 40 + "b"))
print("never printed")

# Output:
# start
# Exit: 124
