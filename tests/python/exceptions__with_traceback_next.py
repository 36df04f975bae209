# e.with_traceback(e.__traceback__.tb_next) drops the outermost entry of
# the traceback: a re-raise then shows the frames below it only.
def inner():
    raise ValueError("deep")


def catcher():
    try:
        inner()
    except ValueError as e:
        return e


def depth(tb):
    n = 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    return n


e = catcher()
print(depth(e.__traceback__), e.__traceback__.tb_lineno)
same = e.with_traceback(e.__traceback__.tb_next)
print(same is e, depth(e.__traceback__), e.__traceback__.tb_lineno)
print(e.with_traceback(e.__traceback__) is e, depth(e.__traceback__))
e.with_traceback(None)
print(e.__traceback__)
e = catcher()
e = e.with_traceback(e.__traceback__.tb_next)


def reraise():
    raise e


reraise()

# Output:
# 2 9
# True 1 4
# True 1
# None
# Traceback:
# Traceback (most recent call last):
#   File "exceptions__with_traceback_next.py", line 37, in <module>
#     reraise()
#   File "exceptions__with_traceback_next.py", line 34, in reraise
#     raise e
#   File "exceptions__with_traceback_next.py", line 4, in inner
#     raise ValueError("deep")
# ValueError: deep
