# sandpy-only: caps (sandbox.Config) exist only in sandpy
# Endless itertools iterators consumed by a native (list) stop at the
# memory cap.
import sandbox
import itertools as I


def endless_list():
    return list(I.count())


def endless_repeat():
    return list(I.repeat("x"))


def endless_cycle():
    return list(I.cycle([1, 2, 3]))


def endless_chain():
    return list(I.chain.from_iterable(I.repeat([1, 2])))


def endless_accumulate():
    return list(I.accumulate(I.repeat(1)))


def run(f, **caps):
    try:
        sandbox.spawn(f, _config=sandbox.Config(**caps)).join()
        return "returned"
    except sandbox.SandboxError as e:
        text = str(e)
        return "%s %s" % (e.kind, text.split(" exceeded")[0].split(": ")[-1])


for f in [endless_list, endless_repeat, endless_cycle, endless_chain, endless_accumulate]:
    print(f.__name__, run(f, memory="8M", time=20))

# Output:
# endless_list limit memory limit 8M
# endless_repeat limit memory limit 8M
# endless_cycle limit memory limit 8M
# endless_chain limit memory limit 8M
# endless_accumulate limit memory limit 8M
