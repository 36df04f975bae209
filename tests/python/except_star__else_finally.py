# try/except* with else and finally: else runs when the body raised
# nothing, finally always, also when the rest or a handler's exception
# leaves the statement.


def run(label, f):
    try:
        r = f()
        print(label, "->", r)
    except BaseException as x:
        print(label, "->", type(x).__name__, repr(x))


def case(kind):
    log = []
    try:
        try:
            if kind == "group":
                raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
            if kind == "naked":
                raise ValueError(3)
            if kind == "other":
                raise KeyError(4)
            log.append("body")
        except* ValueError as e:
            log.append("V " + repr(e))
        except* TypeError:
            log.append("T")
            raise OSError("from T")
        else:
            log.append("else")
        finally:
            log.append("finally")
    except BaseException as x:
        log.append("out " + repr(x))
    return log


for kind in ("none", "group", "naked", "other"):
    print(kind, case(kind))


def else_raises():
    try:
        pass
    except* ValueError:
        print("never")
    else:
        raise ExceptionGroup("from else", [ValueError(1)])


run("else raises (not handled)", else_raises)


def finally_return():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
    finally:
        return "finally swallowed the rest"


run("finally return", finally_return)


def return_after():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        x = "handled"
    return x


run("return after", return_after)


def in_loop():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise ExceptionGroup("odd", [ValueError(i)])
        except* ValueError as e:
            out.append(e.exceptions[0].args[0])
        else:
            out.append("even %d" % i)
        finally:
            out.append("f")
        if i == 2:
            break
    return out


run("in a loop", in_loop)


def with_finally_only_inside():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        finally:
            print("inner finally")
    except* ValueError as e:
        r = "caught " + repr(e)
    return r


run("inner finally", with_finally_only_inside)

# Output:
# none ['body', 'else', 'finally']
# group ["V ExceptionGroup('eg', [ValueError(1)])", 'T', 'finally', "out OSError('from T')"]
# naked ["V ExceptionGroup('', (ValueError(3),))", 'finally']
# other ['finally', 'out KeyError(4)']
# else raises (not handled) -> ExceptionGroup ExceptionGroup('from else', [ValueError(1)])
# finally return -> finally swallowed the rest
# return after -> handled
# in a loop -> ['even 0', 'f', 1, 'f', 'even 2', 'f']
# inner finally
# inner finally -> caught ExceptionGroup('eg', [ValueError(1)])
