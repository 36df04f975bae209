class Problem(Exception):
    def __str__(self):
        return "custom text for the problem"

def go():
    raise Problem("ignored arg")

go()

# Traceback:
# Traceback (most recent call last):
#   File "exceptions__traceback_custom_str.py", line 8, in <module>
#     go()
#   File "exceptions__traceback_custom_str.py", line 6, in go
#     raise Problem("ignored arg")
# Problem: custom text for the problem
