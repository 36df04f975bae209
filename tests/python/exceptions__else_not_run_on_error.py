def run(fail):
    steps = []
    try:
        steps.append("try")
        if fail:
            raise ValueError
    except ValueError:
        steps.append("except")
    else:
        steps.append("else")
    finally:
        steps.append("finally")
    return steps

print(run(False))
print(run(True))

def else_raises():
    try:
        pass
    except ZeroDivisionError:
        print("not here")
    else:
        1 / 0

try:
    else_raises()
except ZeroDivisionError:
    print("error in else is not caught by its own try")

# Output:
# ['try', 'else', 'finally']
# ['try', 'except', 'finally']
# error in else is not caught by its own try
