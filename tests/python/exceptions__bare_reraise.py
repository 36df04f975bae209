def risky():
    raise KeyError("inner")

def wrapper():
    try:
        risky()
    except KeyError:
        print("logging and re-raising")
        raise

try:
    wrapper()
except KeyError as e:
    print("outer caught", repr(e))

try:
    try:
        raise ValueError("v")
    except ValueError as e:
        saved = e
    raise saved
except ValueError as e:
    print("re-raised saved:", e)

try:
    raise
except RuntimeError as e:
    print(e)
wrapper()

# Output:
# logging and re-raising
# outer caught KeyError('inner')
# re-raised saved: v
# No active exception to reraise
# logging and re-raising
# Raise: KeyError: 'inner'
