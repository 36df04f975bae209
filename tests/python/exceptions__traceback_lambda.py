apply = lambda f, x: f(x)
half = lambda v: v / 0

def run():
    return apply(half, 4)

run()

# Traceback:
# Traceback (most recent call last):
#   File "exceptions__traceback_lambda.py", line 7, in <module>
#     run()
#   File "exceptions__traceback_lambda.py", line 5, in run
#     return apply(half, 4)
#   File "exceptions__traceback_lambda.py", line 1, in <lambda>
#     apply = lambda f, x: f(x)
#   File "exceptions__traceback_lambda.py", line 2, in <lambda>
#     half = lambda v: v / 0
# ZeroDivisionError: division by zero
