def with_continue():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError
            out.append(i)
        except ValueError:
            out.append("err")
            continue
        finally:
            out.append("f%d" % i)
    return out

print(with_continue())

def break_in_finally():
    for i in range(5):
        try:
            raise KeyError(i)
        finally:
            break
    return i

print(break_in_finally())

# Output:
# [0, 'f0', 'err', 'f1', 2, 'f2']
# 0
