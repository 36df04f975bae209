def run(fn):
    try:
        fn()
    except Exception as e:
        return "Exception " + type(e).__name__
    except BaseException as e:
        return "BaseException " + type(e).__name__

def kb():
    raise KeyboardInterrupt

def se():
    raise SystemExit(2)

def ge():
    raise GeneratorExit

print(run(kb))
print(run(se))
print(run(ge))
print(run(lambda: 1 / 0))

# Output:
# BaseException KeyboardInterrupt
# BaseException SystemExit
# BaseException GeneratorExit
# Exception ZeroDivisionError
