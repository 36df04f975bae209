# sandpy-only: caps (sandbox.Config) exist only in sandpy
# itertools under a time cap: natives that loop over an endless input
# without returning to the VM per item (filterfalse, compress, islice
# skipping, dropwhile, sum over islice) stop at the cap.
import sandbox
import itertools as I
import operator


def skip_forever():
    return next(I.filterfalse(None, I.repeat(1)))


def compress_forever():
    return next(I.compress(I.repeat(1), I.repeat(0)))


def islice_far():
    return next(I.islice(I.count(), 10**18, None))


def dropwhile_forever():
    return next(I.dropwhile(operator.truth, I.repeat(1)))


def sum_endless():
    return sum(I.islice(I.count(), 10**15))


def run(f, **caps):
    try:
        sandbox.spawn(f, _config=sandbox.Config(**caps)).join()
        return "returned"
    except sandbox.SandboxError as e:
        text = str(e)
        return "%s %s" % (e.kind, text.split(" exceeded")[0].split(": ")[-1])


for f in [skip_forever, compress_forever, islice_far, dropwhile_forever, sum_endless]:
    print(f.__name__, run(f, memory="64M", time=0.5))

# Output:
# skip_forever limit time limit 500ms
# compress_forever limit time limit 500ms
# islice_far limit time limit 500ms
# dropwhile_forever limit time limit 500ms
# sum_endless limit time limit 500ms
