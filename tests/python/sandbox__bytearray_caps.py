# sandpy-only: caps of sandboxes
# Results whose size follows from the arguments are refused before they
# are built (bytearray, memoryview, int.to_bytes and the bytes methods),
# and loops over big inputs stop at the instruction/time caps.
import sandbox

CFG = sandbox.Config(memory="32M", time=5)

def big_bytearray():
    return len(bytearray(10**8))
def big_repeat():
    b = bytearray(b"ab")
    b *= 5 * 10**7
def big_extend():
    b = bytearray(10**6)
    b += bytes(10**6) * 40
def big_to_bytes():
    return (1).to_bytes(10**8, "big")
def big_center():
    return bytearray(b"x").center(10**8)
def big_zfill():
    return b"1".zfill(10**8)
def big_expandtabs():
    return (b"\t" * 100).expandtabs(10**6)
def big_tolist():
    return memoryview(bytes(10**7)).tolist()
def big_hex():
    return memoryview(bytes(20 * 10**6)).hex()
def big_percent():
    return b"%*d" % (10**9, 1)
def too_many():
    return len(bytearray(10**9))
def fine():
    b = bytearray(10**6)
    m = memoryview(b)
    return len(b.center(2 * 10**6)), m.nbytes, len((1).to_bytes(10**6, "little"))

for f in [big_bytearray, big_repeat, big_extend, big_to_bytes, big_center, big_zfill,
          big_expandtabs, big_tolist, big_hex, big_percent, too_many, fine]:
    try:
        print(f.__name__, sandbox.spawn(f, _config=CFG).join())
    except sandbox.SandboxError as e:
        print(f.__name__, e.kind, e.exception_type, str(e).split(" (")[0].split(": a result")[0])
# Output:
# big_bytearray limit  sandbox stopped: memory limit 32M exceeded
# big_repeat limit  sandbox stopped: memory limit 32M exceeded
# big_extend limit  sandbox stopped: memory limit 32M exceeded
# big_to_bytes limit  sandbox stopped: memory limit 32M exceeded
# big_center limit  sandbox stopped: memory limit 32M exceeded
# big_zfill limit  sandbox stopped: memory limit 32M exceeded
# big_expandtabs limit  sandbox stopped: memory limit 32M exceeded
# big_tolist limit  sandbox stopped: memory limit 32M exceeded
# big_hex limit  sandbox stopped: memory limit 32M exceeded
# big_percent exception ValueError sandbox raised ValueError: width too big
# too_many exception MemoryError sandbox raised MemoryError: result of 1000000000 items is too large
# fine (2000000, 1000000, 1000000)
