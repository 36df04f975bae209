# Notes (add_note, 3.11) are printed after the message of an uncaught
# exception, one line each; a note's own lines are kept.
def f():
    e = ValueError("plain")
    e.add_note("plain note")
    e.add_note("two\nlines")
    raise e


try:
    f()
except ValueError as e:
    e.add_note("added while handled")
    raise

# Traceback:
# Traceback (most recent call last):
#   File "exceptions__traceback_notes.py", line 11, in <module>
#     f()
#   File "exceptions__traceback_notes.py", line 7, in f
#     raise e
# ValueError: plain
# plain note
# two
# lines
# added while handled
