def keep_meta(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    wrapper.__wrapped__ = func
    return wrapper

@keep_meta
def compute(x):
    "Compute something."
    return x * 3

print(compute.__name__, compute.__doc__)
print(compute(5))
print(compute.__wrapped__(2))

# Output:
# compute Compute something.
# 15
# 6
