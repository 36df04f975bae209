print("init helper", __name__, __package__)
def twice(x): return 2 * x
