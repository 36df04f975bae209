# A BaseExceptionGroup holding a BaseException and a subclass of
# ExceptionGroup, with a note on a leaf.
class MyEG(ExceptionGroup):
    pass
e = ValueError('v')
e.add_note('only note')
raise BaseExceptionGroup('base', [KeyboardInterrupt(), MyEG('mine', [e])])

# Traceback:
#   + Exception Group Traceback (most recent call last):
#   |   File "exception_groups__traceback_base.py", line 7, in <module>
#   |     raise BaseExceptionGroup('base', [KeyboardInterrupt(), MyEG('mine', [e])])
#   | BaseExceptionGroup: base (2 sub-exceptions)
#   +-+---------------- 1 ----------------
#     | KeyboardInterrupt
#     +---------------- 2 ----------------
#     | MyEG: mine (1 sub-exception)
#     +-+---------------- 1 ----------------
#       | ValueError: v
#       | only note
#       +------------------------------------
