def check(n):
    if n > 2:
        raise ValueError
    check(n + 1)

check(0)

# Traceback:
# Traceback (most recent call last):
#   File "exceptions__traceback_empty_message.py", line 6, in <module>
#     check(0)
#   File "exceptions__traceback_empty_message.py", line 4, in check
#     check(n + 1)
#   File "exceptions__traceback_empty_message.py", line 4, in check
#     check(n + 1)
#   File "exceptions__traceback_empty_message.py", line 4, in check
#     check(n + 1)
#   File "exceptions__traceback_empty_message.py", line 3, in check
#     raise ValueError
# ValueError
