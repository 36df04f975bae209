log = []
def work(n):
    try:
        try:
            if n == 0:
                raise ValueError("zero")
            if n == 1:
                raise TypeError("one")
            return "ok %d" % n
        except ValueError as e:
            log.append("inner " + str(e))
            return "handled inner"
        finally:
            log.append("inner finally %d" % n)
    except TypeError as e:
        log.append("outer " + str(e))
        return "handled outer"
    finally:
        log.append("outer finally %d" % n)

for n in range(3):
    print(work(n))
for line in log:
    print(line)

# Output:
# handled inner
# handled outer
# ok 2
# inner zero
# inner finally 0
# outer finally 0
# inner finally 1
# outer one
# outer finally 1
# inner finally 2
# outer finally 2
