def attempt(x):
    try:
        print("try", x)
        result = 10 // x
    except ZeroDivisionError:
        print("except")
        return "failed"
    else:
        print("else", result)
        return "ok"
    finally:
        print("finally")

print(attempt(2))
print(attempt(0))

for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("cleanup", i)

# Output:
# try 2
# else 5
# finally
# ok
# try 0
# except
# finally
# failed
# body 0
# cleanup 0
# cleanup 1
# body 2
# cleanup 2
