def classify(action):
    try:
        action()
    except (KeyError, IndexError) as e:
        return "lookup: " + type(e).__name__
    except ZeroDivisionError as e:
        return "math: " + str(e)
    except Exception as e:
        return "other: " + type(e).__name__
    return "fine"

print(classify(lambda: {}["k"]))
print(classify(lambda: [][3]))
print(classify(lambda: 1 / 0))
print(classify(lambda: int("x")))
print(classify(lambda: None))

# Output:
# lookup: KeyError
# lookup: IndexError
# math: division by zero
# other: ValueError
# fine
