from .. import helper
def f(): return helper.twice(5)
