def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("could not parse " + repr(text)) from e

parse("12x")

# Traceback:
# Traceback (most recent call last):
#   File "exceptions__traceback_chained.py", line 3, in parse
#     return int(text)
# ValueError: invalid literal for int() with base 10: '12x'
#
# The above exception was the direct cause of the following exception:
#
# Traceback (most recent call last):
#   File "exceptions__traceback_chained.py", line 7, in <module>
#     parse("12x")
#   File "exceptions__traceback_chained.py", line 5, in parse
#     raise RuntimeError("could not parse " + repr(text)) from e
# RuntimeError: could not parse '12x'
