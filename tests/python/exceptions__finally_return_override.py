def f():
    try:
        return "try"
    finally:
        return "finally"

def g():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def h():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("finally", i)
    return i

def k():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x set to", x)

print(f())
print(g())
print(h())
print(k())

# Output:
# finally
# swallowed
# finally 0
# finally 1
# 1
# x set to 2
# 1
