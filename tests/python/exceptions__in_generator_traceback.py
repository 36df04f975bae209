def gen():
    yield 1
    yield 1 / 0

def consume():
    total = 0
    for v in gen():
        total += v
    return total

consume()

# Traceback:
# Traceback (most recent call last):
#   File "exceptions__in_generator_traceback.py", line 11, in <module>
#     consume()
#   File "exceptions__in_generator_traceback.py", line 7, in consume
#     for v in gen():
#   File "exceptions__in_generator_traceback.py", line 3, in gen
#     yield 1 / 0
# ZeroDivisionError: division by zero
